/**
 * CSL "title" text-case for English, behaving as citeproc-js does on plain-text titles:
 * words are capitalised unless they are stop words, the first word and a word after ":", "?"
 * or "!" always are, a word that already has capitals is left alone, and the last word is
 * capitalised even when it is a stop word. Markup inside titles (<i>, <sc>…) is not supported.
 */

// citeproc-js's English skip-word list (single words only: titles are split into words first).
const STOP_WORDS = new Set(
  (
    'about above across afore after against al along alongside amid amidst among amongst anenst apropos apud ' +
    'around as aside astride at athwart atop barring before behind below beneath beside besides between beyond ' +
    'but by circa despite down during et except for forenenst from given in inside into lest like modulo near ' +
    'next notwithstanding of off on onto out over per plus pro qua sans since than through throughout thruout ' +
    'till to toward towards under underneath until unto up upon versus vs v via vis-à-vis with within without ' +
    'or yet so and nor a an the de von van c ca'
  ).split(' '),
);

// Where a title splits into runs of words: quote marks, dashes, slashes and punctuation.
const TAG = /(\u2018|\u2019|\u201C|\u201D| "| '|"|'|[-\u2013\u2014/.,;?!:]|\[|\]|\(|\))/;
const SPACE = /([\u00A0\u0020\u2000-\u200B\u205F\u3000]+)/;

// For each opening quote: the opener that may nest directly inside it, and its closer.
const QUOTE_PAIRS: Record<string, { opener: string; closer: string }> = {
  ' "': { opener: " '", closer: '"' },
  " '": { opener: ' "', closer: "'" },
  '\u2018': { opener: '\u2018', closer: '\u2019' },
  '\u201C': { opener: '\u201C', closer: '\u201D' },
};

interface Split {
  strings: string[];
  tags: string[];
}

/** Split into strings and tags; an apostrophe glued to the following text is text, not a tag. */
function splitTags(title: string): Split {
  const parts = title.split(TAG);
  const strings: string[] = [parts[0] ?? ''];
  const tags: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const tag = parts[i] ?? '';
    const next = parts[i + 1] ?? '';
    if (tag === "'" && next.length > 0) {
      tags.push('');
      strings.push(tag + next);
    } else {
      tags.push(tag);
      strings.push(next);
    }
  }
  return { strings, tags };
}

function capitaliseFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  // A lone Greek letter stays as it is (a symbol in a scientific title).
  if (/^[\u0370-\u03FF]$/.test(word)) return word;
  return first.toUpperCase() + word.slice(first.length);
}

/** Apply CSL title case to an English title. */
export function titleCase(title: string): string {
  if (!title) return '';
  const { strings, tags } = splitTags(title);
  const original = strings.slice();
  let isFirst = true;
  let afterPunct = false;
  let lastWord: { run: number; word: number } | null = null;
  const quotes: { opener: string; closer: string; pos?: number }[] = [];

  const capitaliseRun = (run: number, followingTag: string | undefined) => {
    const str = strings[run] ?? '';
    if (!str.trim()) return;
    const words = str.split(SPACE);
    for (let j = 0; j < words.length; j += 2) {
      const word = words[j] ?? '';
      if (!word) continue;
      const lower = word.toLowerCase();
      const wanted =
        (word.length > 1 && !STOP_WORDS.has(lower)) ||
        (j === words.length - 1 && followingTag === '-') ||
        isFirst ||
        afterPunct;
      if (wanted && word === lower) words[j] = capitaliseFirst(word);
      isFirst = false;
      afterPunct = false;
      lastWord = { run, word: j };
    }
    strings[run] = words.join('');
  };

  // Undo the capital that a quote mark's neighbour got when the mark turns out to be unpaired.
  const restore = (tagIndex: number) => {
    const run = tagIndex + 1;
    strings[run] = (original[run] ?? '').slice(0, 1) + (strings[run] ?? '').slice(1);
  };

  const trackQuote = (tag: string, index: number): number | undefined => {
    const mark = /^(\u2018|\u2019|\u201C|\u201D|"|')/.exec(tag)?.[1] ?? /( "| ')$/.exec(tag)?.[1];
    if (!mark) return undefined;
    const pair = QUOTE_PAIRS[mark];
    const top = quotes[quotes.length - 1];
    if (pair) {
      if (!top || mark === top.opener) {
        quotes.push({ ...pair, pos: index });
        return undefined;
      }
      quotes.pop();
      quotes.push({ ...pair });
      return top.pos;
    }
    if (top && mark === top.closer) {
      quotes.pop();
      return undefined;
    }
    return index;
  };

  capitaliseRun(0, tags[0]);
  for (let i = 0; i < tags.length; i += 1) {
    const tag = tags[i] ?? '';
    const str = strings[i + 1] ?? '';
    if (/[!?:]$/.test(tag)) afterPunct = true;
    capitaliseRun(i + 1, tags[i + 1]);
    const unpaired = trackQuote(tag, i);
    if (unpaired !== undefined) {
      restore(unpaired);
      lastWord = null;
    }
    if (str.trim()) {
      isFirst = false;
      afterPunct = false;
    }
  }
  for (const open of quotes) if (open.pos !== undefined) restore(open.pos);

  const last = lastWord as { run: number; word: number } | null;
  if (last) {
    const words = (strings[last.run] ?? '').split(SPACE);
    const word = words[last.word] ?? '';
    if (word.length > 1 && STOP_WORDS.has(word.toLowerCase())) {
      words[last.word] = capitaliseFirst(word);
      strings[last.run] = words.join('');
    }
  }
  let out = strings[0] ?? '';
  tags.forEach((tag, i) => (out += tag + (strings[i + 1] ?? '')));
  return out;
}
