/** Where a draft's quotation or date came from in the article: a readable snippet and the span to show in the tab. */
import type { PackEvent, Quote } from '../../core/pack/schema';

/** A span of the extracted article text (UTF-16 offsets, end exclusive), as "Show in page" sends it. */
export interface TextSpan {
  start: number;
  end: number;
  /** The passage's words, which "Show in page" looks for in the open page (its live text is not the
   * extracted text, so the offsets alone cannot find it). */
  text: string;
}

/** The passage around a quotation, read back from its text directive: words before, the quotation's edges, words after. */
export interface PassageSnippet {
  before?: string;
  start: string;
  end?: string;
  after?: string;
}

function decode(term: string): string | null {
  try {
    return decodeURIComponent(term);
  } catch {
    return null;
  }
}

/** Reads `text=[prefix-,]start[,end][,-suffix]` back into words; null when it is not one. */
export function passageSnippet(passage: string | undefined): PassageSnippet | null {
  if (!passage?.startsWith('text=')) return null;
  const parts = passage.slice(5).split(',');
  const before = parts[0]?.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
  const after = parts.length > 1 && parts[parts.length - 1]!.startsWith('-') ? parts.pop()!.slice(1) : undefined;
  const [start, end] = parts;
  if (!start || parts.length > 2) return null;
  const words = [before, start, end, after].map((x) => (x === undefined ? undefined : decode(x)));
  if (words.some((w, i) => w === null && [before, start, end, after][i] !== undefined)) return null;
  return { ...(words[0] ? { before: words[0] } : {}), start: words[1]!, ...(words[2] ? { end: words[2] } : {}), ...(words[3] ? { after: words[3] } : {}) };
}

/** The quotation's span in the article, when the extraction recorded its offset. */
export function quoteSpan(quote: Quote): TextSpan | null {
  const start = quote.evidence.offset;
  return start === undefined ? null : { start, end: start + quote.text.length, text: quote.text };
}

/** The date's expression in the article, else the sentence the event was read from. */
export function eventSpan(event: PackEvent): TextSpan | null {
  const ev = event.date.evidence;
  const sentence = event.title.map((s) => s.text).join(' ');
  if (ev.where === 'article' && ev.offset !== undefined) return { start: ev.offset, end: ev.offset + ev.expression.length, text: sentence || ev.expression };
  const body = event.title[0]?.evidence.find((e) => e.kind === 'body');
  return body && body.kind === 'body' ? { start: body.start, end: body.end, text: sentence } : null;
}
