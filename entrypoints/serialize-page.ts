/** Injected on demand by background/serialize-tab.ts into the tab a reader asks to read (never registered as
 * a content script): it leaves an entry in the extension's isolated world, which the background then calls
 * with the name of the port the page's HTML goes down (content/serialize/stream-to-port.ts). */
import { defineUnlistedScript } from '#imports';
import { streamDocument } from '../content/serialize/stream-to-port';
import { SERIALIZE_ENTRY_KEY } from '../content/serialize/stream-protocol';
import { MAX_HTML_CHARS } from '../core/extract/refusals';

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[Symbol.for(SERIALIZE_ENTRY_KEY)] = (name: unknown) => streamDocument(document, name, { maxChars: MAX_HTML_CHARS });
});
