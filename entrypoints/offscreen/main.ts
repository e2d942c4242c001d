/** Chrome's offscreen document: the one place a service-worker extension can write to the clipboard. */
import { browser } from 'wxt/browser';
import { copyWithCommand } from '../../background/copy-event';
import { readOffscreenCopy } from '../../background/offscreen-request';

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const request = readOffscreenCopy(message, sender, browser.runtime.id);
  if (!request) return undefined;
  return Promise.resolve({ ok: copyWithCommand(document, request.text, request.html) });
});
