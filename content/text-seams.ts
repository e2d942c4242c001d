/**
 * The rules of the text walk that the scanner (run-collector.ts) and the sentinel (sentinel/strong-text-watch.ts)
 * share, so both put the same texts and the same seams between nodes through the pre-check.
 */
import { SKIP } from './text-runs';

/** Texts at least this long are checked for a skipped parent before the pre-check: inline scripts are long. */
const LONG_TEXT = 256;
/** Ruby annotation text (rt, rp) is skipped; only short nodes are checked for it, to keep the walk cheap. */
const RUBY_MAX = 24;
const RUBY_TEXT = new Set(['rt', 'rp']);
/** Where CJK scripts begin (U+2E80): ruby annotates them. */
const CJK_START = 0x2e80;
/** How much of a text's end is kept to check a word that goes on in the next text node ("Xin<b>jiang</b>"). */
export const SEAM = 16;

/** Whether a character may be part of a word that an element boundary splits: letters, digits and
 * apostrophes, and some punctuation too (a needless seam check costs little). */
export function joins(c: number): boolean {
  return c > 47 || c === 39;
}

/** A long text right in a skipped element (a script's source): its parent only; deeper skipped text is caught
 * later by blockOrSkip and isExcluded when it passes the pre-check. */
export function isSkippedText(node: Text, length: number): boolean {
  return length >= LONG_TEXT && SKIP.has((node.parentNode as Element).localName);
}

/** Ruby annotations are short: leave them out of the seam so 新<rt>xīn</rt>疆 still joins. Only text next to CJK
 * can be one (kana, bopomofo, or pinyin after a CJK base): elsewhere the walk does not touch the parent. */
export function isRubyAnnotation(node: Text, data: string, tail: string): boolean {
  return (
    data.length <= RUBY_MAX &&
    (data.charCodeAt(0) >= CJK_START || (tail !== '' && tail.charCodeAt(tail.length - 1) >= CJK_START)) &&
    RUBY_TEXT.has((node.parentNode as Element | null)?.localName ?? '')
  );
}

/** Whether a word may go on from the previous node's end into this one (then seamOf is worth checking). */
export function crossesSeam(tail: string, data: string): boolean {
  return tail !== '' && joins(data.charCodeAt(0));
}

/** The text across the seam between the previous node's end and this one's start. */
export function seamOf(tail: string, data: string): string {
  return tail.slice(-SEAM) + data.slice(0, SEAM);
}

/** What of the text so far the next node's seam needs. */
export function nextTail(tail: string, data: string): string {
  return joins(data.charCodeAt(data.length - 1)) ? (data.length >= SEAM || tail === '' ? data : tail.slice(-SEAM) + data) : '';
}
