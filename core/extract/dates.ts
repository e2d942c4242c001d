// Date expressions in the article, resolved with chrono-node against the day the article was written (its
// update day when it has one, else its publication day, else the day it was read), as a careful editor
// would: "last month" is a month, "next week" a week (named by its Monday), "Thursday" the nearest one.
import * as chrono from 'chrono-node';
import { weekdayOffset } from './weekday-tense.ts';
import { sentenceAround, sentenceStarts } from './sentences.ts';
import type { ExtractedDate } from './types.ts';

type ChronoParser = { parse: (text: string, ref: { instant: Date; timezone: number }) => chrono.ParsedResult[] };

const PARSERS: Record<string, ChronoParser> = {
  en: chrono.en, de: chrono.de, fr: chrono.fr, ja: chrono.ja, nl: chrono.nl, ru: chrono.ru, uk: chrono.uk, pt: chrono.pt,
  zh: chrono.zh, es: chrono.es, it: chrono.it, sv: chrono.sv,
};

/** Languages whose dates the engine reads (chrono-node's locales). */
export const DATE_LANGUAGES = Object.keys(PARSERS);

const WEEK = /\b(week|semaine|woche|semana|settimana|vecka|недел|тиждень)|周|週/iu;
// "two months after" is a span of time, not a date; "two months ago" is a date.
const DURATION = /\b(after|before|later|earlier|afterwards|since|apart|long|nach|après|avant|después|antes|dopo|prima)\s*$/iu;
const pad = (n: number) => String(n).padStart(2, '0');

function mondayOf(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/**
 * Every date expression of `text`, with its value, precision and confidence, and the sentence (event) it
 * dates. `paragraphStarts` maps each to its paragraph. Returns null when the language has no date reader.
 */
export function extractDates(
  text: string,
  paragraphStarts: readonly number[],
  lang: string,
  referenceDay: string,
  insideQuotation: (offset: number) => boolean = () => false,
): ExtractedDate[] | null {
  const parser = PARSERS[lang];
  if (!parser) return null;
  const [ry, rm, rd] = referenceDay.split('-').map(Number) as [number, number, number];
  // Noon UTC: a day-level reference that no time zone moves to another day.
  const instant = new Date(Date.UTC(ry, rm - 1, rd, 12));
  const out: ExtractedDate[] = [];
  for (let p = 0; p < paragraphStarts.length; p++) {
    const from = paragraphStarts[p]!;
    const to = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1]! - 1 : text.length;
    const para = text.slice(from, to);
    // chrono is linear in practice, but a pathological paragraph is not worth the risk: long ones are cut.
    const results = parser.parse(para.slice(0, 5000), { instant, timezone: 0 });
    const sentences = sentenceStarts(para);
    const taken: Array<[number, number]> = results.map((r) => [r.index, r.index + r.text.length]);
    for (const y of yearsAlone(para, taken)) {
      const sentence = sentenceAround(sentences, para.length, y.index);
      out.push({
        text: y.text,
        span: { start: from + y.index, end: from + y.index + y.text.length },
        paragraph: p,
        value: y.text.slice(-4),
        precision: 'year',
        confidence: 'stated',
        event: { start: from + sentence.start, end: from + sentence.start + para.slice(sentence.start, sentence.end).trimEnd().length },
      });
    }
    for (const r of results) {
      const around = sentenceAround(sentences, para.length, r.index);
      const date = toDate(r, para, instant, para.slice(around.start, around.end), around.start, lang);
      if (!date) continue;
      // A speaker's "today" or "last year" dates the time they spoke, which the article may not give.
      if (date.confidence !== 'stated' && date.confidence !== 'high' && insideQuotation(from + r.index)) continue;
      let index = r.index;
      let trimmed = r.text.replace(/[\s,.;:]+$/u, '');
      // "earlier this week": the qualifier belongs to the expression.
      const qualifier = /(?:^|\s)(earlier|later|early|late|mid|end of|beginning of)\s+$/iu.exec(para.slice(Math.max(0, index - 20), index));
      if (qualifier && /week|month|year/i.test(trimmed)) {
        index -= qualifier[0].trimStart().length;
        trimmed = para.slice(index, r.index) + trimmed;
      }
      const sentence = sentenceAround(sentences, para.length, r.index);
      out.push({
        text: trimmed,
        span: { start: from + index, end: from + index + trimmed.length },
        paragraph: p,
        ...date,
        event: { start: from + sentence.start, end: from + sentence.start + para.slice(sentence.start, sentence.end).trimEnd().length },
      });
    }
  }
  return out;
}

// A year written alone after a preposition ("in 2017", "since 1980", "seit 2012", "en 1998", "到2020年").
const YEAR_ALONE =
  /(?<![\p{L}\p{N}$€£¥.,-])((?:in|since|by|until|till|from|before|after|during|of|to|in the year|im|seit|bis|vor|nach|en|depuis|dès|avant|après|desde|hasta|em|até|nel|dal|fino al|dopo|sedan|sinds|tot|с|в|до|после)\s+)?((?:19|20)\d{2})(?![\p{L}\p{N}%]|[.,]\d|\s?(?:%|percent|per cent))/giu;

/** Years alone that chrono leaves out, outside the spans it read; a bare number needs a preposition before it. */
export function yearsAlone(para: string, taken: ReadonlyArray<[number, number]>): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  for (const m of para.matchAll(YEAR_ALONE)) {
    const end = m.index + m[0].length;
    if (taken.some(([a, b]) => m.index < b && end > a)) continue;
    if (!m[1] && !/^\s*(?:[.,;:)!?]|$)/u.test(para.slice(end, end + 2))) continue;
    out.push({ index: m.index, text: m[0] });
  }
  return out;
}

/** The weekday the sentence means, before or after the reference day (weekday-tense.ts). */
function nearestWeekday(weekday: number, ref: Date, before: string, after: string, lang: string): Date {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  const d = new Date(ref);
  d.setUTCDate(d.getUTCDate() + weekdayOffset(back, before, after, lang));
  return d;
}

function toDate(r: chrono.ParsedResult, para: string, ref: Date, sentence: string, sentenceStart: number, lang: string): Pick<ExtractedDate, 'value' | 'precision' | 'confidence'> | null {
  const s = r.start;
  const after = para.slice(r.index + r.text.length, r.index + r.text.length + 12);
  const relative = r.tags().has('result/relativeDate') || /casualReference/.test([...r.tags()].join(' '));
  if (relative && DURATION.test(r.text)) return null;
  if (relative && /^\s*(after|before|later|earlier)\b/i.test(after) && !/\bago\b/i.test(r.text)) return null;
  // Times of day alone ("at 5pm") are not dates.
  if (!s.isCertain('day') && !s.isCertain('month') && !s.isCertain('weekday') && !s.isCertain('year') && !WEEK.test(r.text) && !relative) return null;
  const y = s.get('year') ?? 0;
  const m = s.get('month') ?? 1;
  const d = s.get('day') ?? 1;
  if (y < 1000 || y > 2200) return null;
  const explicitYear = s.isCertain('year') && !relative;
  // chrono starts "this week" on Sunday; weeks here are ISO weeks, named by their Monday.
  if (WEEK.test(r.text)) {
    const sunday = !s.isCertain('day') && new Date(Date.UTC(y, m - 1, d)).getUTCDay() === 0;
    return { value: mondayOf(y, m, d + (sunday ? 1 : 0)), precision: 'week', confidence: 'medium' };
  }
  // A weekday alone ("10:30 p.m. Tuesday"), with no "next"/"last": the nearest such day, whatever chrono chose.
  if (s.isCertain('weekday') && !s.isCertain('day') && !relative && !/\b(next|last|this|coming|past|previous|following)\b/i.test(r.text)) {
    const w = nearestWeekday(s.get('weekday') ?? 0, ref, sentence.slice(0, Math.max(0, r.index - sentenceStart)), sentence.slice(Math.max(0, r.index - sentenceStart) + r.text.length), lang);
    return { value: w.toISOString().slice(0, 10), precision: 'day', confidence: 'medium' };
  }
  if (s.isCertain('day') || s.isCertain('weekday')) {
    const confidence = explicitYear && s.isCertain('day') ? 'stated' : relative || !s.isCertain('day') ? 'medium' : 'high';
    return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', confidence };
  }
  if (s.isCertain('month')) return { value: `${y}-${pad(m)}`, precision: 'month', confidence: explicitYear ? 'stated' : relative ? 'medium' : 'high' };
  if (s.isCertain('year')) return { value: String(y), precision: 'year', confidence: relative ? 'medium' : 'stated' };
  return null;
}
