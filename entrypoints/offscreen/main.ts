/** Chrome's offscreen document: the one place a service-worker extension can write to the clipboard. */
import { browser } from 'wxt/browser';
import { copyWithCommand } from '../../background/copy-event';

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as { target?: unknown; text?: unknown; html?: unknown };
  if (m?.target !== 'offscreen-copy' || typeof m.text !== 'string') return undefined;
  return Promise.resolve({ ok: copyWithCommand(document, m.text, typeof m.html === 'string' ? m.html : undefined) });
});
