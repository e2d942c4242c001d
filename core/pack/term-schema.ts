// Terms: what the content script looks for on web pages (curated packs only), and the links by which other
// sources of the same topic attach their quotations and events to a term without bringing variants.
import * as v from 'valibot';
import { ProseSchema } from './claim-schema.ts';
import { id, ids, lang, LIMITS, limited, verbatim } from './schema-base.ts';

/** A variant is a name or a phrase: the content script's scan relies on mentions being short (the
 * overlap of a long block's pieces, content/text-runs.ts). */
export const MAX_VARIANT_CHARS = 80;

// Key order here is the canonical order in pack files (the shipped-pack test compares bytes).
export const VariantSchema = v.object({
  text: verbatim(MAX_VARIANT_CHARS),
  lang,
  inflection: v.optional(v.picklist(['en', 'ru', 'tr', 'de', 'ar', 'he', 'none', 'sla'], 'expected "en", "ru", "tr", "de", "ar", "he", "sla" or "none"')),
  /** Overrides the term's strength for an ambiguous spelling (Uygur the surname, Sincan in Ankara). */
  strength: v.optional(v.picklist(['strong', 'weak'], 'expected "strong" or "weak"')),
  /** CJK characters that, directly before the variant, mean a word boundary is crossed. */
  notBefore: v.optional(verbatim(LIMITS.label)),
  /** CJK characters that, directly after the variant, mean a word boundary is crossed. */
  notAfter: v.optional(verbatim(LIMITS.label)),
  attested: v.optional(limited(LIMITS.note)),
});

/** A phrase that holds a variant and names something else; matched as a variant is, and then dropped. */
export const ExclusionSchema = v.object({
  text: verbatim(MAX_VARIANT_CHARS),
  lang,
  inflection: v.optional(v.picklist(['en', 'ru', 'tr', 'de', 'ar', 'he', 'none', 'sla'], 'expected "en", "ru", "tr", "de", "ar", "he", "sla" or "none"')),
  why: limited(LIMITS.note),
});

export const TermSchema = v.object({
  id,
  label: limited(LIMITS.label),
  kind: v.picklist(
    ['place', 'group', 'facility', 'person', 'organisation', 'concept'],
    'expected "place", "group", "facility", "person", "organisation" or "concept"',
  ),
  strength: v.picklist(['strong', 'weak'], 'expected "strong" or "weak"'),
  caseSensitive: v.boolean('expected true or false'),
  /** For readers: what the term refers to, neutrally, each sentence with its evidence. Shown on the card. */
  note: ProseSchema,
  /** For maintainers: why the term is strong or weak and which look-alikes it must not match. Not shown. */
  detectionNote: v.optional(limited(LIMITS.note)),
  quoteIds: ids,
  eventIds: ids,
  variants: v.pipe(v.array(VariantSchema), v.minLength(1, 'expected at least one variant')),
  /** Longer phrases that hold a variant but name something else (the Uyghur Khaganate, the Old Uyghur
   * script, Hamza Kashgari): text inside one is no mention of the term. */
  exclusions: v.optional(v.array(ExclusionSchema)),
  examples: v.array(
    v.object({
      text: verbatim(LIMITS.sentence),
      lang,
      expect: v.pipe(v.array(verbatim(LIMITS.sentence)), v.minLength(1, 'expected at least one substring the term must match')),
    }),
  ),
  /** Curated packs need at least one per term (curated.ts). */
  nearMisses: v.array(v.object({ text: verbatim(LIMITS.sentence), lang, why: limited(LIMITS.note) })),
});

/** A pack's quotations and events for a term of its topic that another pack defines (by id). */
export const TermLinkSchema = v.object({
  termId: id,
  quoteIds: ids,
  eventIds: ids,
});

export type Term = v.InferOutput<typeof TermSchema>;
export type TermVariant = v.InferOutput<typeof VariantSchema>;
export type TermLink = v.InferOutput<typeof TermLinkSchema>;
