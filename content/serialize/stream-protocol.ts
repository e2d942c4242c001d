// What the injected serializer and the background say to each other over a runtime port: the page's HTML in
// numbered chunks of bounded size, then an end message with what is known of the page.
import type { SerializedPage } from './serialize-document';

/** Every serializer port's name starts so; the rest is the one read's random id, which only the background knows. */
export const SERIALIZE_PORT_PREFIX = 'context-cards/serialize-page:';
/** The most characters one message carries (Chrome's postMessage grew costly past about 100,000: docs/extraction.md). */
export const CHUNK_CHARS = 32_768;
/** Where the injected script leaves its entry in the extension's isolated world of the page (Symbol.for). */
export const SERIALIZE_ENTRY_KEY = 'context-cards.serialize-page';

export type StreamMessage = { t: 'chunk'; i: number; piece: string } | { t: 'end'; chunks: number; page: SerializedPage };
