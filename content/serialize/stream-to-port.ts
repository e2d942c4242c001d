// The page's side of a read: serialises the document and sends each slice down a port as it is written, one
// chunk per task, so no task of ours holds the page's thread for long and no multi-megabyte result is ever
// handed back through scripting.executeScript (converting it held the page for 100 ms and more).
import { postTask, serializeDocument } from './serialize-document';
import { CHUNK_CHARS, SERIALIZE_PORT_PREFIX, type StreamMessage } from './stream-protocol';

interface PortLike {
  postMessage(message: StreamMessage): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

export interface StreamOptions {
  maxChars: number;
  connect?: (name: string) => PortLike;
  yieldToPage?: () => Promise<void>;
}

/** The runtime API without the polyfill (it would make this script four times its size): Firefox's `browser`, Chrome's `chrome`. */
function connectToExtension(name: string): PortLike {
  const api = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = api.browser?.runtime ?? api.chrome?.runtime;
  if (!runtime) throw new Error('no extension runtime here');
  return runtime.connect({ name });
}

interface Runtime {
  connect(info: { name: string }): PortLike;
}

/** Starts the read for the port `name` (from the background) and returns at once; false for a name not ours. */
export function streamDocument(doc: Document, name: unknown, options: StreamOptions): boolean {
  if (typeof name !== 'string' || !name.startsWith(SERIALIZE_PORT_PREFIX)) return false;
  const connect = options.connect ?? connectToExtension;
  const yieldToPage = options.yieldToPage ?? postTask;
  const port = connect(name);
  let closed = false;
  port.onDisconnect.addListener(() => void (closed = true));
  let sent = 0;
  const emit = (html: string) => {
    // The background hung up (a cap, a timeout, the reader gave up): stop writing.
    if (closed) throw new Error('the port closed');
    port.postMessage({ t: 'chunk', i: sent++, piece: html });
  };
  serializeDocument(doc, { maxChars: options.maxChars, emitChars: CHUNK_CHARS, emit, yieldToPage }).then(
    (page) => {
      if (!closed) port.postMessage({ t: 'end', chunks: sent, page });
    },
    () => {
      if (!closed) port.disconnect();
    },
  );
  return true;
}
