// The words of a sentence that state a checkable fact on their own: numbers, dates and time words, proper
// names and quantifiers. A sentence may paraphrase freely, but each of these must come from its evidence.
// Names are found by capitals, so scripts without case (Chinese, Arabic) are checked for numbers only.

export type ClaimWordKind = 'number' | 'date' | 'name' | 'quantifier';

export interface ClaimWord {
  word: string;
  kind: ClaimWordKind;
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half'.split(' '),
);
/** Words that place a claim in time without a date: "now defends", "former detainees", "later updated". */
const TIME_WORDS = new Set('now former formerly later recently currently already ago once yesterday today tomorrow'.split(' '));
const QUANTIFIERS = new Set('most mostly all only every none never always majority entirely exclusively mainly largely predominantly'.split(' '));
/** Capitalised only because they open a sentence: never taken for names. */
const SENTENCE_OPENERS = new Set(
  'a an the in on at it its he she they we this that these those his her their there when while after before but and or as by for from with of to some many what who how if'.split(' '),
);

const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** A word folded for comparison: lower case, no possessive, no plural "s" ("Uyghurs" and "Uyghur's" are "uyghur"). */
export function foldWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '').replace(/['’]$/u, '');
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** Every word of a text, folded, for looking claim words up. */
export function foldedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    out.add(foldWord(m[0]));
    for (const n of m[0].matchAll(NUMBER)) out.add(n[0]);
    // "north-west" also supplies "north" and "west"; "anti-terrorist" supplies "terrorist".
    for (const part of m[0].split(/[-.]/)) if (part) out.add(foldWord(part));
  }
  return out;
}

const hasUpper = (s: string) => /\p{Lu}/u.test(s);
const isCapitalised = (s: string) => /^\p{Lu}/u.test(s);

/** Words the text writes in lower case: a sentence may open with one of them without naming anyone. */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) if (!/^\p{Lu}/u.test(m[0])) out.add(m[0]);
  return out;
}

/**
 * The claim words of one sentence, in order, each once. A capitalised first word is a name unless it is a
 * common opener or `common` (the source's lower-case words) holds it in lower case: "Other reports" is not a
 * name, "Beijing said" is.
 */
export function claimWords(sentence: string, common: ReadonlySet<string> = new Set()): ClaimWord[] {
  const found = new Map<string, ClaimWord>();
  let first = true;
  for (const m of sentence.matchAll(WORD)) {
    // In scripts written without spaces a "word" is a whole clause: only its numbers are checked.
    const digits = /\p{Nd}/u.test(m[0]) ? m[0].match(NUMBER)?.[0] : undefined;
    const word = digits !== undefined && !/^[\p{Script=Latin}\p{N}'’.,-]+$/u.test(m[0]) ? digits : m[0];
    const lower = word.toLowerCase();
    const opener = first;
    first = false;
    let kind: ClaimWordKind | undefined;
    if (/\p{N}/u.test(word) || NUMBER_WORDS.has(lower)) kind = /^\d{4}$/.test(word) ? 'date' : 'number';
    else if (TIME_WORDS.has(lower)) kind = 'date';
    else if (QUANTIFIERS.has(lower)) kind = 'quantifier';
    // An inner capital (XUAR, McDonald) marks a name anywhere; a first capital only after the opening word.
    else if (hasUpper(word.slice(1)) || (isCapitalised(word) && !(opener && (SENTENCE_OPENERS.has(lower) || common.has(lower))))) kind = 'name';
    if (kind && !found.has(foldWord(word))) found.set(foldWord(word), { word, kind });
  }
  return [...found.values()];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO day or month written out as well, so "31 October 2018" is supported by a field "2018-10-31". */
export function spellIsoDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (all, y: string, m: string, d?: string) => {
    const month = MONTHS[Number(m) - 1];
    return month ? `${all} ${d ? `${Number(d)} ` : ''}${month} ${y}` : all;
  });
}
