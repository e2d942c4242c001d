// @vitest-environment happy-dom
// The sentinel as a frame runs it: nothing on a paused or disabled site, the scanner asked for once the
// text passes, the popup answered until the scanner takes over, a new pre-check with new packs, and gone in
// quiet mode.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonWordsOf } from '../../core/match/common-words';
import { planMatcher } from '../../core/match/plan-matcher';
import { keyedTerms } from '../../core/pack/term-key';
import type { MatchTerm } from '../../core/match/types';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { BENCH_KEY, type BenchHandle } from '../bench-hook';
import { SCANNER_RUNNING } from './world-keys';

const listeners = new Set<(message: unknown) => unknown>();
const runtime = {
  id: 'ext',
  onMessage: { addListener: (l: (m: unknown) => unknown) => listeners.add(l), removeListener: (l: (m: unknown) => unknown) => listeners.delete(l), hasListener: () => true },
  sendMessage: async () => undefined,
  getURL: (p: string) => `ext://id${p}`,
};
vi.mock('wxt/browser', () => ({ browser: { runtime, storage: { onChanged: { addListener: () => undefined, removeListener: () => undefined } } } }));
(globalThis as { chrome?: unknown }).chrome = { runtime };
// A web page's address, so the frame has a site (happy-dom starts at about:blank).
(globalThis as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL('https://www.news.example/world');
const { Sentinel } = await import('./sentinel');
const sentinels: InstanceType<typeof Sentinel>[] = [];

// From a path, not new URL(): under happy-dom the global URL is the DOM's.
const PACK_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as { id: string; terms: MatchTerm[]; commonWords?: string[] };
const plan = planMatcher(keyedTerms([pack]), commonWordsOf([pack]));

/** Sends the frame a message as the popup or background would; the first answer. */
async function tell(type: string, data: unknown = {}): Promise<unknown> {
  for (const l of listeners) {
    const answer = l({ type, data });
    if (answer !== undefined) return answer;
  }
  return undefined;
}

const settle = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));

function frame(settings: Partial<Settings> = {}, { ok = true, sources = plan.strongAnchors as unknown } = {}) {
  const world: Record<symbol, unknown> = {};
  const asked: number[] = [];
  let apply: (s: Settings) => void = () => undefined;
  const sentinel = new Sentinel(document, {
    strongCheck: async () => sources,
    loadScanner: async () => {
      asked.push(1);
      if (ok) world[SCANNER_RUNNING] = true;
      return { ok };
    },
    settings: async (_signal, later) => {
      apply = later;
      return { ...DEFAULT_SETTINGS, ...settings };
    },
    world,
  });
  sentinels.push(sentinel);
  return { sentinel, world, asked, change: (s: Partial<Settings>) => apply({ ...DEFAULT_SETTINGS, ...s }), bench: () => world[BENCH_KEY] as BenchHandle };
}

const paragraph = (text: string) => document.body.append(Object.assign(document.createElement('p'), { textContent: text }));

afterEach(() => {
  for (const s of sentinels.splice(0)) s.stop();
  listeners.clear();
  document.body.replaceChildren();
});

describe('the sentinel', () => {
  it('asks for the scanner once the text passes, then leaves the frame to it', async () => {
    paragraph('News from Xinjiang.');
    const f = frame();
    await f.sentinel.start();
    await settle();
    expect(f.asked).toHaveLength(1);
    expect(f.sentinel.ended).toBe(true);
    expect(listeners.size).toBe(0);
  });

  it('answers the popup with no mentions and the frame’s state while nothing passed, and asks for nothing', async () => {
    paragraph('A page about soup.');
    const f = frame();
    await f.sentinel.start();
    await settle();
    expect(f.asked).toEqual([]);
    expect(await tell('getMentions')).toEqual({ url: document.URL, counts: {}, total: 0, capped: false, state: 'active' });
    expect(await tell('reveal', { termKey: 'x', index: 0 })).toEqual({ ok: false });
    expect(await tell('step', { direction: 1 })).toEqual({ ok: false });
    expect(f.bench().ready()).toBe(true);
    expect(f.bench().stats().mentions).toBe(0);
    // A mention the page adds later is seen.
    paragraph('Later: Uyghur families.');
    await settle();
    expect(f.asked).toHaveLength(1);
  });

  it('does nothing on a paused page, and starts when resumed', async () => {
    paragraph('News from Xinjiang.');
    const f = frame({ paused: true });
    await f.sentinel.start();
    await settle();
    expect(f.asked).toEqual([]);
    expect(await tell('getMentions')).toMatchObject({ total: 0, state: 'paused' });
    f.change({});
    await settle();
    expect(f.asked).toHaveLength(1);
  });

  it('does nothing on a disabled site (its own site’s entry)', async () => {
    paragraph('News from Xinjiang.');
    expect(document.URL).toBe('https://www.news.example/world');
    const f = frame({ disabledSites: ['news.example'] });
    await f.sentinel.start();
    await settle();
    expect(f.asked).toEqual([]);
    expect(await tell('getMentions')).toMatchObject({ state: 'disabled-site' });
  });

  it('takes a new pre-check with new packs, and refuses a push without one', async () => {
    paragraph('A page about soup.');
    const f = frame();
    await f.sentinel.start();
    await settle();
    expect(await tell('packsChanged', { plan: {} })).toEqual({ ok: false });
    expect(await tell('packsChanged', { plan: { strongAnchors: { latin: 'soup', other: '(?!)' } } })).toEqual({ ok: true });
    await settle();
    expect(f.asked).toHaveLength(1);
  });

  it('leaves in quiet mode: the popup injects the scanner when it opens', async () => {
    paragraph('News from Xinjiang.');
    const f = frame({ quietMode: true });
    await f.sentinel.start();
    await settle();
    expect(f.asked).toEqual([]);
    expect(f.sentinel.ended).toBe(true);
    expect(await tell('getMentions')).toBeUndefined();
  });

  it('ignores sources that are not a pre-check', async () => {
    paragraph('News from Xinjiang.');
    const f = frame({}, { sources: { latin: '(' } });
    await f.sentinel.start();
    await settle();
    expect(f.asked).toEqual([]);
    expect(f.bench().ready()).toBe(false);
  });

  it('stays when the scanner is refused, and stops answering once a scanner runs', async () => {
    paragraph('News from Xinjiang.');
    const f = frame({}, { ok: false });
    await f.sentinel.start();
    await settle();
    expect(f.asked).toHaveLength(1);
    expect(f.sentinel.ended).toBe(false);
    expect(await tell('getMentions')).toMatchObject({ total: 0 });
    f.world[SCANNER_RUNNING] = true;
    expect(await tell('getMentions')).toBeUndefined();
  });
});
