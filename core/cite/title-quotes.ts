/**
 * Turn the quotation marks typed in a title into quotation nodes, as citeproc-js's "flip-flop"
 * parser does: straight quotes become curly ones whose level (outer or inner) is decided when
 * rendered, apostrophes become ’, and unpaired marks stay as text.
 */
import type { CiteLocale } from './locale.ts';
import { quote, text, type Inline, type QuoteLevel } from './rich-text.ts';

// Letters and digits around a curly apostrophe ("China’s"): it is read like a straight one.
const LETTER = '[-0-9a-zA-Z\u00C0-\u017F\u0370-\u03FF\u0400-\u052F]';
const INNER_APOSTROPHE = new RegExp(`(${LETTER})\u2019(?=${LETTER})`, 'g');

interface Mark {
  opener: boolean;
  /** For openers: the closing mark that pairs with it. */
  closer?: string;
  /** For curly openers: the level the locale gives them; straight ones are decided per title. */
  level?: QuoteLevel;
  straight?: '"' | "'";
}

function markTable(locale: CiteLocale): Record<string, Mark> {
  return {
    ' "': { opener: true, closer: '"', straight: '"' },
    "('": { opener: true, closer: "'", straight: "'" },
    '("': { opener: true, closer: '"', straight: '"' },
    " '": { opener: true, closer: "'", straight: "'" },
    [locale.openQuote]: { opener: true, closer: locale.closeQuote, level: 'outer' },
    [locale.openInnerQuote]: { opener: true, closer: locale.closeInnerQuote, level: 'inner' },
    '"': { opener: false },
    "'": { opener: false },
    [locale.closeQuote]: { opener: false },
    [locale.closeInnerQuote]: { opener: false },
  };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parse a (possibly title-cased) title into text and quotation nodes for the given locale. */
export function parseTitleQuotes(title: string, locale: CiteLocale): Inline[] {
  const table = markTable(locale);
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const splitter = new RegExp(`(${keys.map(escapeRegExp).join('|')})`);
  // A leading space lets a quote at the very start count as an opening one.
  const parts = (' ' + title.replace(INNER_APOSTROPHE, "$1'")).split(splitter);
  const strings: string[] = [parts[0] ?? ''];
  const tags: string[] = [];
  const forced = new Set<number>();
  for (let i = 1; i < parts.length; i += 2) {
    let tag = parts[i] ?? '';
    // A straight quote right after an opening mark opens too ("'…).
    const prev = tags[tags.length - 1];
    if ((tag === '"' || tag === "'") && prev && table[prev]?.opener && strings[strings.length - 1] === '') {
      tag = ' ' + tag;
      forced.add(tags.length);
    }
    tags.push(tag);
    strings.push(parts[i + 1] ?? '');
  }

  // Pair the marks; `literal[i]` is the text an unpaired mark turns back into.
  const literal: (string | undefined)[] = tags.map(() => undefined);
  const stack: number[] = [];
  tags.forEach((tag, i) => {
    const next = strings[i + 1] ?? '';
    if (tag === "'" && /^[^,.?:; ]/.test(next)) {
      literal[i] = '\u2019'; // an apostrophe inside a word
      return;
    }
    if (tag === " '" && next.startsWith(' ')) {
      literal[i] = ' \u2019';
      return;
    }
    const mark = table[tag];
    if (mark?.opener) {
      stack.push(i);
      return;
    }
    for (;;) {
      const top = stack[stack.length - 1];
      if (top !== undefined && table[tags[top] ?? '']?.closer === tag) {
        stack.pop();
        return;
      }
      if (tag === "'") {
        literal[i] = '\u2019';
        return;
      }
      if (top === undefined) {
        literal[i] = tag;
        return;
      }
      literal[top] = tags[top];
      stack.pop();
    }
  });
  for (const open of stack) {
    const tag = tags[open] ?? '';
    literal[open] = tag === " '" || tag === "'" ? ' \u2019' : tag;
  }

  // The first straight quote that survives decides which kind is the outer one in this title.
  let outerStraight: '"' | "'" | undefined;
  tags.forEach((tag, i) => {
    if (literal[i] === undefined && !outerStraight) outerStraight = table[tag]?.straight;
  });

  const root: Inline[] = [];
  const lists: Inline[][] = [root];
  const push = (value: string) => {
    const list = lists[lists.length - 1] ?? root;
    const last = list[list.length - 1];
    if (!value) return;
    if (last?.kind === 'text') last.text += value;
    else list.push(text(value));
  };
  push(strings[0] ?? '');
  tags.forEach((tag, i) => {
    const lit = literal[i];
    const mark = table[tag];
    if (lit !== undefined) push(lit);
    else if (mark?.opener) {
      // An opener like ' "' keeps its space (or parenthesis) outside the quotation.
      if (tag.length > 1 && !forced.has(i)) push(tag.slice(0, 1));
      const level: QuoteLevel = mark.level ?? (mark.straight === (outerStraight ?? '"') ? 'outer' : 'inner');
      const node = quote([], level);
      (lists[lists.length - 1] ?? root).push(node);
      if (node.kind === 'quote') lists.push(node.children);
    } else lists.pop();
    push(strings[i + 1] ?? '');
  });
  // Drop the space added at the start (citeproc trims it from the first string).
  const first = root[0];
  if (first?.kind === 'text') {
    first.text = first.text.replace(/^ {1,2}/, '');
    if (!first.text) root.shift();
  }
  return root;
}
