// Mutation survivors of background/settings/frames.ts (docs/mutation/survivors.md): what the registry
// stores for a frame on no site, what it does with a damaged session record, and that it writes session
// storage only when something changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { FrameRegistry } from './frames';

let session: Record<string, unknown>;
let reads: number;
let writes: number;
let sent: string[];

const registry = () =>
  new FrameRegistry({
    session: {
      get: async (key) => {
        reads += 1;
        return { [key]: structuredClone(session[key]) };
      },
      set: async (items) => {
        writes += 1;
        Object.assign(session, structuredClone(items));
      },
    },
    send: async (tabId, frameId) => void sent.push(`${tabId}/${frameId}`),
  });

beforeEach(() => {
  session = {};
  reads = 0;
  writes = 0;
  sent = [];
});

describe('the frame registry, at its edges', () => {
  it('keeps no entry for a frame on no site, and drops the old one of a frame that left its site', async () => {
    const frames = registry();
    await frames.remember(1, 0, 'news.example');
    await frames.remember(1, 3, null);
    expect(session.settingsFrames).toEqual({ 1: { 0: 'news.example' } });
    await frames.remember(1, 0, null);
    expect(session.settingsFrames).toEqual({});
  });

  it('starts afresh from a damaged record: null, a string or a list', async () => {
    for (const damaged of [null, 'news.example', ['news.example']]) {
      session = { settingsFrames: damaged };
      const frames = registry();
      await frames.remember(2, 5, 'bank.example');
      expect(session.settingsFrames, JSON.stringify(damaged)).toEqual({ 2: { 5: 'bank.example' } });
      await frames.notify(new Set(['bank.example']));
    }
    expect(sent).toEqual(['2/5', '2/5', '2/5']);
  });

  it('writes session storage only when a frame is gone or a known tab closes, and reads nothing for an empty change', async () => {
    const frames = registry();
    await frames.remember(1, 0, 'news.example');
    const before = { reads, writes };
    await frames.notify(new Set());
    expect({ reads, writes }).toEqual(before);
    await frames.notify(new Set(['news.example']));
    expect(sent).toEqual(['1/0']);
    expect(writes).toBe(before.writes);
    await frames.forgetTab(42);
    expect(writes).toBe(before.writes);
    await frames.forgetTab(1);
    expect(writes).toBe(before.writes + 1);
    expect(session.settingsFrames).toEqual({});
  });
});
