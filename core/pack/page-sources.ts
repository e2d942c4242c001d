// Which sources concern a page: the curated packs always (they define the terms), and a reader's source
// when its quotations or dates attach to a term the page mentions, by link or by mentioning it.
import type { ContextPack } from './schema.ts';
import type { FindMentions, SourceLabel } from './term-content.ts';
import { refOfKey, termKey } from './term-key.ts';

/** At most this many of the reader's sources go to the popup (curated packs come on top). */
export const PAGE_SOURCES_LIMIT = 10;

/** Whether a pack's quotations or dates attach to one of the terms (by key): a term it defines, a link (a
 * reader's source links by term id), or a mention. */
export function concernsTerms(pack: ContextPack, termKeys: ReadonlySet<string>, find?: FindMentions): boolean {
  if (pack.terms.some((term) => termKeys.has(termKey(pack.id, term.id)))) return true;
  const linked = new Set([...termKeys].map((key) => refOfKey(key).termId));
  if ((pack.termLinks ?? []).some((l) => linked.has(l.termId) && (l.quoteIds.length > 0 || l.eventIds.length > 0))) return true;
  if (!find) return false;
  const mentions = (text: string) => find(text).some((m) => termKeys.has(m.termId));
  return pack.quotes.some((q) => mentions(q.text)) || pack.events.some((e) => mentions(e.title.map((s) => s.text).join(' ')));
}

/** The sources that concern a page mentioning the terms `termKeys`: every curated one first, then the reader's
 * that attach to those terms, in the order given, capped. */
export function sourcesForPage<S extends { pack: ContextPack; label: SourceLabel }>(sources: readonly S[], termKeys: readonly string[], find?: FindMentions): S[] {
  const wanted = new Set(termKeys);
  const curated = sources.filter((s) => s.label.kind === 'curated');
  if (wanted.size === 0) return curated;
  const mine = sources.filter((s) => s.label.kind !== 'curated' && concernsTerms(s.pack, wanted, find));
  return [...curated, ...mine.slice(0, PAGE_SOURCES_LIMIT)];
}
