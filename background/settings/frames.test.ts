import { beforeEach, describe, expect, it } from 'vitest';
import { FrameRegistry, MAX_FRAMES_PER_TAB } from './frames';

let session: Record<string, unknown>;
let sent: string[];
let gone: Set<string>;

const registry = () =>
  new FrameRegistry({
    session: { get: async (key) => ({ [key]: structuredClone(session[key]) }), set: async (items) => void Object.assign(session, structuredClone(items)) },
    send: async (tabId, frameId) => {
      if (gone.has(`${tabId}/${frameId}`)) throw new Error('Could not establish connection');
      sent.push(`${tabId}/${frameId}`);
    },
  });

beforeEach(() => {
  session = {};
  sent = [];
  gone = new Set();
});

describe('telling frames their settings changed', () => {
  it('tells only the frames on the sites a change concerns', async () => {
    const frames = registry();
    await frames.remember(1, 0, 'news.example');
    await frames.remember(1, 7, 'ads.example');
    await frames.remember(2, 0, 'bank.example');
    await frames.remember(3, 0, 'news.example');
    await frames.remember(3, 4, null);
    await frames.notify(new Set(['news.example']));
    expect(sent.sort()).toEqual(['1/0', '3/0']);
    sent = [];
    await frames.notify(new Set());
    expect(sent).toEqual([]);
  });

  it('follows a frame to its new site, and forgets frames and tabs that are gone', async () => {
    const frames = registry();
    await frames.remember(1, 0, 'news.example');
    await frames.remember(1, 0, 'bank.example');
    await frames.remember(2, 0, 'bank.example');
    await frames.notify(new Set(['news.example']));
    expect(sent).toEqual([]);
    gone.add('2/0');
    await frames.notify(new Set(['bank.example']));
    expect(sent).toEqual(['1/0']);
    expect(Object.keys(session.settingsFrames as object)).toEqual(['1']);
    await frames.forgetTab(1);
    expect(session.settingsFrames).toEqual({});
  });

  it('remembers a bounded number of frames per tab', async () => {
    const frames = registry();
    for (let id = 1; id <= MAX_FRAMES_PER_TAB + 20; id++) await frames.remember(9, id, 'ads.example');
    const kept = Object.keys((session.settingsFrames as Record<string, object>)['9']!);
    expect(kept).toHaveLength(MAX_FRAMES_PER_TAB);
    expect(kept).toContain(String(MAX_FRAMES_PER_TAB + 20));
    expect(kept).not.toContain('1');
  });
});
