/**
 * Reads a tab as a source: refuses by name the pages the extension cannot read, serialises the page with a
 * script injected for this one read (the content script every page loads carries none of it), then parses
 * and extracts in an extension document: Chrome's offscreen document, Firefox's background page itself.
 */
import { browser } from 'wxt/browser';
import { summarizePack } from '../core/extract/summary';
import { explainInjectionFailure, refuseContentType, unreadablePage } from '../core/extract/unreadable-pages';
import { MAX_HTML_CHARS } from '../core/extract/refusals';
import type { ExtractTabResult } from '../utils/messages';
import { ensureOffscreen } from './offscreen';
import { extractMessage, readExtractAnswer, type ExtractAnswer, type ExtractRequest } from './offscreen-extract';
import { serializeTab } from './serialize-tab';

/** The reader's calendar day, YYYY-MM-DD: "today" for relative dates of a page read now. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const fail = (code: string, message: string): ExtractTabResult => ({ ok: false, code, message });
const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

export async function extractTab(tabId: number): Promise<ExtractTabResult> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return fail('no-tab', 'The tab is no longer open.');
  }
  const blocked = unreadablePage(url, { fileAccess: await fileAccess() });
  if (blocked) return fail(blocked.code, blocked.message);

  const page = await serializeTab(tabId);
  if (!page.ok && page.code === 'not-injected') {
    const why = explainInjectionFailure(url);
    return fail(why.code, why.message);
  }
  if (!page.ok && page.code === 'cannot-read') return fail('cannot-read', 'The page did not hand over its content (it may have navigated away meanwhile).');
  const byType = page.contentType === null ? null : refuseContentType(page.contentType);
  if (byType) return fail(byType.code, byType.message);
  if (!page.ok) return fail('too-large', `The page is too large to read (over ${MAX_HTML_CHARS / 1e6} million characters).`);

  const pageUrl = /^https?:/.test(page.url) ? page.url : null;
  const answer = await parseAndExtract({ html: page.html, url: pageUrl, readDay: localDay() });
  if (!answer.ok) return fail(answer.code, sentence(answer.reason));
  return { ok: true, pack: answer.pack, pageUrl: page.url, missing: answer.missing, summary: summarizePack(answer.pack) };
}

/** Chrome says whether the reader allowed local files; elsewhere the browser's refusal says it later. */
async function fileAccess(): Promise<boolean | undefined> {
  const chromeApi = (globalThis as { chrome?: { extension?: { isAllowedFileSchemeAccess?: () => Promise<boolean> } } }).chrome;
  if (typeof document !== 'undefined') return undefined;
  try {
    return await chromeApi?.extension?.isAllowedFileSchemeAccess?.();
  } catch {
    return undefined;
  }
}

/** Parses and extracts in an extension document; every answer goes through the same validation. */
async function parseAndExtract(request: ExtractRequest): Promise<ExtractAnswer> {
  try {
    // Firefox's background is a page with a DOMParser of its own; the Chrome build leaves the engine out of its worker.
    if (import.meta.env.FIREFOX) {
      const { extractInDocument } = await import('../extension-document/extract-in-document');
      return readExtractAnswer(await extractInDocument(request));
    }
    if (!(await ensureOffscreen(['DOM_PARSER']))) return { ok: false, code: 'failed', reason: 'the browser offers no document to read the page in' };
    return readExtractAnswer(await browser.runtime.sendMessage(extractMessage(request)));
  } catch (error) {
    return { ok: false, code: 'failed', reason: `reading the page failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}` };
  }
}
