// Migrations bring an older pack up to FORMAT_VERSION before it is validated, so the schema only ever
// describes the current format. Each step is keyed by the version it upgrades FROM and returns the next
// version's shape; steps never validate (the schema does) and leave what they do not understand alone.
import { FORMAT_VERSION } from './schema.ts';

type Json = Record<string, unknown>;
/** One migration step: a pack of version n in, a pack of version n + 1 out. */
export type Migration = (pack: Json) => Json;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const optional = <T>(key: string, value: T | undefined): Record<string, T> =>
  value === undefined ? {} : { [key]: value };

/**
 * Format 0 (the draft used before the format was written down) kept dates flat beside what they dated:
 * `{ date: "2018-08", dateExpression: "in August", paragraph: 4 }`. Format 1 nests a date with its
 * precision, confidence and evidence. A draft carried no confidence, so migrated dates get "medium":
 * a reviewer must confirm them.
 */
function draftDate(item: Json): Json | undefined {
  if (typeof item.date !== 'string') return undefined;
  const precision = /^\d{4}-\d{2}$/.test(item.date) ? 'month' : 'day';
  return {
    value: item.date,
    precision,
    confidence: 'medium',
    evidence: { where: 'article', expression: item.dateExpression, paragraph: item.paragraph },
  };
}

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function quoteFromDraft(q: unknown): unknown {
  if (!isObject(q)) return q;
  return {
    id: q.id,
    text: q.quote,
    lang: q.lang ?? 'en',
    source: { kind: q.speakerKind ?? 'person', entityId: q.speaker },
    ...optional('occasion', q.occasion),
    ...optional('eventId', q.eventId),
    ...optional('date', draftDate(q)),
    partial: q.partial ?? false,
    key: q.key ?? false,
    editorialInsertions: q.inserted === undefined ? [] : [q.inserted],
    speakerInferred: q.inferred ?? false,
    evidence: { paragraph: q.paragraph },
  };
}

function eventFromDraft(e: unknown): unknown {
  if (!isObject(e)) return e;
  return { id: e.id, title: e.title, date: draftDate(e), quoteIds: e.quoteIds ?? [] };
}

function termFromDraft(t: unknown): unknown {
  if (!isObject(t)) return t;
  return {
    id: t.id,
    label: t.label,
    kind: t.kind,
    strength: t.strong === true ? 'strong' : 'weak',
    caseSensitive: t.caseSensitive ?? false,
    note: t.note,
    quoteIds: t.quoteIds ?? [],
    eventIds: t.eventIds ?? [],
    // Draft variants were bare English strings.
    variants: list(t.variants).map((text) => ({ text, lang: 'en' })),
    examples: list(t.mustMatch).map((m) => (isObject(m) ? { text: m.text, lang: 'en', expect: [m.match] } : m)),
    nearMisses: list(t.mustNotMatch).map((m) => (isObject(m) ? { text: m.text, lang: 'en', why: m.why } : m)),
  };
}

function sourceFromDraft(s: unknown): unknown {
  if (!isObject(s)) return s;
  const { author, date, ...rest } = s;
  // A draft's single author string becomes a literal name; null or absent means no byline.
  const authors = typeof author === 'string' && author.trim() !== '' ? [{ literal: author }] : [];
  return { ...rest, published: date, authors, type: s.type ?? 'webpage' };
}

/** Format 0 (draft) to format 1. */
export function migrate0to1(draft: Json): Json {
  const { version, reviewedOn, topic, summary, ...rest } = draft;
  return {
    ...rest,
    formatVersion: 1,
    packVersion: version,
    reviewed: reviewedOn,
    topic: typeof topic === 'string' ? { id: slug(topic), label: topic } : topic,
    source: sourceFromDraft(draft.source),
    summary: isObject(summary) ? { origin: 'project', ...summary } : summary,
    quotes: list(draft.quotes).map(quoteFromDraft),
    scareQuotes: list(draft.scareQuotes),
    events: list(draft.events).map(eventFromDraft),
    entities: list(draft.entities),
    terms: list(draft.terms).map(termFromDraft),
  };
}

/**
 * Format 1 kept shown prose as plain strings. Format 2 makes each a list of sentences with evidence. The text
 * is split where a sentence visibly ends (a stop, then a space and a capital); a step cannot judge evidence,
 * so each sentence gets none: the pack loads but fails the provenance checker until a reviewer attaches it.
 */
function proseFrom1(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u).map((sentence) => ({ text: sentence, evidence: [] }));
}

function mapItems(x: unknown, step: (item: Json) => Json): unknown {
  return Array.isArray(x) ? x.map((item) => (isObject(item) ? step(item) : item)) : x;
}

/** Format 1 to format 2: `reviewed` becomes a curated provenance; shown prose gains (empty) evidence. */
export function migrate1to2(pack: Json): Json {
  const { formatVersion: _old, id, packVersion, reviewed, summary, ...rest } = pack;
  return {
    formatVersion: 2,
    id,
    packVersion,
    // Every format-1 pack was written and checked by a person against its source.
    provenance: { kind: 'curated', reviewed },
    ...rest,
    summary: isObject(summary) ? { ...summary, gist: proseFrom1(summary.gist), short: proseFrom1(summary.short) } : summary,
    quotes: mapItems(pack.quotes, (q) => (q.occasion === undefined ? q : { ...q, occasion: proseFrom1(q.occasion) })),
    events: mapItems(pack.events, (e) => ({ ...e, title: proseFrom1(e.title) })),
    terms: mapItems(pack.terms, (t) => ({ ...t, note: proseFrom1(t.note) })),
  };
}

/** The migration table: from-version to step. Add one entry per new format version. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: migrate0to1, 1: migrate1to2 };

/** The result of migrating: the pack in the current format, or why it cannot be brought there. */
export type MigrateResult = { ok: true; pack: Json } | { ok: false; path: string; reason: string };

/** Runs every step from the pack's `formatVersion` up to FORMAT_VERSION. */
export function migratePack(input: Json, table: Readonly<Record<number, Migration>> = MIGRATIONS, target = FORMAT_VERSION): MigrateResult {
  let pack = input;
  for (;;) {
    const version = pack.formatVersion;
    if (typeof version !== 'number' || !Number.isInteger(version)) {
      return { ok: false, path: 'formatVersion', reason: 'expected an integer format version' };
    }
    if (version === target) return { ok: true, pack };
    if (version > target) {
      return { ok: false, path: 'formatVersion', reason: `format ${version} is newer than this extension reads (${target}); update the extension` };
    }
    const step = table[version];
    if (!step) return { ok: false, path: 'formatVersion', reason: `no migration from format ${version}` };
    pack = step(pack);
    if (pack.formatVersion === version) {
      return { ok: false, path: 'formatVersion', reason: `the migration from format ${version} did not raise the version` };
    }
  }
}
