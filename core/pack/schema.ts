// The context-pack format, version 1 (docs/context-pack.md). Valibot builds validators from plain closures,
// so nothing here compiles code at run time and the extension's CSP (no eval) is respected.
import * as v from 'valibot';

/** The format version this build reads natively; older packs are migrated up to it (migrate.ts). */
export const FORMAT_VERSION = 1;

// Checks rather than transforms (no trim), so a validated pack serialises back to the same bytes.
const nonEmpty = v.pipe(
  v.string('expected a string'),
  v.check((s) => s.trim() !== '', 'expected a non-empty string'),
);
const text = v.pipe(v.string('expected a string'), v.nonEmpty('expected a non-empty string'));
const id = v.pipe(
  v.string('expected a string'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, single hyphens)'),
);
const ids = v.array(id, 'expected an array of ids');
const lang = v.pipe(
  v.string('expected a string'),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "zh-Hans"'),
);
const count = v.pipe(v.number('expected a number'), v.integer('expected an integer'), v.minValue(0, 'expected 0 or more'));

/** True when `s` is YYYY-MM-DD and names a real calendar day. */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const isoDay = v.pipe(v.string('expected a string'), v.check(isCalendarDay, 'expected a real date as YYYY-MM-DD'));

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Where a date or a name was read: a place in the article, or the source's URL (for the publication date). */
export const EvidenceSchema = v.variant(
  'where',
  [
    v.object({
      where: v.literal('article'),
      /** The expression as printed, e.g. "earlier this week". */
      expression: text,
      /** Index of the paragraph: 0-based, counting the article's non-empty lines. */
      paragraph: count,
      /** UTF-16 offset of the expression in the whole article text. */
      offset: v.optional(count),
    }),
    v.object({ where: v.literal('source-url'), expression: text }),
  ],
  'expected evidence with where "article" or "source-url"',
);

const PRECISION_FORMAT: Record<string, (s: string) => boolean> = {
  day: isCalendarDay,
  month: (s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s),
  // A week is named by its Monday (ISO 8601 weeks start on Monday).
  week: (s) => isCalendarDay(s) && new Date(`${s}T00:00:00Z`).getUTCDay() === 1,
};

/** A resolved date with its precision, confidence and the evidence it was resolved from. */
export const PackDateSchema = v.pipe(
  v.object({
    value: text,
    precision: v.picklist(['day', 'month', 'week'], 'expected "day", "month" or "week"'),
    confidence: v.picklist(['stated', 'high', 'medium', 'low'], 'expected "stated", "high", "medium" or "low"'),
    evidence: EvidenceSchema,
    resolvedFrom: v.optional(nonEmpty),
  }),
  v.forward(
    v.check(
      (d) => PRECISION_FORMAT[d.precision]?.(d.value) === true,
      'expected YYYY-MM-DD for a day, YYYY-MM for a month, or the Monday (YYYY-MM-DD) of a week',
    ),
    ['value'],
  ),
);

const AuthorSchema = v.object({
  family: v.optional(nonEmpty),
  given: v.optional(nonEmpty),
  literal: v.optional(nonEmpty),
});

export const SourceSchema = v.object({
  title: nonEmpty,
  publisher: nonEmpty,
  containerTitle: v.optional(nonEmpty),
  url: v.pipe(v.string('expected a string'), v.url('expected an absolute URL')),
  published: isoDay,
  updated: v.optional(v.object({ value: v.optional(isoDay), notBefore: v.optional(isoDay) })),
  dateline: v.optional(nonEmpty),
  language: lang,
  /** Empty when the source has no byline: never invent one. */
  authors: v.array(AuthorSchema, 'expected an array of authors (empty when there is no byline)'),
  type: v.picklist(
    ['webpage', 'article-newspaper', 'article-magazine', 'report', 'legislation', 'book', 'chapter'],
    'expected a CSL item type such as "webpage"',
  ),
  notes: v.optional(v.array(nonEmpty)),
});

export const SummarySchema = v.object({
  origin: v.literal('project', 'expected "project": the summary is in the project\'s own words'),
  gist: v.pipe(nonEmpty, v.check((s) => wordCount(s) <= 35, 'expected at most 35 words')),
  short: v.pipe(nonEmpty, v.check((s) => wordCount(s) <= 120, 'expected at most 120 words')),
});

export const PhotoCaptionSchema = v.object({
  date: isoDay,
  place: v.optional(nonEmpty),
  paragraph: v.optional(count),
  note: nonEmpty,
});

export const QuoteSchema = v.object({
  id,
  /** Exactly the characters inside the quotation marks, as printed. */
  text,
  lang,
  source: v.object({
    kind: v.picklist(['person', 'organisation', 'document'], 'expected "person", "organisation" or "document"'),
    entityId: id,
  }),
  occasion: v.optional(nonEmpty),
  eventId: v.optional(id),
  date: v.optional(PackDateSchema),
  partial: v.boolean('expected true or false'),
  key: v.boolean('expected true or false'),
  /** Words the article added inside the quotation marks, e.g. "(of internment camps)". */
  editorialInsertions: v.array(text),
  /** True when the article implies the speaker without naming anyone. */
  speakerInferred: v.boolean('expected true or false'),
  evidence: v.object({ paragraph: count, offset: v.optional(count) }),
  /**
   * The text directive that links to this passage in the original (`text=...`, appended to the source URL
   * after `#:~:`). Made from the full article when the pack is written, since the article itself is not
   * shipped; the provenance test recomputes it.
   */
  passage: v.optional(v.pipe(v.string(), v.regex(/^text=[^\s#]+$/, 'expected a text directive such as "text=start,end"'))),
  note: v.optional(nonEmpty),
});

export const ScareQuoteSchema = v.object({
  text,
  paragraph: count,
  note: nonEmpty,
  /** The entity whose term this is (e.g. the regulation naming the centres), when the article says so. */
  termOf: v.optional(id),
});

export const EventSchema = v.object({
  id,
  /** One sentence in the project's own words. */
  title: nonEmpty,
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
  /** For people, organisations, places and groups: the name as the article prints it. */
  name: nonEmpty,
  role: v.optional(nonEmpty),
  aliases: v.optional(v.array(nonEmpty)),
  note: v.optional(nonEmpty),
  /** The first mention in the article. */
  evidence: EvidenceSchema,
});

/** A variant is a name or a phrase: the content script's scan relies on mentions being short (the
 * overlap of a long block's pieces, content/text-runs.ts). */
export const MAX_VARIANT_CHARS = 80;

// Key order here is the canonical order in pack files (the shipped-pack test compares bytes).
export const VariantSchema = v.object({
  text: v.pipe(text, v.maxLength(MAX_VARIANT_CHARS, `expected at most ${MAX_VARIANT_CHARS} characters`)),
  lang,
  inflection: v.optional(v.picklist(['en', 'ru', 'tr', 'de', 'ar', 'none'], 'expected "en", "ru", "tr", "de", "ar" or "none"')),
  /** Overrides the term's strength for an ambiguous spelling (Uygur the surname, Sincan in Ankara). */
  strength: v.optional(v.picklist(['strong', 'weak'], 'expected "strong" or "weak"')),
  /** CJK characters that, directly before the variant, mean a word boundary is crossed. */
  notBefore: v.optional(text),
  /** CJK characters that, directly after the variant, mean a word boundary is crossed. */
  notAfter: v.optional(text),
  attested: v.optional(nonEmpty),
});

export const TermSchema = v.object({
  id,
  label: nonEmpty,
  kind: v.picklist(
    ['place', 'group', 'facility', 'person', 'organisation', 'concept'],
    'expected "place", "group", "facility", "person", "organisation" or "concept"',
  ),
  strength: v.picklist(['strong', 'weak'], 'expected "strong" or "weak"'),
  caseSensitive: v.boolean('expected true or false'),
  /** For readers: what the term refers to, neutrally. Shown on the card. */
  note: nonEmpty,
  /** For maintainers: why the term is strong or weak and which look-alikes it must not match. Not shown. */
  detectionNote: v.optional(nonEmpty),
  quoteIds: ids,
  eventIds: ids,
  variants: v.pipe(v.array(VariantSchema), v.minLength(1, 'expected at least one variant')),
  examples: v.array(
    v.object({
      text,
      lang,
      expect: v.pipe(v.array(text), v.minLength(1, 'expected at least one substring the term must match')),
    }),
  ),
  nearMisses: v.array(v.object({ text, lang, why: nonEmpty })),
});

/** A whole pack in format 1. Unknown keys are dropped on load; the shipped-pack test forbids them. */
export const PackSchema = v.object({
  formatVersion: v.literal(FORMAT_VERSION, `expected ${FORMAT_VERSION}`),
  id,
  packVersion: v.pipe(
    v.string('expected a string'),
    v.regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as "1.0.0"'),
  ),
  reviewed: isoDay,
  topic: v.object({ id, label: nonEmpty }),
  source: SourceSchema,
  summary: SummarySchema,
  photoCaption: v.optional(PhotoCaptionSchema),
  quotes: v.array(QuoteSchema, 'expected an array of quotes'),
  scareQuotes: v.array(ScareQuoteSchema, 'expected an array of scare-quoted terms'),
  events: v.array(EventSchema, 'expected an array of events'),
  entities: v.array(EntitySchema, 'expected an array of entities'),
  terms: v.array(TermSchema, 'expected an array of terms'),
});

export type ContextPack = v.InferOutput<typeof PackSchema>;
export type PackDate = v.InferOutput<typeof PackDateSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type PackSource = v.InferOutput<typeof SourceSchema>;
export type PackSummary = v.InferOutput<typeof SummarySchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type ScareQuote = v.InferOutput<typeof ScareQuoteSchema>;
export type PackEvent = v.InferOutput<typeof EventSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Term = v.InferOutput<typeof TermSchema>;
export type TermVariant = v.InferOutput<typeof VariantSchema>;
