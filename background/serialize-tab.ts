// Serialises a tab for extraction: injects serialize-page.js (its entry only), starts it with the name of a
// port made for this one read, and receives the HTML down that port. Web pages cannot open a port to the
// extension at all (the manifest declares no externally_connectable), so only extension code in the page can
// connect; of that, only the top frame of the tab being read, with the read's random name, is accepted.
import { browser } from 'wxt/browser';
import { CHUNK_CHARS, SERIALIZE_ENTRY_KEY, SERIALIZE_PORT_PREFIX } from '../content/serialize/stream-protocol';
import { MAX_HTML_CHARS } from '../core/extract/refusals';
import type { ReceivedPage } from './page-chunks';
import { createPageReceiver, type PageReceiver, type SerializerPort } from './page-receiver';

/** The injected script (entrypoints/serialize-page.ts), built as an unlisted script. */
export const SERIALIZE_SCRIPT = '/serialize-page.js';

export const READ_LIMITS = {
  limits: { maxChars: MAX_HTML_CHARS, maxChunks: 20_000, maxChunkChars: CHUNK_CHARS },
  connectMs: 30_000,
  idleMs: 15_000,
  totalMs: 120_000,
};

const receivers = new Map<string, PageReceiver>();
let listening = false;

/** Routes a port to the read that named it; a port with our prefix and no read waiting is closed. */
export function routeSerializerPort(port: SerializerPort): void {
  if (!port.name.startsWith(SERIALIZE_PORT_PREFIX)) return;
  const receiver = receivers.get(port.name);
  if (receiver) receiver.take(port);
  else port.disconnect();
}

export type TabHtml = ReceivedPage | { ok: false; code: 'not-injected' };

/** In the page: calls the entry the injected file left (this function is sent as its source, on its own). */
function startSerializer(key: string, name: string): boolean {
  const start = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof start === 'function' && start(name) === true;
}

export async function serializeTab(tabId: number): Promise<TabHtml> {
  if (!listening) {
    browser.runtime.onConnect.addListener((port) => routeSerializerPort(port as unknown as SerializerPort));
    listening = true;
  }
  const name = `${SERIALIZE_PORT_PREFIX}${crypto.randomUUID()}`;
  const receiver = createPageReceiver({ tabId, runtimeId: browser.runtime.id, ...READ_LIMITS });
  receivers.set(name, receiver);
  void receiver.result.finally(() => receivers.delete(name));
  try {
    const target = { tabId, frameIds: [0] };
    await browser.scripting.executeScript({ target, files: [SERIALIZE_SCRIPT] });
    const [started] = await browser.scripting.executeScript({ target, func: startSerializer, args: [SERIALIZE_ENTRY_KEY, name] });
    if (started?.result !== true) {
      receiver.cancel('the page did not start the serializer');
      return await receiver.result;
    }
  } catch {
    receiver.cancel('the browser would not let the extension into the page');
    return { ok: false, code: 'not-injected' };
  }
  return receiver.result;
}
