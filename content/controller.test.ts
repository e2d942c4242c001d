// @vitest-environment happy-dom
// A frame's controller when the installed packs change: the background's `packsChanged` carries the new
// plan; the frame forgets the old mentions, plans again and scans the page again (background/pack-push.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planMatcher } from '../core/match/plan-matcher';
import { loadPack } from '../core/pack/load-pack';
import type { ContextPack } from '../core/pack/schema';
import { keyedTerms, termKey } from '../core/pack/term-key';
import { DEFAULT_SETTINGS } from '../core/settings/settings';

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string): ContextPack => {
  const result = loadPack(readFileSync(path.resolve(here, file), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.pack;
};
const shipped = read('../public/packs/cnn-2018-uk-xinjiang.json');
const fixture = read('../test-fixtures/packs/fixture-harbour-2020.json');
const planOf = (packs: ContextPack[]) => ({
  plan: planMatcher(keyedTerms(packs)),
  labels: Object.fromEntries(packs.flatMap((p) => p.terms.map((t) => [termKey(p.id, t.id), t.label]))),
});

// The runtime as the content script sees it: the background's answers, and the messages it sends the frame.
const listeners = new Set<(message: unknown) => unknown>();
let current = planOf([shipped]);
let muted: Record<string, string[]> = {};
const reports: { counts: Record<string, number> }[] = [];
const runtime: { id: string } & Record<string, unknown> = {
  id: 'ext',
  onMessage: { addListener: (l: (m: unknown) => unknown) => listeners.add(l), removeListener: (l: (m: unknown) => unknown) => listeners.delete(l), hasListener: () => true },
  sendMessage: async ({ type, data }: { type: string; data: unknown }) => {
    switch (type) {
      case 'getPlan':
        return current;
      case 'getSettings':
        return { settings: { ...DEFAULT_SETTINGS, mutedTerms: muted } };
      case 'report':
        reports.push(data as { counts: Record<string, number> });
        return { ok: true };
      case 'highlightNames':
        return null;
      case 'detentionPlan':
        return null;
      default:
        return { ok: true };
    }
  },
  getURL: (p: string) => `ext://id${p}`,
};
vi.mock('wxt/browser', () => ({ browser: { runtime, storage: { onChanged: { addListener: () => undefined, removeListener: () => undefined } } } }));
(globalThis as { chrome?: unknown }).chrome = { runtime };
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};
const { ContentController } = await import('./controller');

/** Sends the frame a message as the background would; the first answer. */
async function tell(type: string, data: unknown): Promise<unknown> {
  for (const l of listeners) {
    const answer = l({ type, data });
    if (answer !== undefined) return answer;
  }
  return undefined;
}
const counts = async () => ((await tell('getMentions', {})) as { counts: Record<string, number> }).counts;

/** The page: one paragraph of text. */
function page(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
}

const started: InstanceType<typeof ContentController>[] = [];
async function startController() {
  const controller = new ContentController(document);
  started.push(controller);
  await controller.start();
  return controller;
}

afterEach(async () => {
  // An extension gone: each controller stops at its next render (content/lifecycle.ts).
  runtime.id = '';
  for (const c of started.splice(0)) c.refresh();
  await vi.waitFor(() => expect(listeners.size).toBe(0));
  runtime.id = 'ext';
  document.body.replaceChildren();
  current = planOf([shipped]);
  muted = {};
});

describe('a frame when the installed packs change', () => {
  it('plans and scans again with the plan the background pushes, each pack\'s same-id term counted apart', async () => {
    page('In Xinjiang people were detained, the Committee on the Elimination of Racial Discrimination said. The Coastal Erosion Research Directorate surveyed the tidewater barrier.');
    const controller = await startController();
    await vi.waitFor(async () => expect(await counts()).toEqual({ 'cnn-2018-uk-xinjiang/xinjiang': 1, 'cnn-2018-uk-xinjiang/cerd': 1 }));
    current = planOf([shipped, fixture]);
    expect(await tell('packsChanged', current)).toEqual({ ok: true });
    await vi.waitFor(async () =>
      expect(await counts()).toEqual({ 'cnn-2018-uk-xinjiang/xinjiang': 1, 'cnn-2018-uk-xinjiang/cerd': 1, 'fixture-harbour-2020/cerd': 1, 'fixture-harbour-2020/tidewater-barrier': 1 }),
    );
    expect(controller.labelOf('fixture-harbour-2020/cerd')).toBe('Coastal Erosion Research Directorate');
    expect(controller.shown().find((r) => r.key === 'fixture-harbour-2020/cerd')).toMatchObject({ packId: 'fixture-harbour-2020', termId: 'cerd' });
    // A pack removed again: its mentions go.
    current = planOf([shipped]);
    await tell('packsChanged', current);
    await vi.waitFor(async () => expect(await counts()).toEqual({ 'cnn-2018-uk-xinjiang/xinjiang': 1, 'cnn-2018-uk-xinjiang/cerd': 1 }));
  });

  it('mutes a term of one pack by its key, leaving the same-id term of the other', async () => {
    page('In Xinjiang people were detained, the Committee on the Elimination of Racial Discrimination said. The Coastal Erosion Research Directorate surveyed.');
    current = planOf([shipped, fixture]);
    muted = { localhost: ['fixture-harbour-2020/cerd'] };
    await startController();
    await vi.waitFor(async () => expect(await counts()).toEqual({ 'cnn-2018-uk-xinjiang/xinjiang': 1, 'cnn-2018-uk-xinjiang/cerd': 1 }));
  });

  it('refuses a push that carries no plan, and keeps the plan it has', async () => {
    page('Xinjiang');
    const controller = await startController();
    await vi.waitFor(async () => expect(await counts()).toEqual({ 'cnn-2018-uk-xinjiang/xinjiang': 1 }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await tell('packsChanged', { plan: '<b>', labels: {} })).toEqual({ ok: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(await counts()).toEqual({ 'cnn-2018-uk-xinjiang/xinjiang': 1 });
    warn.mockRestore();
    expect(controller.labelOf('cnn-2018-uk-xinjiang/xinjiang')).toBe('Xinjiang');
  });
});
