import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageReceiver, type SerializerPort } from './page-receiver';

const OPTIONS = { tabId: 7, runtimeId: 'ext', limits: { maxChars: 1000, maxChunks: 10, maxChunkChars: 100 }, connectMs: 1000, idleMs: 500, totalMs: 5000 };
const STATS = { longestSliceMs: 2, slices: 1, pieces: 3 };
const END = (chunks: number) => ({ t: 'end', chunks, page: { ok: true, url: 'https://a.example/', title: 'T', lang: 'en', contentType: 'text/html', stats: STATS } });

function fakePort(sender: SerializerPort['sender'] = { id: 'ext', tab: { id: 7 }, frameId: 0 }) {
  const messages: Array<(m: unknown) => void> = [];
  const disconnects: Array<() => void> = [];
  const port = {
    name: 'context-cards/serialize-page:1',
    sender,
    disconnected: 0,
    postMessage: () => undefined,
    disconnect: () => void port.disconnected++,
    onMessage: { addListener: (l: (m: unknown) => void) => void messages.push(l) },
    onDisconnect: { addListener: (l: () => void) => void disconnects.push(l) },
    send: (m: unknown) => messages.forEach((l) => l(m)),
    /** The other side hung up (the page navigated away, its frame went). */
    drop: () => disconnects.forEach((l) => l()),
  };
  return port;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('createPageReceiver', () => {
  it('gives the page once its serializer has sent it, hangs up and leaves no timer', async () => {
    const receiver = createPageReceiver(OPTIONS);
    const port = fakePort();
    receiver.take(port);
    port.send({ t: 'chunk', i: 0, piece: '<html>' });
    port.send({ t: 'chunk', i: 1, piece: '</html>' });
    port.send(END(2));
    await expect(receiver.result).resolves.toMatchObject({ ok: true, html: '<html></html>', chunks: 2 });
    expect(port.disconnected).toBe(1);
  });

  it('ends the read when the page disconnects before the end', async () => {
    const receiver = createPageReceiver(OPTIONS);
    const port = fakePort();
    receiver.take(port);
    port.send({ t: 'chunk', i: 0, piece: '<html>' });
    port.drop();
    await expect(receiver.result).resolves.toMatchObject({ ok: false, code: 'cannot-read', reason: expect.stringContaining('navigated away') });
  });

  it('hangs up on a broken chunk, which stops the page’s serializer', async () => {
    const receiver = createPageReceiver(OPTIONS);
    const port = fakePort();
    receiver.take(port);
    port.send({ t: 'chunk', i: 3, piece: 'x' });
    await expect(receiver.result).resolves.toMatchObject({ ok: false, code: 'cannot-read' });
    expect(port.disconnected).toBe(1);
    port.send({ t: 'chunk', i: 0, piece: 'x' });
    await expect(receiver.result).resolves.toMatchObject({ ok: false, code: 'cannot-read' });
  });

  it('refuses a port from another tab, a subframe or another extension, and ends the read', async () => {
    for (const sender of [{ id: 'ext', tab: { id: 8 }, frameId: 0 }, { id: 'ext', tab: { id: 7 }, frameId: 3 }, { id: 'other', tab: { id: 7 }, frameId: 0 }, { id: 'ext', frameId: 0 }, {}]) {
      const receiver = createPageReceiver(OPTIONS);
      const port = fakePort(sender);
      receiver.take(port);
      expect(port.disconnected).toBe(1);
      await expect(receiver.result).resolves.toMatchObject({ ok: false, code: 'cannot-read', reason: expect.stringContaining('another frame') });
    }
  });

  it('keeps the first port and refuses a second one with the same name', async () => {
    const receiver = createPageReceiver(OPTIONS);
    const first = fakePort();
    const second = fakePort();
    receiver.take(first);
    receiver.take(second);
    expect(second.disconnected).toBe(1);
    expect(first.disconnected).toBe(0);
    first.send(END(0));
    await expect(receiver.result).resolves.toMatchObject({ ok: true, html: '' });
  });

  it('gives up when no port opens, when the page goes quiet, and after the whole read’s time', async () => {
    const never = createPageReceiver(OPTIONS);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(never.result).resolves.toMatchObject({ ok: false, code: 'cannot-read', reason: expect.stringContaining('did not start') });

    const quiet = createPageReceiver(OPTIONS);
    const port = fakePort();
    quiet.take(port);
    port.send({ t: 'chunk', i: 0, piece: 'a' });
    await vi.advanceTimersByTimeAsync(499);
    port.send({ t: 'chunk', i: 1, piece: 'b' });
    await vi.advanceTimersByTimeAsync(499);
    port.send({ t: 'chunk', i: 2, piece: 'c' });
    await vi.advanceTimersByTimeAsync(500);
    await expect(quiet.result).resolves.toMatchObject({ ok: false, code: 'cannot-read', reason: 'the page stopped handing over its content' });
    expect(port.disconnected).toBe(1);

    const slow = createPageReceiver({ ...OPTIONS, limits: { ...OPTIONS.limits, maxChunks: 100 } });
    const slowPort = fakePort();
    slow.take(slowPort);
    for (let i = 0; i < 20; i++) {
      slowPort.send({ t: 'chunk', i, piece: 'a' });
      await vi.advanceTimersByTimeAsync(400);
    }
    await expect(slow.result).resolves.toMatchObject({ ok: false, code: 'cannot-read', reason: expect.stringContaining('too long') });
  });

  it('cancels from outside (the injection failed), hanging up a port it holds', async () => {
    const receiver = createPageReceiver(OPTIONS);
    const port = fakePort();
    receiver.take(port);
    receiver.cancel('the page did not start the serializer');
    await expect(receiver.result).resolves.toEqual({ ok: false, code: 'cannot-read', reason: 'the page did not start the serializer' });
    expect(port.disconnected).toBe(1);
  });
});
