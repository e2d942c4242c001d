// extractTab as shipped, with the browser around it stood in: what it refuses before injecting anything,
// what it makes of what the serializer sends down its port, and that the offscreen document's answer is validated.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_CHARS } from '../content/serialize/stream-protocol';

const shipped = JSON.parse(readFileSync(new URL('../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8'));
let tabUrl: string | undefined = 'https://news.example/a';
/** What the injected serializer sends down its port. */
let injected: unknown[] = [];
let injectFails = false;
let answer: unknown = undefined;
const calls: string[] = [];
const connectListeners: Array<(port: unknown) => void> = [];
const sent: unknown[] = [];

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      get: async (id: number) => {
        if (id === 404) throw new Error('No tab with id');
        return { id, url: tabUrl };
      },
    },
    scripting: {
      executeScript: async (options: { target: { tabId: number }; files?: string[]; args?: string[] }) => {
        if (injectFails) throw new Error('Cannot access contents of the page');
        if (options.files) {
          calls.push(`inject ${options.files.join()}`);
          return [{ result: undefined }];
        }
        // The entry's call: the page opens the named port and sends what it wrote, in later tasks.
        const name = options.args![1]!;
        const onMessage: Array<(m: unknown) => void> = [];
        const port = {
          name,
          sender: { id: 'ext', tab: { id: options.target.tabId }, frameId: 0 },
          postMessage: () => undefined,
          disconnect: () => undefined,
          onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
          onDisconnect: { addListener: () => undefined },
        };
        setTimeout(() => {
          for (const l of connectListeners) l(port);
          for (const m of injected) for (const l of onMessage) l(m);
        });
        return [{ result: true }];
      },
    },
    runtime: {
      id: 'ext',
      onConnect: { addListener: (l: (port: unknown) => void) => connectListeners.push(l) },
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return answer;
      },
    },
  },
}));
vi.mock('./offscreen', () => ({ ensureOffscreen: async (reasons: string[]) => (calls.push(`offscreen ${reasons.join()}`), true) }));

const { extractTab, localDay } = await import('./extract-tab');
const { routeSerializerPort } = await import('./serialize-tab');

const HTML = '<!DOCTYPE html><html><body><p>x</p></body></html>';
const STATS = { longestSliceMs: 1, slices: 2, pieces: 9 };
const page = (over: Record<string, unknown> = {}) => [
  { t: 'chunk', i: 0, piece: HTML.slice(0, 20) },
  { t: 'chunk', i: 1, piece: HTML.slice(20) },
  { t: 'end', chunks: 2, page: { ok: true, url: 'https://news.example/a', title: 'A', lang: 'en', contentType: 'text/html', stats: STATS, ...over } },
];

beforeEach(() => {
  tabUrl = 'https://news.example/a';
  injected = page();
  injectFails = false;
  answer = { ok: true, pack: shipped, missing: [] };
  calls.length = 0;
  sent.length = 0;
});

describe('extractTab', () => {
  it('reads a web page through the offscreen document and returns the validated pack', async () => {
    const result = await extractTab(3);
    expect(calls).toEqual(['inject /serialize-page.js', 'offscreen DOM_PARSER']);
    expect(connectListeners).toHaveLength(1);
    expect(sent).toEqual([{ target: 'offscreen-extract', html: HTML, url: 'https://news.example/a', readDay: localDay() }]);
    expect(result).toMatchObject({ ok: true, pageUrl: 'https://news.example/a', missing: [] });
    expect(result.ok && result.summary.title).toBe(shipped.source.title);
  });

  it('refuses the browser’s pages, extension pages and closed tabs before injecting anything', async () => {
    tabUrl = 'chrome://settings/';
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'browser-page' });
    tabUrl = 'https://chromewebstore.google.com/detail/x';
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'store-page' });
    expect(await extractTab(404)).toMatchObject({ ok: false, code: 'no-tab' });
    expect(calls).toEqual([]);
  });

  it('says why when the browser will not let the script in', async () => {
    injectFails = true;
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'cannot-read' });
    tabUrl = 'https://x.example/report.pdf';
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'pdf-viewer' });
  });

  it('refuses by content type and by size, without parsing', async () => {
    injected = page({ contentType: 'image/png' });
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'image' });
    injected = [{ t: 'end', chunks: 0, page: { ok: false, code: 'too-large', chars: 8_000_001, url: 'https://news.example/a', contentType: 'text/html', stats: STATS } }];
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'too-large', message: expect.stringContaining('8 million') });
    // Past the cap in the background's own count: the read stops there.
    injected = Array.from({ length: 250 }, (_, i) => ({ t: 'chunk', i, piece: 'x'.repeat(CHUNK_CHARS) }));
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'too-large' });
    injected = ['not a page'];
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'cannot-read' });
    expect(calls.filter((c) => c.startsWith('offscreen'))).toEqual([]);
  });

  it('passes the engine’s refusal as a sentence, and turns a malformed answer into a refusal', async () => {
    answer = { ok: false, code: 'not-an-article', reason: 'no article found on the page' };
    expect(await extractTab(3)).toEqual({ ok: false, code: 'not-an-article', message: 'No article found on the page.' });
    answer = { ok: true, pack: { ...shipped, id: '' }, missing: [] };
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'invalid-pack' });
    answer = undefined;
    expect(await extractTab(3)).toMatchObject({ ok: false, code: 'failed' });
  });

  it('gives the engine no address for a page without a web address of its own', async () => {
    tabUrl = 'file:///home/a/page.html';
    injected = page({ url: 'file:///home/a/page.html' });
    await extractTab(3);
    expect(sent).toMatchObject([{ url: null }]);
  });

  it('closes a serializer port no read is waiting for, and leaves other ports alone', () => {
    const port = (name: string) => {
      const p = { name, disconnected: 0, disconnect: () => void p.disconnected++, postMessage: () => undefined, onMessage: { addListener: () => undefined }, onDisconnect: { addListener: () => undefined } };
      return p;
    };
    const stale = port('context-cards/serialize-page:00000000-0000-4000-8000-000000000000');
    const other = port('popup');
    routeSerializerPort(stale);
    routeSerializerPort(other);
    expect([stale.disconnected, other.disconnected]).toEqual([1, 0]);
  });
});
