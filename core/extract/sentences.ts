// Sentence boundaries in a paragraph, for attributing quotations and naming the event a date belongs to.
// A full stop after a common abbreviation or an initial does not end a sentence; one inside quotation
// marks does not end the sentence around the quotation.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'rev', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'mt', 'ft', 'pres', 'hon', 'nr', 'bzw', 'vgl', 'mme', 'mlle',
]);

/** Start offsets of the sentences of `text`; `inside(i)` tells whether offset i is inside a quotation. */
export function sentenceStarts(text: string, inside: (i: number) => boolean = () => false): number[] {
  const starts = [0];
  const re = /[.!?…]+["”’»“」』)]*\s+(?=["“‘«„(\p{Lu}\p{N}「『])|[。！？]+[”」』]*/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end >= text.length || inside(m.index)) continue;
    if (m[0].startsWith('.')) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    starts.push(end);
  }
  return starts;
}

/** The sentence [start, end) around offset `at`, given the starts. */
export function sentenceAround(starts: readonly number[], length: number, at: number): { start: number; end: number } {
  let start = 0;
  let end = length;
  for (const s of starts) {
    if (s <= at) start = s;
    else {
      end = s;
      break;
    }
  }
  return { start, end };
}
