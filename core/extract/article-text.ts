// The extracted text every offset refers to: the article's blocks joined by one newline, so a paragraph is
// a line (as in the curated pack's article text) and an offset is a UTF-16 index into that string.
import type { PageBlock } from './types.ts';

export interface ArticleText {
  text: string;
  starts: number[];
  kinds: PageBlock['kind'][];
}

/** Joins the blocks, dropping a repeat of the title at the top (Readability often keeps the headline). */
export function articleText(blocks: readonly PageBlock[], title: string | null): ArticleText {
  const kept = blocks.filter((b, i) => !(i === 0 && title && b.kind === 'heading' && b.text === title));
  const starts: number[] = [];
  let at = 0;
  for (const b of kept) {
    starts.push(at);
    at += b.text.length + 1;
  }
  return { text: kept.map((b) => b.text).join('\n'), starts, kinds: kept.map((b) => b.kind) };
}

/** The paragraph holding offset `at`. */
export function paragraphOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The lead: the first running-text paragraph long enough to describe the article. */
export function leadOf(t: ArticleText): { text: string; start: number } | null {
  for (let i = 0; i < t.kinds.length; i++) {
    const start = t.starts[i]!;
    const end = i + 1 < t.starts.length ? t.starts[i + 1]! - 1 : t.text.length;
    if (t.kinds[i] === 'paragraph' && end - start >= 80) return { text: t.text.slice(start, end), start };
  }
  return null;
}
