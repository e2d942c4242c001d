import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => `ext://id${p}` }, tabs: {} } }));
let listed = ['a'];
vi.stubGlobal('fetch', async (url: string) => new Response(url.endsWith('index.json') ? JSON.stringify({ packs: listed }) : JSON.stringify({ id: 'x' })));
vi.spyOn(console, 'warn').mockImplementation(() => undefined);
const { pushOnPackChange, pushPacks } = await import('./pack-push');
const { reloadPacks } = await import('./packs');

/** Open tabs 1 (with a content script), 2 (a browser page: nothing answers) and 3. */
function fakeTabs(plan = { plan: { v: 1 }, labels: { 'p/t': 'T' } }) {
  const sent: [number, string, unknown][] = [];
  return {
    sent,
    deps: {
      tabIds: async () => [1, 2, 3],
      plan: vi.fn(async () => plan),
      send: async (tabId: number, message: { type: string; data: unknown }) => {
        if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push([tabId, message.type, message.data]);
        return { ok: true };
      },
    },
  };
}

describe('pushing a new pack list to open tabs', () => {
  it('sends each tab the plan and labels, then a settings notice; a tab with no content script is skipped', async () => {
    const { sent, deps } = fakeTabs();
    expect(await pushPacks(deps)).toBe(2);
    const order = (a: (typeof sent)[number], b: (typeof sent)[number]) => a[0] - b[0] || a[1].localeCompare(b[1]);
    expect([...sent].sort(order)).toEqual([
      [1, 'packsChanged', { plan: { v: 1 }, labels: { 'p/t': 'T' } }],
      [1, 'settingsChanged', {}],
      [3, 'packsChanged', { plan: { v: 1 }, labels: { 'p/t': 'T' } }],
      [3, 'settingsChanged', {}],
    ]);
    // Each tab hears of the plan before it asks for its settings again.
    expect(sent.filter(([tab]) => tab === 1).map(([, type]) => type)).toEqual(['packsChanged', 'settingsChanged']);
  });

  it('pushes after each change of the pack list, until stopped', async () => {
    const { sent, deps } = fakeTabs();
    const stop = pushOnPackChange(deps);
    listed = ['a', 'b'];
    reloadPacks();
    await vi.waitFor(() => expect(sent.filter(([, type]) => type === 'packsChanged')).toHaveLength(2));
    expect(deps.plan).toHaveBeenCalledTimes(1);
    stop();
    reloadPacks();
    await new Promise((r) => setTimeout(r, 10));
    expect(deps.plan).toHaveBeenCalledTimes(1);
  });
});
