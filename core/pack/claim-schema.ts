// Claim-level evidence (format 2): every sentence of prose a reader sees says what supports it, so a checker
// (provenance.ts) can hold it to its source and a reader can be told when a sentence is background.
import * as v from 'valibot';
import { count, id, isoDay, LIMITS, limited, webUrl } from './schema-base.ts';

/** The source's metadata fields a sentence may rest on (what the page states outside its body). */
export const METADATA_FIELDS = ['title', 'publisher', 'containerTitle', 'url', 'published', 'updated', 'dateline', 'authors', 'language'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** What supports one sentence: a span of the source's body, a metadata field, or a named outside source. */
export const ClaimEvidenceSchema = v.variant(
  'kind',
  [
    v.pipe(
      v.object({
        kind: v.literal('body'),
        /** UTF-16 offsets into the source's text, end exclusive; the text itself is not stored. */
        start: count,
        end: count,
      }),
      v.check((span) => span.end > span.start, 'expected end after start'),
    ),
    v.object({ kind: v.literal('metadata'), field: v.picklist(METADATA_FIELDS, `expected one of ${METADATA_FIELDS.join(', ')}`) }),
    /** Background: not from this source. The UI marks the sentence as such. */
    v.object({ kind: v.literal('background'), sourceId: id }),
  ],
  'expected evidence of kind "body", "metadata" or "background"',
);

/** One sentence a reader sees, with what supports it. An empty `evidence` loads but fails the checker. */
export const SentenceSchema = v.object({
  text: limited(LIMITS.sentence),
  evidence: v.array(ClaimEvidenceSchema, 'expected an array of evidence'),
});

/** Prose a reader sees: one or more sentences, shown joined by a space. */
export const ProseSchema = v.pipe(
  v.array(SentenceSchema, 'expected an array of sentences'),
  v.minLength(1, 'expected at least one sentence'),
);

/** An outside source a sentence rests on: named in the pack, shown as "background, not from this article". */
export const BackgroundSourceSchema = v.object({
  id,
  /** How to cite it: "Hansard, House of Commons, 30 October 2018". */
  name: limited(LIMITS.title),
  url: v.optional(webUrl),
  /** The day it was consulted. */
  accessed: v.optional(isoDay),
  /** What it states that the pack relies on, in short; the checker reads names and numbers from it. */
  states: limited(LIMITS.note),
});

export type ClaimEvidence = v.InferOutput<typeof ClaimEvidenceSchema>;
export type Sentence = v.InferOutput<typeof SentenceSchema>;
export type Prose = v.InferOutput<typeof ProseSchema>;
export type BackgroundSource = v.InferOutput<typeof BackgroundSourceSchema>;
