import { beforeEach, describe, expect, it, vi } from 'vitest';

const stored: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
      },
    },
  },
}));

const { highlightNames, resetHighlightKey } = await import('./highlight-names');
const NAME = /^[a-z]{20}$/;

beforeEach(() => {
  for (const k of Object.keys(stored)) delete stored[k];
  resetHighlightKey();
});

describe('highlightNames', () => {
  it('gives the same two names for the same document, and other names for another document', async () => {
    const a = await highlightNames({ origin: 1733500000123.4 });
    const again = await highlightNames({ origin: 1733500000123.4 });
    const b = await highlightNames({ origin: 1733500000999.1 });
    expect(a).not.toBeNull();
    expect(a!.mention).toMatch(NAME);
    expect(a!.focus).toMatch(NAME);
    expect(a!.focus).not.toBe(a!.mention);
    expect(again).toEqual(a);
    expect(b!.mention).not.toBe(a!.mention);
  });

  it('keeps the key across a restart of the background (an extension reload), and a new install gets other names', async () => {
    const before = await highlightNames({ origin: 42 });
    resetHighlightKey();
    expect(await highlightNames({ origin: 42 })).toEqual(before);
    for (const k of Object.keys(stored)) delete stored[k];
    resetHighlightKey();
    expect((await highlightNames({ origin: 42 }))!.mention).not.toBe(before!.mention);
  });

  it('replaces a stored key that is not 32 bytes of hex', async () => {
    stored.highlightKey = 'not a key';
    expect(await highlightNames({ origin: 7 })).not.toBeNull();
    expect(stored.highlightKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers nothing for a request without a time origin', async () => {
    for (const data of [null, {}, { origin: 'x' }, { origin: NaN }, { origin: -1 }, { origin: Infinity }]) expect(await highlightNames(data)).toBeNull();
  });
});
