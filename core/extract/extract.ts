// The engine: a page read into PageData becomes an ExtractedArticle (or a refusal). Pure: no DOM, no
// network, no clock (the read day is given).
import type { MatchTerm } from '../match/types.ts';
import { articleText, leadOf } from './article-text.ts';
import { extractDates } from './dates.ts';
import { languageFromScript, languageFromWords, primaryLanguage } from './language.ts';
import { readMetadata } from './metadata.ts';
import { extractQuotations } from './quotations.ts';
import { refusePage } from './refusals.ts';
import { termMentions } from './terms.ts';
import type { ExtractedArticle, PageData, Refusal } from './types.ts';

export interface ExtractOptions {
  /** The day the page is read (YYYY-MM-DD): the reference for relative dates when the page has none. */
  readDay: string;
  /** The topic's terms, to find which the article mentions. */
  terms?: readonly MatchTerm[];
}

export function extractArticle(page: PageData, options: ExtractOptions): ExtractedArticle | Refusal {
  const body = articleText(page.article?.blocks ?? [], page.article?.title ?? null);
  const refusal = refusePage(page, body.text.length);
  if (refusal) return refusal;
  const lead = leadOf(body);
  const metadata = readMetadata(page, lead?.text ?? null);
  if (!metadata.title) return { ok: false, code: 'no-title', reason: 'the page has no title to cite it by' };
  if (!metadata.language) {
    const guess = languageFromScript(body.text) ?? languageFromWords(body.text);
    if (guess) metadata.language = { value: guess, from: 'readability' };
  }
  const lang = primaryLanguage(metadata.language?.value ?? null);
  const quotations = extractQuotations(body.text, body.starts, body.kinds, lang);
  // The text is mostly written for its first publication; an update rarely rewrites "Tuesday" or "last year".
  const reference = metadata.published?.value ?? metadata.updated?.value ?? options.readDay;
  const inside = (at: number) => quotations.some((q) => q.parts.some((p) => at >= p.start && at < p.end));
  const dates = extractDates(body.text, body.starts, lang, reference, inside);
  const missing: string[] = [];
  if (!metadata.title) missing.push('title');
  if (metadata.authors.value.length === 0) missing.push('author (no byline with a name)');
  if (!metadata.published) missing.push('publication date');
  if (!metadata.siteName) missing.push('site name');
  if (!metadata.canonicalUrl) missing.push('address (URL)');
  if (!metadata.language) missing.push('language');
  if (!dates) missing.push(`dates (not read in ${lang || 'an unknown language'})`);
  if (!metadata.description) missing.push('description');
  return {
    text: body.text,
    paragraphStarts: body.starts,
    blockKinds: body.kinds,
    metadata,
    quotations,
    dates: dates ?? [],
    datesRead: dates !== null,
    termMentions: termMentions(body.text, options.terms ?? []),
    missing,
  };
}
