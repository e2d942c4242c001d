/** Injected on demand by background/extract-tab.ts into the tab a reader asks to read (never registered as a
 * content script): its result, the page's HTML or a size refusal, is what executeScript returns. */
import { defineUnlistedScript } from '#imports';
import { serializeDocument } from '../content/serialize/serialize-document';
import { MAX_HTML_CHARS } from '../core/extract/refusals';

export default defineUnlistedScript(() => serializeDocument(document, { maxChars: MAX_HTML_CHARS }));
