/**
 * Scores one page's extraction against its hand-made gold (rules in docs/extraction-gold.md).
 * Pure: no file system, no DOM; the runner (run.ts) feeds it and prints the totals.
 */

import type { ExtractedSummary } from '../../core/extract/summary';

export type { ExtractedSummary };

export interface GoldAuthor {
  given?: string;
  family?: string;
  literal?: string;
}

export interface GoldPage {
  slug: string;
  url: string | null;
  title: string;
  authors: GoldAuthor[];
  published: string | null;
  siteName: string | null;
  language: string;
  /** Absent on a metadata-only page: then no quotation, scare quote or date count is scored, none counted wrong. */
  quotations?: Array<{ text: string; speaker: string | null; isSpeech: boolean }>;
  scareQuotes?: string[];
  dates?: Array<{ text: string; value: string }>;
  notes?: string;
}

/** Counts for one page; totals are sums of these. Each `…Of` is the denominator of the count before it. */
export interface PageScore {
  title: number;
  authors: number;
  published: number;
  siteName: number;
  quotesFound: number;
  quotesOf: number;
  speakersRight: number;
  speakersGiven: number;
  scareAsSpeech: number;
  scareOf: number;
  /** Extracted quotations that stand for nothing in the gold: no speech, no neutral piece, no scare quote. */
  quotesUnknown: number;
  quotesExtracted: number;
  datesRight: number;
  datesOf: number;
}

const QUOTE_MARKS = /[“”„‟«»「」『』"〝〞＂]/g;
const APOSTROPHES = /[‘’‚‛‹›`´＇]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const EDGE = /^[\s,.;:，。；：、…]+|[\s,.;:，。；：、…]+$/g;

/** Text for verbatim comparison: marks, apostrophes, spaces and edge punctuation don't count; words and their order do. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(QUOTE_MARKS, '"')
    .replace(APOSTROPHES, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(EDGE, '');
}

/** A name for comparison: no accents, no case, no punctuation, words split. */
function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0);
}

/** A CJK name without its spaces and name-part dots (戴夫·汉森 = 戴夫汉森; pages often garble the dot into "?"). */
const joined = (name: string): string => name.replace(/[\s·・•‧?？]/g, '');

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A speaker is right when the family name of the gold's speaker (its last word) and one of its given names are
 * among the words of the extracted one; titles, roles and middle initials around them don't matter. A one-word
 * gold name needs that word; CJK names must appear whole, up to the dots between their parts.
 */
export function sameSpeaker(gold: string, extracted: string): boolean {
  if (HAN_OR_KANA.test(gold)) return joined(extracted).includes(joined(gold));
  const want = nameTokens(gold);
  const have = new Set(nameTokens(extracted));
  const family = want[want.length - 1];
  if (family === undefined || !have.has(family)) return false;
  const given = want.slice(0, -1);
  const full = given.filter((token) => token.length > 1);
  return given.length === 0 || (full.length > 0 ? full : given).some((token) => have.has(token));
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return nameTokens(a ?? '').join(' ') === nameTokens(b ?? '').join(' ');
}

/** Authors are exact when they are the same people and organisations, split the same way, in the same order. */
export function sameAuthors(gold: GoldAuthor[], extracted: ExtractedSummary['authors']): boolean {
  if (gold.length !== extracted.length) return false;
  return gold.every((author, i) => {
    const other = extracted[i];
    if (other === undefined) return false;
    if (author.literal !== undefined) return other.family === undefined && sameName(author.literal, other.literal);
    return other.literal === undefined && sameName(author.given, other.given) && sameName(author.family, other.family);
  });
}

/** Titles compare verbatim up to spaces and the shape of quotation marks and dashes. */
export function sameTitle(gold: string, extracted: string | null): boolean {
  return extracted !== null && normalizeText(gold) === normalizeText(extracted);
}

/** Site names compare without case and a leading article ("The Washington Post" = "Washington Post"). */
export function sameSiteName(gold: string | null, extracted: string | null): boolean {
  if (gold === null || extracted === null) return gold === extracted;
  const bare = (name: string) => nameTokens(name).filter((token, i) => i > 0 || token !== 'the').join(' ');
  return bare(gold) === bare(extracted);
}

/**
 * Which gold quotations an extracted quotation stands for. It stands for the gold quotations it contains when
 * nothing but joining punctuation is left once they are taken out: a split quotation ("…," he said, "…") may be
 * given whole or in its parts; a quotation that swallows narration matches nothing.
 */
export function quotationCovers(extracted: string, golds: string[]): number[] {
  let rest = normalizeText(extracted);
  if (rest.length === 0) return [];
  const covered: number[] = [];
  const order = golds.map((text, index) => ({ text: normalizeText(text), index })).sort((a, b) => b.text.length - a.text.length);
  for (const { text, index } of order) {
    if (text.length === 0) continue;
    const at = rest.indexOf(text);
    if (at < 0) continue;
    rest = `${rest.slice(0, at)}${JOINT}${rest.slice(at + text.length)}`;
    covered.push(index);
  }
  const leftover = rest.split(JOINT).join('').replace(/[\s,.;:!?"'…-]|\[\.\.\.\]/g, '');
  return leftover.length === 0 ? covered.sort((a, b) => a - b) : [];
}

/** Marks where a gold quotation was taken out, so that two pieces of narration can't join into a third match. */
const JOINT = '\u2063';

function sameDateText(gold: string, extracted: string): boolean {
  const g = normalizeText(gold).toLowerCase();
  const e = normalizeText(extracted).toLowerCase();
  return g.length > 0 && e.length > 0 && (g.includes(e) || e.includes(g));
}

/** Scores one page. A quotation whose gold has no speaker counts as a wrong speaker if the engine names one. */
export function scorePage(gold: GoldPage, got: ExtractedSummary): PageScore {
  const quotations = gold.quotations ?? [];
  const scareQuotes = gold.scareQuotes ?? [];
  const dates = gold.dates ?? [];
  const speech = quotations.filter((q) => q.isSpeech);
  const found = new Set<number>();
  let speakersRight = 0;
  let speakersGiven = 0;
  for (const quotation of got.quotations) {
    const covered = quotationCovers(quotation.text, speech.map((q) => q.text));
    covered.forEach((i) => found.add(i));
    if (covered.length === 0 || quotation.speaker === null) continue;
    for (const i of covered) {
      speakersGiven += 1;
      const wanted = speech[i]?.speaker ?? null;
      if (wanted !== null && sameSpeaker(wanted, quotation.speaker)) speakersRight += 1;
    }
  }
  const neutral = quotations.filter((q) => !q.isSpeech).map((q) => q.text);
  const known = (text: string) =>
    quotationCovers(text, speech.map((q) => q.text)).length > 0 ||
    quotationCovers(text, neutral).length > 0 ||
    scareQuotes.some((scare) => normalizeText(scare) === normalizeText(text));
  // Without annotated quotations nothing extracted can be called unknown: the page is not scored on them.
  const scoredQuotations = gold.quotations === undefined ? [] : got.quotations;
  const quotesUnknown = scoredQuotations.filter((q) => !known(q.text)).length;
  const scareAsSpeech = scareQuotes.filter((scare) =>
    got.quotations.some((q) => normalizeText(q.text) === normalizeText(scare)),
  ).length;
  const datesRight = dates.filter((date) =>
    got.dates.some((d) => d.value === date.value && sameDateText(date.text, d.text)),
  ).length;
  return {
    title: sameTitle(gold.title, got.title) ? 1 : 0,
    authors: sameAuthors(gold.authors, got.authors) ? 1 : 0,
    published: gold.published === got.published ? 1 : 0,
    siteName: sameSiteName(gold.siteName, got.siteName) ? 1 : 0,
    quotesFound: found.size,
    quotesOf: speech.length,
    speakersRight,
    speakersGiven,
    scareAsSpeech,
    scareOf: scareQuotes.length,
    quotesUnknown,
    quotesExtracted: scoredQuotations.length,
    datesRight,
    datesOf: dates.length,
  };
}

/** A page the engine refused: its gold still counts, and nothing is right, not even an empty author list. */
export function refusedScore(gold: GoldPage): PageScore {
  const empty: ExtractedSummary = { title: null, authors: [], published: null, updated: null, siteName: null, language: null, quotations: [], dates: [] };
  return { ...scorePage(gold, empty), title: 0, authors: 0, published: 0, siteName: 0 };
}

export function addScores(a: PageScore, b: PageScore): PageScore {
  const sum = { ...a };
  for (const key of Object.keys(sum) as Array<keyof PageScore>) sum[key] = a[key] + b[key];
  return sum;
}

export const EMPTY_SCORE: PageScore = {
  title: 0, authors: 0, published: 0, siteName: 0, quotesFound: 0, quotesOf: 0, speakersRight: 0,
  speakersGiven: 0, scareAsSpeech: 0, scareOf: 0, quotesUnknown: 0, quotesExtracted: 0, datesRight: 0, datesOf: 0,
};
