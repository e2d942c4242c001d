// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createChunkAssembler } from '../../background/page-chunks';
import { CHUNK_CHARS, SERIALIZE_PORT_PREFIX, type StreamMessage } from './stream-protocol';
import { streamDocument } from './stream-to-port';

const NAME = `${SERIALIZE_PORT_PREFIX}0b6c`;

function fakePort() {
  const sent: StreamMessage[] = [];
  const hangUps: Array<() => void> = [];
  const port = {
    names: [] as string[],
    sent,
    disconnected: 0,
    postMessage: (m: StreamMessage) => void sent.push(m),
    disconnect: () => void port.disconnected++,
    onDisconnect: { addListener: (l: () => void) => void hangUps.push(l) },
    hangUp: () => hangUps.forEach((l) => l()),
  };
  return port;
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 4000 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
};

// jsdom is slow on a loaded machine: these pages take seconds to build and write.
describe('streamDocument', { timeout: 30_000 }, () => {
  it('sends the page in bounded chunks, one task per chunk, that the background joins into outerHTML', async () => {
    // One attribute larger than three chunks: a single piece the serializer cannot cut.
    const big = 'v'.repeat(CHUNK_CHARS * 3 + 5);
    const doc = new JSDOM(`<!DOCTYPE html><html><body data-big="${big}">${'<p>text é 字 &amp; more</p>'.repeat(600)}</body></html>`).window.document;
    const port = fakePort();
    let tasks = 0;
    const yieldToPage = async () => void tasks++;
    expect(streamDocument(doc, NAME, { maxChars: 1e7, connect: (name) => (port.names.push(name), port), yieldToPage })).toBe(true);
    await until(() => port.sent.at(-1)?.t === 'end');
    expect(port.names).toEqual([NAME]);
    const chunks = port.sent.filter((m) => m.t === 'chunk');
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.every((m) => m.piece.length <= CHUNK_CHARS && m.piece.length > 0)).toBe(true);
    expect(tasks).toBeGreaterThanOrEqual(chunks.length - 1);
    const assembler = createChunkAssembler();
    const steps = port.sent.map((m) => assembler.accept(m));
    // eslint-disable-next-line no-restricted-syntax
    expect(steps.at(-1)).toMatchObject({ done: true, page: { ok: true, html: `<!DOCTYPE html>${doc.documentElement.outerHTML}`, chunks: chunks.length } });
  });

  it('stops writing when the background hangs up', async () => {
    // One piece of six chunks' worth: the chunks go out one task each, and the hang-up comes after the second.
    const doc = new JSDOM(`<body data-big="${'v'.repeat(CHUNK_CHARS * 5)}"><p>x</p></body>`).window.document;
    const port = fakePort();
    let tasks = 0;
    const yieldToPage = async () => {
      if (++tasks === 2) port.hangUp();
    };
    streamDocument(doc, NAME, { maxChars: 1e7, connect: () => port, yieldToPage });
    await until(() => tasks >= 2);
    await new Promise((r) => setTimeout(r, 20));
    expect(port.sent.length).toBe(2);
    expect(port.sent.every((m) => m.t === 'chunk')).toBe(true);
  });

  it('says the page is too large in its end message, past the cap', async () => {
    const doc = new JSDOM(`<body>${'<p>0123456789</p>'.repeat(5000)}</body>`).window.document;
    const port = fakePort();
    streamDocument(doc, NAME, { maxChars: 50_000, connect: () => port, yieldToPage: async () => undefined });
    await until(() => port.sent.at(-1)?.t === 'end');
    expect(port.sent.at(-1)).toMatchObject({ t: 'end', page: { ok: false, code: 'too-large' } });
  });

  it('opens no port for a name that is not a serializer port’s', () => {
    const port = fakePort();
    const doc = new JSDOM('<p>x').window.document;
    for (const name of [undefined, 42, 'other-port', `x${NAME}`]) expect(streamDocument(doc, name, { maxChars: 1e6, connect: (n) => (port.names.push(n), port) })).toBe(false);
    expect(port.names).toEqual([]);
  });
});
