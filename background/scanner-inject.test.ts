import { describe, expect, it, vi } from 'vitest';
import { RateLimiter } from './rate-limit';
import { CONTENT_JS, SENTINEL_JS } from './registration';
import { loadScanner, strongCheck, type ScannerDeps } from './scanner-inject';

const ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const page = { id: ID, url: 'https://example.org/a', frameId: 3, tab: { id: 7 } };

function deps(over: Partial<ScannerDeps> = {}): ScannerDeps {
  return { runtimeId: ID, extensionOrigin: ORIGIN, limit: new RateLimiter(4, 60_000, () => 0), tabLimit: new RateLimiter(6, 60_000, () => 0), inject: vi.fn(async () => [{}]), ...over };
}

describe('loadScanner (a frame whose text passed the strong pre-check gets the scanner)', () => {
  it('injects the scanner into the sender’s own tab and frame; every page gets the sentinel only', async () => {
    const d = deps();
    expect(await loadScanner({}, page, d)).toEqual({ ok: true });
    expect(d.inject).toHaveBeenCalledWith(7, 3);
    expect([CONTENT_JS, SENTINEL_JS]).toEqual(['/mentions.js', '/sentinel.js']);
  });

  it('refuses extension pages, other extensions, senders without a tab or frame, and requests that carry anything', async () => {
    const d = deps();
    for (const sender of [{ ...page, url: `${ORIGIN}popup.html` }, { ...page, id: 'other' }, { ...page, tab: undefined }, { ...page, frameId: undefined }]) {
      expect(await loadScanner({}, sender, d)).toEqual({ ok: false });
    }
    expect(await loadScanner({ tabId: 1, frameId: 0 }, page, d)).toEqual({ ok: false });
    expect(d.inject).not.toHaveBeenCalled();
  });

  it('allows a document a few injections a minute, each document counted on its own, and a tab a bounded number', async () => {
    const d = deps();
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await loadScanner({}, page, d)).ok);
    expect(results).toEqual([true, true, true, true, false]);
    // Another frame, and the next page in the same frame (by Chrome's document id, else by URL).
    expect((await loadScanner({}, { ...page, frameId: 0 }, d)).ok).toBe(true);
    expect((await loadScanner({}, { ...page, documentId: 'doc-2' }, d)).ok).toBe(true);
    // The tab's bound (6 here): a seventh document of the same tab is refused.
    expect((await loadScanner({}, { ...page, url: 'https://example.org/b' }, d)).ok).toBe(false);
    expect((await loadScanner({}, { ...page, tab: { id: 8 } }, d)).ok).toBe(true);
    expect(d.inject).toHaveBeenCalledTimes(7);
  });

  it('answers ok false when the browser refuses to inject', async () => {
    const d = deps({ inject: vi.fn(() => Promise.reject(new Error('Cannot access contents of the page'))) });
    expect(await loadScanner({}, page, d)).toEqual({ ok: false });
  });
});

describe('strongCheck', () => {
  it('answers the plan’s strong anchors only', async () => {
    const strongAnchors = { latin: 'xinjiang', other: '新疆' };
    expect(await strongCheck(async () => ({ strongAnchors, verifiers: [{}] }) as never)).toEqual(strongAnchors);
  });
});
