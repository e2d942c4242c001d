// Extraction where a DOM parser is at hand and the page is not: Chrome's offscreen document, Firefox's
// background page. The topic and its terms come from the shipped curated pack, as in the CLI.
import type { ExtractAnswer, ExtractRequest } from '../background/offscreen-extract';
import { getPacks } from '../background/packs';
import { extractFromHtml, parseWithDomParser } from './extract-page';

export async function extractInDocument(request: ExtractRequest): Promise<ExtractAnswer> {
  const packs = await getPacks();
  const curated = packs[0];
  if (!curated) return { ok: false, code: 'failed', reason: 'no topic pack to read the page against' };
  const outcome = extractFromHtml(request.html, parseWithDomParser, { url: request.url, readDay: request.readDay, topic: curated.topic, terms: curated.terms });
  return outcome.ok ? { ok: true, pack: outcome.pack, missing: outcome.missing } : { ok: false, code: outcome.code, reason: outcome.reason };
}
