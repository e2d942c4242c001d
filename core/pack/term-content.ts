// What a card shows for one term, built in the background from every enabled source: the term's label and
// note from the pack that defines it, and per source the quotations that mention the term and the dates of
// events it is part of. Only what a card renders is kept, capped, so a page never holds whole packs.
import { formatDatePrecision, speakerOf, termById } from './lookups.ts';
import { termKey, type TermRef } from './term-key.ts';
import { isBackground } from './prose.ts';
import { translationCredit, type TranslationCredit } from './quote-display.ts';
import type { ContextPack, PackDate, PackEvent, Prose, Quote } from './schema.ts';

/** How a source reached the reader: shipped and curated, or added (from a page) or imported by the reader. */
export type SourceLabel = { kind: 'curated' } | { kind: 'added' | 'imported'; reviewedAt: string | null };

/** At most this much goes to a card: sources, and quotations and dates per source. */
export const TERM_CONTENT_LIMITS = { sources: 5, quotes: 20, dates: 20 } as const;

/** A date as a card shows it (its evidence stays in the background). */
export type ShownDate = Pick<PackDate, 'value' | 'precision' | 'confidence'>;

/** The source an item comes from: what a card names and what a citation is asked for by id. */
export interface TermSource {
  id: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or null when the source states no date. */
  published: string | null;
  url: string;
  /** The source's language (its prose is in it). */
  language: string;
  label: SourceLabel;
}

/** A quotation as a card shows it, with its speaker and translator resolved. */
export interface TermQuote {
  id: string;
  text: string;
  lang: string;
  partial: boolean;
  editorialInsertions: string[];
  speakerInferred: boolean;
  occasion?: Prose;
  date?: ShownDate;
  speaker?: { name: string; role?: string };
  translation?: TranslationCredit;
}

/** The date of an event the term is part of. */
export interface TermDate {
  id: string;
  date: ShownDate;
  title: Prose;
}

/** What one source says about the term. */
export interface SourceContent {
  source: TermSource;
  quotes: TermQuote[];
  dates: TermDate[];
}

/** Everything a card renders for a term. */
export interface TermContent {
  packId: string;
  termId: string;
  label: string;
  note: Prose;
  /** The language of the defining pack's prose (label, note, gist). */
  lang: string;
  /** The project's one-sentence summary of the defining pack, when it has one. */
  gist?: Prose;
  /** Curated first, then the newest; the defining source is always there (its citation is the card's). */
  sources: SourceContent[];
}

/** Finds term mentions in a text (the matcher's `find`, planned with term keys); without it, only explicit links count. */
export type FindMentions = (text: string) => readonly { readonly termId: string }[];

/** Prose without its evidence, except what marks a sentence as background (the only part a card shows). */
function shownProse(prose: Prose): Prose {
  return prose.map((s) => ({ text: s.text, evidence: isBackground(s) ? s.evidence : [] }));
}

const shownDate = ({ value, precision, confidence }: PackDate): ShownDate => ({ value, precision, confidence });

function shownQuote(pack: ContextPack, q: Quote): TermQuote {
  const speaker = speakerOf(pack, q);
  const translation = translationCredit(pack, q);
  return {
    id: q.id,
    text: q.text,
    lang: q.lang,
    partial: q.partial,
    editorialInsertions: q.editorialInsertions,
    speakerInferred: q.speakerInferred,
    ...(q.occasion ? { occasion: shownProse(q.occasion) } : {}),
    ...(q.date ? { date: shownDate(q.date) } : {}),
    ...(speaker ? { speaker: { name: speaker.name, ...(speaker.role ? { role: speaker.role } : {}) } } : {}),
    ...(translation ? { translation } : {}),
  };
}

function firstDay(date: ShownDate): string {
  const shape = formatDatePrecision(date);
  return shape.kind === 'day' ? shape.date : shape.start;
}

/** The items of `list` whose ids are in `ids`, in the list's order. */
const pick = <T extends { id: string }>(list: readonly T[], ids: ReadonlySet<string>): T[] => list.filter((x) => ids.has(x.id));

/** What one pack says about the term: the defining pack's curated lists, another's links and mentions (a
 * term of the same id in another pack is another term, decision 002). */
function sourceContent(pack: ContextPack, label: SourceLabel, { packId, termId }: TermRef, mentions: (text: string) => boolean): SourceContent {
  const term = pack.id === packId ? termById(pack, termId) : undefined;
  let quotes: Quote[];
  let events: PackEvent[];
  if (term) {
    // The curated order of the term's own lists, as the card has always shown them.
    const byId = new Map(pack.quotes.map((q) => [q.id, q]));
    quotes = term.quoteIds.map((id) => byId.get(id)).filter((q): q is Quote => q !== undefined);
    events = pick(pack.events, new Set(term.eventIds));
  } else {
    const links = (pack.termLinks ?? []).filter((l) => l.termId === termId);
    const quoteIds = new Set([...links.flatMap((l) => l.quoteIds), ...pack.quotes.filter((q) => mentions(q.text)).map((q) => q.id)]);
    quotes = pick(pack.quotes, quoteIds);
    const eventIds = new Set(links.flatMap((l) => l.eventIds));
    events = pack.events.filter((e) => eventIds.has(e.id) || e.quoteIds.some((id) => quoteIds.has(id)) || mentions(e.title.map((s) => s.text).join(' ')));
  }
  const { published } = pack.source;
  return {
    source: { id: pack.id, title: pack.source.title, publisher: pack.source.publisher, published: published ?? null, url: pack.source.url, language: pack.source.language, label },
    quotes: quotes.slice(0, TERM_CONTENT_LIMITS.quotes).map((q) => shownQuote(pack, q)),
    // Newest first; equal days keep the pack's order.
    dates: events
      .map((e) => ({ id: e.id, date: shownDate(e.date), title: shownProse(e.title) }))
      .sort((a, b) => firstDay(b.date).localeCompare(firstDay(a.date)))
      .slice(0, TERM_CONTENT_LIMITS.dates),
  };
}

/**
 * The card's content for `termId` from the enabled sources, or null when no source defines the term.
 * Sources that say nothing about the term are left out, except the defining one.
 */
export function termContent(ref: TermRef, sources: readonly { pack: ContextPack; label: SourceLabel }[], find?: FindMentions): TermContent | null {
  const { packId, termId } = ref;
  const defining = sources.find((s) => s.pack.id === packId && termById(s.pack, termId));
  const term = defining && termById(defining.pack, termId);
  if (!defining || !term) return null;
  const key = termKey(packId, termId);
  const mentions = (text: string) => !!find && find(text).some((m) => m.termId === key);
  const parts = sources
    .map((s, order) => ({ order, defines: s === defining, content: sourceContent(s.pack, s.label, ref, mentions) }))
    .filter((p) => p.defines || p.content.quotes.length > 0 || p.content.dates.length > 0)
    .sort((a, b) => {
      const curated = Number(b.content.source.label.kind === 'curated') - Number(a.content.source.label.kind === 'curated');
      // An undated source goes after the dated ones ("" sorts first, so compare reversed).
      return curated || (b.content.source.published ?? '').localeCompare(a.content.source.published ?? '') || a.order - b.order;
    })
    .slice(0, TERM_CONTENT_LIMITS.sources);
  // The defining source carries the card's citation: it stays even when five others are newer.
  if (!parts.some((p) => p.defines)) parts[parts.length - 1] = { order: -1, defines: true, content: sourceContent(defining.pack, defining.label, ref, mentions) };
  const { summary } = defining.pack;
  return {
    packId,
    termId,
    label: term.label,
    note: shownProse(term.note),
    lang: defining.pack.source.language,
    ...(summary?.origin === 'project' ? { gist: shownProse(summary.gist) } : {}),
    sources: parts.map((p) => p.content),
  };
}
