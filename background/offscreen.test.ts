import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fake chrome.offscreen that records what it was asked. */
function fakeOffscreen() {
  let open = false;
  const calls: string[] = [];
  const offscreen = {
    hasDocument: vi.fn(async () => open),
    createDocument: vi.fn(async (o: { reasons: string[] }) => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
      calls.push(`create ${o.reasons.join('+')}`);
    }),
    closeDocument: vi.fn(async () => {
      open = false;
      calls.push('close');
    }),
  };
  (globalThis as { chrome?: unknown }).chrome = { offscreen };
  return calls;
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  vi.resetModules();
});

describe('ensureOffscreen', () => {
  it('creates the document once for concurrent requests with the same reason', async () => {
    const calls = fakeOffscreen();
    const { ensureOffscreen } = await import('./offscreen');
    expect(await Promise.all([ensureOffscreen(['CLIPBOARD']), ensureOffscreen(['CLIPBOARD'])])).toEqual([true, true]);
    expect(calls).toEqual(['create CLIPBOARD']);
  });

  it('makes the document again with every reason when a new one is needed', async () => {
    const calls = fakeOffscreen();
    const { ensureOffscreen } = await import('./offscreen');
    await ensureOffscreen(['CLIPBOARD']);
    await ensureOffscreen(['DOM_PARSER']);
    await ensureOffscreen(['CLIPBOARD']);
    expect(calls).toEqual(['create CLIPBOARD', 'close', 'create CLIPBOARD+DOM_PARSER']);
  });

  it('says so where there is no offscreen API', async () => {
    const { ensureOffscreen } = await import('./offscreen');
    expect(await ensureOffscreen(['CLIPBOARD'])).toBe(false);
  });
});
