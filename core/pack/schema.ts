// The context-pack format, version 2 (docs/context-pack.md). Valibot builds validators from plain closures,
// so nothing here compiles code at run time and the extension's CSP (no eval) is respected.
import * as v from 'valibot';
import { BackgroundSourceSchema, ClaimEvidenceSchema, ProseSchema, METADATA_FIELDS, type Prose } from './claim-schema.ts';
import { count, id, ids, isCalendarDay, isoDay, lang, LIMITS, limited, verbatim, webUrl, wordCount } from './schema-base.ts';
import { TermLinkSchema, TermSchema, VariantSchema } from './term-schema.ts';

export { isCalendarDay, isWebUrl, LIMITS } from './schema-base.ts';
export { MAX_VARIANT_CHARS } from './term-schema.ts';

/** The format version this build reads natively; older packs are migrated up to it (migrate.ts). */
export const FORMAT_VERSION = 2;

/** Who made the pack: a person against the source (curated), a machine from a page, or a reader who checked it.
 * `imported`: the day it was read from a file; its evidence was not verified on this device (no source text). */
export const ProvenanceSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('curated'), reviewed: isoDay }),
    v.object({ kind: v.literal('extracted'), url: webUrl, extracted: isoDay, extractor: v.optional(limited(LIMITS.label)), imported: v.optional(isoDay) }),
    v.object({ kind: v.literal('reader-reviewed'), url: webUrl, extracted: isoDay, reviewed: isoDay, imported: v.optional(isoDay) }),
  ],
  'expected provenance of kind "curated", "extracted" or "reader-reviewed"',
);

/** Where a date (or an entity's first mention) was read: the source's text, its URL, or a metadata field. */
export const EvidenceSchema = v.variant(
  'where',
  [
    v.object({
      where: v.literal('article'),
      /** The expression as printed, e.g. "earlier this week". */
      expression: verbatim(LIMITS.sentence),
      /** Index of the paragraph: 0-based, counting the source text's non-empty lines. */
      paragraph: count,
      /** UTF-16 offset of the expression in the whole source text. */
      offset: v.optional(count),
    }),
    v.object({ where: v.literal('source-url'), expression: verbatim(LIMITS.url) }),
    v.object({ where: v.literal('metadata'), field: v.picklist(METADATA_FIELDS) }),
  ],
  'expected evidence with where "article", "source-url" or "metadata"',
);

const PRECISION_FORMAT: Record<string, (s: string) => boolean> = {
  day: isCalendarDay,
  // A week is named by its Monday (ISO 8601 weeks start on Monday).
  week: (s) => isCalendarDay(s) && new Date(`${s}T00:00:00Z`).getUTCDay() === 1,
  month: (s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s),
  year: (s) => /^\d{4}$/.test(s),
};

/** A resolved date with its precision, confidence and the evidence it was resolved from. */
export const PackDateSchema = v.pipe(
  v.object({
    value: limited(10),
    precision: v.picklist(['day', 'week', 'month', 'year'], 'expected "day", "week", "month" or "year"'),
    confidence: v.picklist(['stated', 'high', 'medium', 'low'], 'expected "stated", "high", "medium" or "low"'),
    evidence: EvidenceSchema,
    /** For maintainers: how a relative expression became the value, and what confirmed it. Never shown. */
    resolvedFrom: v.optional(limited(LIMITS.note)),
  }),
  v.forward(
    v.check(
      (d) => PRECISION_FORMAT[d.precision]?.(d.value) === true,
      'expected YYYY-MM-DD for a day, the Monday (YYYY-MM-DD) of a week, YYYY-MM for a month or YYYY for a year',
    ),
    ['value'],
  ),
);

const AuthorSchema = v.pipe(
  v.object({
    family: v.optional(limited(LIMITS.label)),
    given: v.optional(limited(LIMITS.label)),
    /** An organisation, or a name that cannot be split. */
    literal: v.optional(limited(LIMITS.label)),
  }),
  v.check((a) => (a.family !== undefined) !== (a.literal !== undefined), 'expected a family name or a literal name, not both'),
);

/** Where a publication or update date was read. */
const DATE_ORIGINS = ['url', 'page-metadata', 'structured-data', 'byline', 'text', 'curator', 'reader'] as const;
const dateOrigin = v.picklist(DATE_ORIGINS, `expected one of ${DATE_ORIGINS.join(', ')}`);

export const SourceSchema = v.object({
  title: limited(LIMITS.title),
  publisher: limited(LIMITS.label),
  /** The site or periodical (CSL `container-title`): the site name for a web page. */
  containerTitle: v.optional(limited(LIMITS.label)),
  url: webUrl,
  /** The page's own canonical address, when it differs from `url`. */
  canonicalUrl: v.optional(webUrl),
  /** Absent when the source states no date: never invent one. */
  published: v.optional(isoDay),
  publishedFrom: v.optional(dateOrigin),
  updated: v.optional(v.object({ value: v.optional(isoDay), notBefore: v.optional(isoDay), from: v.optional(dateOrigin) })),
  dateline: v.optional(limited(LIMITS.label)),
  language: lang,
  /** Empty when the source has no byline: never invent one. */
  authors: v.array(AuthorSchema, 'expected an array of authors (empty when there is no byline)'),
  type: v.picklist(
    ['webpage', 'article-newspaper', 'article-magazine', 'article-journal', 'post-weblog', 'report', 'legislation', 'book', 'chapter'],
    'expected a CSL item type such as "webpage"',
  ),
  /** For maintainers and citations: caveats. Never shown as a statement of fact. */
  notes: v.optional(v.array(limited(LIMITS.note))),
});

const wordsAtMost = (max: number) =>
  v.check<Prose, string>((p) => wordCount(p.map((s) => s.text).join(' ')) <= max, `expected at most ${max} words`);

/** The project's summary (curated), or the source's own description marked as the source's words. */
export const SummarySchema = v.variant(
  'origin',
  [
    v.object({
      origin: v.literal('project'),
      gist: v.pipe(ProseSchema, v.maxLength(1, 'expected one sentence'), wordsAtMost(35)),
      short: v.pipe(ProseSchema, wordsAtMost(120)),
    }),
    v.object({
      origin: v.literal('source'),
      /** The source's description of itself, verbatim. */
      text: verbatim(LIMITS.quote),
      from: v.picklist(['page-metadata', 'structured-data', 'text'], 'expected "page-metadata", "structured-data" or "text"'),
    }),
  ],
  'expected a summary with origin "project" or "source"',
);

export const PhotoCaptionSchema = v.object({
  date: isoDay,
  place: v.optional(limited(LIMITS.label)),
  paragraph: v.optional(count),
  note: limited(LIMITS.note),
});

/** Whose words: an entity of the pack, or explicitly nobody identified (never a guess). */
export const QuoteSourceSchema = v.variant(
  'kind',
  [
    v.object({
      kind: v.picklist(['person', 'organisation', 'document'], 'expected "person", "organisation", "document" or "unidentified"'),
      entityId: id,
    }),
    v.object({
      kind: v.literal('unidentified'),
      /** How the source refers to the speaker without naming anyone, as printed ("a government spokesman"). */
      as: v.optional(limited(LIMITS.label)),
    }),
  ],
  'expected a quote source',
);

/** The source's own rendering of words spoken in another language. */
export const TranslationSchema = v.pipe(
  v.object({
    /** `source`: the source's publisher translated; `entity`: someone in `entities`; `unknown`: not stated. */
    by: v.picklist(['source', 'entity', 'unknown'], 'expected "source", "entity" or "unknown"'),
    entityId: v.optional(id),
    /** The language the words were spoken in, when known. */
    fromLang: v.optional(lang),
    /** What shows that the words are a translation. */
    evidence: v.array(ClaimEvidenceSchema),
  }),
  v.check((t) => (t.by === 'entity') === (t.entityId !== undefined), 'expected entityId exactly when by is "entity"'),
);

export const QuoteSchema = v.object({
  id,
  /** Exactly the characters inside the quotation marks, as printed. */
  text: verbatim(LIMITS.quote),
  lang,
  source: QuoteSourceSchema,
  /** Where it was said, shown beside the speaker: "told Parliament". */
  occasion: v.optional(ProseSchema),
  eventId: v.optional(id),
  date: v.optional(PackDateSchema),
  partial: v.boolean('expected true or false'),
  key: v.boolean('expected true or false'),
  /** Words the source added inside the quotation marks, e.g. "(of internment camps)". */
  editorialInsertions: v.array(verbatim(LIMITS.sentence)),
  /** True when the source implies the speaker without naming anyone. */
  speakerInferred: v.boolean('expected true or false'),
  translation: v.optional(TranslationSchema),
  evidence: v.object({ paragraph: count, offset: v.optional(count) }),
  /** The text directive linking to this passage in the original (`text=...`, after `#:~:`). */
  passage: v.optional(
    v.pipe(v.string(), v.maxLength(LIMITS.url), v.regex(/^text=[^\s#]+$/, 'expected a text directive such as "text=start,end"')),
  ),
  /** For maintainers: how the source attributes it. Never shown. */
  note: v.optional(limited(LIMITS.note)),
});

export const ScareQuoteSchema = v.object({
  text: verbatim(LIMITS.sentence),
  paragraph: count,
  note: limited(LIMITS.note),
  /** The entity whose term this is (e.g. the regulation naming the centres), when the source says so. */
  termOf: v.optional(id),
});

export const EventSchema = v.object({
  id,
  /** One sentence in the project's own words. */
  title: v.pipe(ProseSchema, v.maxLength(1, 'expected one sentence')),
  date: PackDateSchema,
  quoteIds: ids,
  entityIds: v.optional(ids),
});

export const EntitySchema = v.object({
  id,
  kind: v.picklist(
    ['person', 'organisation', 'place', 'group', 'document'],
    'expected "person", "organisation", "place", "group" or "document"',
  ),
  /** For people, organisations, places and groups: the name as the source prints it. */
  name: limited(LIMITS.label),
  /** As the source prints it ("UK Foreign Secretary"). */
  role: v.optional(limited(LIMITS.label)),
  aliases: v.optional(v.array(limited(LIMITS.label))),
  /** For maintainers. Never shown. */
  note: v.optional(limited(LIMITS.note)),
  /** The first mention in the source. */
  evidence: EvidenceSchema,
});

/** A whole pack in format 2. Unknown keys are dropped on load; the shipped-pack test forbids them. */
export const PackSchema = v.object({
  formatVersion: v.literal(FORMAT_VERSION, `expected ${FORMAT_VERSION}`),
  id,
  packVersion: v.pipe(
    v.string('expected a string'),
    v.regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/, 'expected a semantic version such as "1.0.0"'),
  ),
  provenance: ProvenanceSchema,
  topic: v.object({ id, label: limited(LIMITS.label) }),
  source: SourceSchema,
  /** Required of curated packs (curated.ts). */
  summary: v.optional(SummarySchema),
  photoCaption: v.optional(PhotoCaptionSchema),
  /** Outside sources that sentences rest on: shown as background, not from the source. */
  background: v.optional(v.array(BackgroundSourceSchema)),
  quotes: v.array(QuoteSchema, 'expected an array of quotes'),
  scareQuotes: v.array(ScareQuoteSchema, 'expected an array of scare-quoted terms'),
  events: v.array(EventSchema, 'expected an array of events'),
  entities: v.array(EntitySchema, 'expected an array of entities'),
  /** Terms with variants: curated packs only (curated.ts). */
  terms: v.array(TermSchema, 'expected an array of terms'),
  /** Quotations and events attached to a term of the topic defined in another pack. */
  termLinks: v.optional(v.array(TermLinkSchema)),
  /** Words that make a region about detention, per language (core/match/region-topic.ts). */
  detentionWords: v.optional(v.array(VariantSchema)),
  /** The topic's everyday words, never the matcher's pre-check anchor alone (core/match/common-words.ts). */
  commonWords: v.optional(v.pipe(v.array(limited(LIMITS.label)), v.maxLength(1000, 'expected at most 1000 common words'))),
});

export type ContextPack = v.InferOutput<typeof PackSchema>;
export type PackProvenance = v.InferOutput<typeof ProvenanceSchema>;
export type PackDate = v.InferOutput<typeof PackDateSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type PackSource = v.InferOutput<typeof SourceSchema>;
export type PackSummary = v.InferOutput<typeof SummarySchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type QuoteSource = v.InferOutput<typeof QuoteSourceSchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;
export type ScareQuote = v.InferOutput<typeof ScareQuoteSchema>;
export type PackEvent = v.InferOutput<typeof EventSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type { Term, TermLink, TermVariant } from './term-schema.ts';
export type { BackgroundSource, ClaimEvidence, Prose, Sentence } from './claim-schema.ts';
