/** The Sources page's search: a source matches when every word typed is in its title, site or an author's name. */
import type { SourceSummary } from '../../core/sources/types';

/** A listed source; `authors` (display names) when the background gives them, for the search. */
export type SourceRow = SourceSummary & { authors?: readonly string[] };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The rows matching `query` (all of them for an empty query), in their order. */
export function filterSources(rows: readonly SourceRow[], query: string): SourceRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const hay = fold([row.title, row.site, ...(row.authors ?? [])].join(' \u0000 '));
    return words.every((w) => hay.includes(w));
  });
}
