/** The background's side of "copy through the extension". */
import { browser } from 'wxt/browser';
import { copyWithCommand } from './copy-event';

const OFFSCREEN_URL = '/offscreen.html';

/** Writes text (and HTML) to the clipboard from the background context. */
export async function copyFromBackground(text: string, html?: string): Promise<boolean> {
  // Firefox runs the background as a page with a document; Chrome needs an offscreen document.
  if (typeof document !== 'undefined' && document.body) return copyWithCommand(document, text, html);
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: { createDocument(o: object): Promise<void>; hasDocument?(): Promise<boolean> } } }).chrome?.offscreen;
  if (!offscreen) return false;
  try {
    if (!(await offscreen.hasDocument?.())) {
      await offscreen.createDocument({ url: OFFSCREEN_URL, reasons: ['CLIPBOARD'], justification: 'Copy a citation the reader asked for.' });
    }
  } catch {
    // Another request created it meanwhile.
  }
  const answer = (await browser.runtime.sendMessage({ target: 'offscreen-copy', text, html })) as { ok?: boolean } | undefined;
  return !!answer?.ok;
}
