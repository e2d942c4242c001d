// From a page's HTML to a context pack, with the parser the place provides: DOMParser in the offscreen
// document or the background page, jsdom in Node. Never throws: every failure is a refusal in one line.
import type { ExtractedArticle, Refusal } from '../core/extract/types.ts';
import { extractArticle } from '../core/extract/extract.ts';
import { refuseRaw } from '../core/extract/refusals.ts';
import { toPack } from '../core/extract/to-pack.ts';
import type { MatchTerm } from '../core/match/types.ts';
import type { ContextPack } from '../core/pack/schema.ts';
import { readPage } from './read-page.ts';

export interface ExtractPageOptions {
  url: string | null;
  readDay: string;
  topic: { id: string; label: string };
  terms: readonly MatchTerm[];
}

export type ExtractPageOutcome = { ok: true; pack: ContextPack; missing: string[]; article: ExtractedArticle } | Refusal;

/** `parse` turns HTML into a document in which no script runs and nothing loads. */
export function extractFromHtml(html: string, parse: (html: string) => Document, options: ExtractPageOptions): ExtractPageOutcome {
  try {
    const early = refuseRaw(html);
    if (early) return early;
    const doc = parse(html);
    const page = readPage(doc, options.url, html.length);
    const article = extractArticle(page, { readDay: options.readDay, terms: options.terms });
    if ('ok' in article) return article;
    const packed = toPack(article, { readDay: options.readDay, topic: options.topic });
    if (!packed.ok) return packed;
    return { ok: true, pack: packed.pack, missing: article.missing, article };
  } catch (error) {
    return { ok: false, code: 'failed', reason: `extraction failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}` };
  }
}

/** The browser's parser: DOMParser makes an inert document (scripts do not run, nothing is fetched). */
export function parseWithDomParser(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
