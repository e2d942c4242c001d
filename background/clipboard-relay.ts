/** The background's side of "copy through the extension". */
import { browser } from 'wxt/browser';
import { copyWithCommand } from './copy-event';
import { ensureOffscreen } from './offscreen';
import { OFFSCREEN_COPY } from './offscreen-request';

/** Writes text (and HTML) to the clipboard from the background context. */
export async function copyFromBackground(text: string, html?: string): Promise<boolean> {
  // Firefox runs the background as a page with a document; Chrome needs an offscreen document.
  if (typeof document !== 'undefined' && document.body) return copyWithCommand(document, text, html);
  if (!(await ensureOffscreen(['CLIPBOARD']))) return false;
  const answer = (await browser.runtime.sendMessage(html === undefined ? { target: OFFSCREEN_COPY, text } : { target: OFFSCREEN_COPY, text, html })) as { ok?: boolean } | undefined;
  return !!answer?.ok;
}
