/** The sources the popup speaks for: each with how it reached the reader, a stable key, and a short name. */
import type { ContextPack } from '../../core/pack/schema';
import type { SourceLabel } from '../../core/pack/term-content';
import { formatDay } from '../context/date-format';

/** An enabled source that concerns the page, as the background answers `popupSources`. */
export interface PageSource {
  pack: ContextPack;
  label: SourceLabel;
}

/** A key that tells sources apart even when a reader's source shares an id with a curated one. */
export const sourceKey = (s: PageSource): string => `${s.label.kind}:${s.pack.id}`;

/** Short names for the timeline's marks: the publisher, with the date where two share a publisher. */
export function shortNames(sources: readonly PageSource[], locale: string): Map<PageSource, string> {
  const count = new Map<string, number>();
  for (const s of sources) count.set(s.pack.source.publisher, (count.get(s.pack.source.publisher) ?? 0) + 1);
  return new Map(
    sources.map((s) => {
      const { publisher, published } = s.pack.source;
      return [s, (count.get(publisher) ?? 0) > 1 && published ? `${publisher}, ${formatDay(published, locale)}` : publisher];
    }),
  );
}
