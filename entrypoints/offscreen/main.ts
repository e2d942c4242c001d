/** Chrome's offscreen document: the one place a service-worker extension can write to the clipboard, and
 * where it parses the pages a reader asks to read (DOMParser; the worker has none). */
import { browser } from 'wxt/browser';
import { copyWithCommand } from '../../background/copy-event';
import { readOffscreenExtract } from '../../background/offscreen-extract';
import { readOffscreenCopy } from '../../background/offscreen-request';
import { exposeExtractForBench } from '../../extension-document/bench-extract';
import { extractInDocument } from '../../extension-document/extract-in-document';

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const copy = readOffscreenCopy(message, sender, browser.runtime.id);
  if (copy) return Promise.resolve({ ok: copyWithCommand(document, copy.text, copy.html) });
  const extract = readOffscreenExtract(message, sender, browser.runtime.id);
  if (extract) return extractInDocument(extract);
  return undefined;
});

exposeExtractForBench();
