// Quotation marks in running text, in the conventions of the page's language: “…” ‘…’ "…" «…» „…“ „…”
// ‚…‘ »…« (German, Danish) ”…” (Swedish, Finnish) 「…」 『…』. Apostrophes (China’s, rock ’n’ roll) are
// told apart from closing marks by the letters around them.

/** A quotation-mark pair found in one paragraph: offsets of the opening and closing marks. */
export interface MarkedSpan {
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quotation runs on into the next paragraph. */
  close: number;
  /** False when the paragraph ends inside the quotation (a multi-paragraph quotation continues). */
  closed: boolean;
  /** Nesting depth: 0 for an outer quotation. */
  depth: number;
}

const REVERSED_GUILLEMETS = new Set(['de', 'da', 'cs', 'sk', 'hr', 'sl', 'hu', 'de-ch']);
const SAME_MARK_LANGS = new Set(['sv', 'fi']);

/** For each opening mark, the marks that may close it. */
function pairsFor(lang: string): Map<string, string> {
  const p = new Map<string, string>([
    ['“', '”'], ['„', '“”'], ['‚', '‘’'], ['‘', '’'], ['"', '"'], ['「', '」'], ['『', '』'], ['﹁', '﹂'], ['《', '》'], ['〈', '〉'], ['‹', '›'],
  ]);
  if (REVERSED_GUILLEMETS.has(lang)) {
    p.set('»', '«');
    p.set('›', '‹');
    p.set('«', '»');
  } else {
    p.set('«', '»');
    if (SAME_MARK_LANGS.has(lang)) p.set('»', '»');
  }
  if (SAME_MARK_LANGS.has(lang)) p.set('”', '”');
  return p;
}

/** Marks that set off titles of works, never speech (Chinese book-title marks). */
export const TITLE_MARKS = new Set(['《', '〈']);

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /[\s\u00A0\u202F]/u;

/**
 * Quotation-mark pairs in `text` (one paragraph). Single quotation marks count only where a letter does not
 * touch them from outside; straight double quotes alternate. Unbalanced marks are ignored, except an
 * opening mark with no close at the end of the paragraph (the convention for a quotation that continues).
 */
export function findMarkedSpans(text: string, lang: string): MarkedSpan[] {
  const pairs = pairsFor(lang);
  const spans: MarkedSpan[] = [];
  const stack: Array<{ mark: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    // Closing an open quotation wins over opening a new one (“ closes „ in German). An inner mark left
    // open (an apostrophe read as a mark) is dropped when an outer one closes.
    let closes = -1;
    const apostrophe = (c === '’' || c === '‘') && LETTER.test(next) && LETTER.test(prev);
    if (!apostrophe) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (pairs.get(stack[k]!.mark)?.includes(c)) {
          closes = k;
          break;
        }
      }
    }
    if (closes >= 0) {
      const opener = stack[closes]!;
      stack.length = closes;
      if (i > opener.at + 1) spans.push({ open: opener.at, close: i, closed: true, depth: closes });
      continue;
    }
    if (!pairs.has(c)) continue;
    if (c === '‘' || c === '‚' || c === '"') {
      // An opening mark stands before a word, not after a letter (that is an apostrophe or a closing mark).
      if (LETTER.test(prev) || SPACE.test(next)) continue;
    } else if (c === '«' || c === '»' || c === '”') {
      if (SPACE.test(next) && !/[\u00A0\u202F]/.test(next) && !(c === '«' && lang === 'fr')) {
        // French writes « with a (no-break) space inside; elsewhere a mark before a space closes, not opens.
        if (lang !== 'fr') continue;
      }
    }
    stack.push({ mark: c, at: i });
  }
  // An outer quotation left open at the paragraph's end continues in the next paragraph.
  const outer = stack[0];
  if (outer && outer.at < text.length - 1) spans.push({ open: outer.at, close: text.length, closed: false, depth: 0 });
  return spans.sort((a, b) => a.open - b.open);
}
