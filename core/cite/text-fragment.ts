/**
 * Links to a passage with a URL text fragment (`#:~:text=`), following the WICG "Text Fragments"
 * specification: https://wicg.github.io/scroll-to-text-fragment/
 */

/**
 * Quotations longer than this many characters are linked with the `textStart,textEnd` form:
 * a 300-character directive is already hard to read, and long quotations often span elements
 * or differ from the page in small ways (whitespace, soft hyphens) that a range tolerates.
 */
export const RANGE_THRESHOLD_CHARS = 300;
/** Words kept at each end of a long quotation for textStart and textEnd. */
export const RANGE_EDGE_WORDS = 5;
/** Most words of context tried for a prefix or suffix before giving up on uniqueness. */
const MAX_CONTEXT_WORDS = 5;

/** Percent-encode a directive term: everything encodeURIComponent does, plus the reserved "-" (",", "&" already are). */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

// A pack links every quotation of one article: its source is normalised and lower-cased once, not per search.
let lastSource: { raw: string; text: string; lower: string } | null = null;
function prepared(sourceText: string): { text: string; lower: string } {
  if (lastSource?.raw !== sourceText) {
    const text = normalise(sourceText);
    lastSource = { raw: sourceText, text, lower: text.toLowerCase() };
  }
  return lastSource;
}

/** Start offsets of `needle` in `lower` (a lower-cased text), case-insensitive like the browser's search. */
function occurrences(lower: string, needle: string): number[] {
  const h = lower;
  const n = needle.toLowerCase();
  const found: number[] = [];
  if (!n) return found;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) found.push(i);
  return found;
}

function wordsBefore(text: string, end: number, count: number): string {
  return text.slice(0, end).trim().split(' ').slice(-count).join(' ');
}

function wordsAfter(text: string, start: number, count: number): string {
  return text.slice(start).trim().split(' ').slice(0, count).join(' ');
}

/** The parts of a text directive (before encoding). */
export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/**
 * Choose the directive for `quote` as it occurs in `sourceText` (the occurrence at or after
 * `near`, a character offset in the whitespace-normalised source; the first by default).
 * Adds a prefix, then a suffix, word by word, until the match is unique in the source.
 */
export function chooseTextDirective(quote: string, sourceText: string, near = 0): TextDirective {
  const q = normalise(quote);
  const { text: source, lower } = prepared(sourceText);
  const words = q.split(' ');
  const useRange = q.length > RANGE_THRESHOLD_CHARS && words.length > RANGE_EDGE_WORDS * 2;
  const directive: TextDirective = useRange
    ? { textStart: words.slice(0, RANGE_EDGE_WORDS).join(' '), textEnd: words.slice(-RANGE_EDGE_WORDS).join(' ') }
    : { textStart: q };
  const all = occurrences(lower, q);
  const at = all.find((o) => o >= near) ?? all[0];
  if (at === undefined) return directive; // not in the source: the best we can do is the text alone
  // Context joins the text as it does in the source: by a space, or directly (“quote).
  const end = at + q.length;
  const beforeSep = /\s$/.test(source.slice(0, at)) ? ' ' : '';
  const afterSep = /^\s/.test(source.slice(end)) ? ' ' : '';
  const startNeedle = (d: TextDirective) => (d.prefix ? d.prefix + beforeSep : '') + d.textStart;
  // What must be unique: the start term (a range matches from the first textStart found).
  const unique = (d: TextDirective) => occurrences(lower, startNeedle(d)).length === 1;
  const uniqueWithSuffix = (d: TextDirective) => {
    const tail = (d.textEnd ?? d.textStart) + (d.suffix ? afterSep + d.suffix : '');
    const t = tail.toLowerCase();
    const ends = occurrences(lower, startNeedle(d)).filter((o) => lower.indexOf(t, o) !== -1);
    return ends.length === 1;
  };
  // A prefix of punctuation alone (an opening quote mark) is unique but fragile: take a word too.
  const needsPrefix = (d: TextDirective) => !unique(d) || (d.prefix !== undefined && !/\p{L}/u.test(d.prefix));
  for (let n = 1; n <= MAX_CONTEXT_WORDS && needsPrefix(directive); n += 1) {
    const before = wordsBefore(source, at, n);
    if (!before) break;
    directive.prefix = before;
  }
  if (!unique(directive)) {
    for (let n = 1; n <= MAX_CONTEXT_WORDS && !uniqueWithSuffix(directive); n += 1) {
      const after = wordsAfter(source, end, n);
      if (!after) break;
      directive.suffix = after;
    }
  }
  return directive;
}

/** Serialise a directive: `text=[prefix-,]textStart[,textEnd][,-suffix]`. */
export function serialiseTextDirective(d: TextDirective): string {
  const terms = [
    d.prefix ? `${encodeFragmentTerm(d.prefix)}-` : undefined,
    encodeFragmentTerm(d.textStart),
    d.textEnd ? encodeFragmentTerm(d.textEnd) : undefined,
    d.suffix ? `-${encodeFragmentTerm(d.suffix)}` : undefined,
  ].filter((t): t is string => t !== undefined);
  return `text=${terms.join(',')}`;
}

/** The page URL (its own fragment dropped) with a text fragment that scrolls to and highlights `quote`. */
export function textFragmentUrl(pageUrl: string, quote: string, sourceText: string, near = 0): string {
  const base = pageUrl.replace(/#.*$/, '');
  return `${base}#:~:${serialiseTextDirective(chooseTextDirective(quote, sourceText, near))}`;
}
