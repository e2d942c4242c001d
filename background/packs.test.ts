import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matcherFromPlan } from '../core/match/matcher-from-plan';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => `ext://id${p}` } } }));
// The extension's files as the background reads them: the index and the packs it lists.
const files: Record<string, string> = {
  '/packs/cnn-2018-uk-xinjiang.json': readFileSync(new URL('../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8'),
  '/packs/fixture-harbour-2020.json': readFileSync(new URL('../test-fixtures/packs/fixture-harbour-2020.json', import.meta.url), 'utf8'),
  '/packs/broken.json': '{"id":"broken"}',
};
const index = (...packs: string[]) => (files['/packs/index.json'] = JSON.stringify({ packs }));
vi.stubGlobal('fetch', async (url: string) => {
  const text = files[url.replace('ext://id', '')];
  if (text === undefined) throw new TypeError('Failed to fetch');
  return new Response(text);
});
const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
const { getPacks, getPlan, onPacksChanged, reloadPacks } = await import('./packs');

const find = async (text: string) => matcherFromPlan((await getPlan()).plan).find(text).map((m) => m.termId);
const TEXT = 'In Xinjiang, the Committee on the Elimination of Racial Discrimination and the Coastal Erosion Research Directorate.';

afterEach(() => {
  warn.mockClear();
  reloadPacks();
});

describe('the installed packs', () => {
  it('reads the packs the index lists, and plans their terms under pack-qualified keys', async () => {
    index('cnn-2018-uk-xinjiang');
    reloadPacks();
    expect((await getPacks()).map((p) => p.id)).toEqual(['cnn-2018-uk-xinjiang']);
    expect(await find(TEXT)).toEqual(['cnn-2018-uk-xinjiang/xinjiang', 'cnn-2018-uk-xinjiang/cerd']);
    expect((await getPlan()).labels['cnn-2018-uk-xinjiang/xinjiang']).toBe('Xinjiang');
  });

  it('plans a second pack\'s terms beside the first, a same-id term under its own key', async () => {
    index('cnn-2018-uk-xinjiang', 'fixture-harbour-2020');
    reloadPacks();
    expect(await find(TEXT)).toEqual(['cnn-2018-uk-xinjiang/xinjiang', 'cnn-2018-uk-xinjiang/cerd', 'fixture-harbour-2020/cerd']);
    const { labels } = await getPlan();
    expect([labels['cnn-2018-uk-xinjiang/cerd'], labels['fixture-harbour-2020/cerd']]).toEqual(['UN Committee on the Elimination of Racial Discrimination', 'Coastal Erosion Research Directorate']);
  });

  it('skips a broken or missing pack with a warning, and falls back to the shipped pack without an index', async () => {
    index('broken', 'missing', 'cnn-2018-uk-xinjiang');
    reloadPacks();
    expect((await getPacks()).map((p) => p.id)).toEqual(['cnn-2018-uk-xinjiang']);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining('pack broken skipped'), expect.stringContaining('pack missing skipped')]);
    files['/packs/index.json'] = 'not json';
    reloadPacks();
    expect((await getPacks()).map((p) => p.id)).toEqual(['cnn-2018-uk-xinjiang']);
  });

  it('reads the list again after a change, and tells the listeners', async () => {
    index('cnn-2018-uk-xinjiang');
    reloadPacks();
    expect(await find(TEXT)).not.toContain('fixture-harbour-2020/cerd');
    const heard = vi.fn();
    const stop = onPacksChanged(heard);
    index('cnn-2018-uk-xinjiang', 'fixture-harbour-2020');
    // Read once until the list changes.
    expect(await find(TEXT)).not.toContain('fixture-harbour-2020/cerd');
    reloadPacks();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(await find(TEXT)).toContain('fixture-harbour-2020/cerd');
    stop();
    reloadPacks();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
