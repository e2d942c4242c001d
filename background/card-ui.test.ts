import { describe, expect, it, vi } from 'vitest';
import { CARD_UI_SCRIPT, cardUiTarget, loadCardUi, type CardUiDeps } from './card-ui';
import { RateLimiter } from './rate-limit';

const ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const page = { id: ID, url: 'https://example.org/a', frameId: 3, tab: { id: 7 } };

function deps(over: Partial<CardUiDeps> = {}): CardUiDeps {
  return { runtimeId: ID, extensionOrigin: ORIGIN, limit: new RateLimiter(4, 60_000, () => 0), inject: vi.fn(async () => [{}]), ...over };
}

describe('loadCardUi (the background injects the card UI into the asking frame)', () => {
  it('injects the bundle into the sender’s own tab and frame', async () => {
    const d = deps();
    expect(await loadCardUi({}, page, d)).toEqual({ ok: true });
    expect(d.inject).toHaveBeenCalledWith(7, 3);
    expect(CARD_UI_SCRIPT).toBe('/card-ui.js');
  });

  it('refuses extension pages, other extensions, senders without a tab or frame, and requests that carry anything', () => {
    expect(cardUiTarget({}, page, ID, ORIGIN)).toEqual({ tabId: 7, frameId: 3 });
    expect(cardUiTarget({}, { ...page, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBeNull();
    expect(cardUiTarget({}, { ...page, id: 'other' }, ID, ORIGIN)).toBeNull();
    expect(cardUiTarget({}, { ...page, tab: undefined }, ID, ORIGIN)).toBeNull();
    expect(cardUiTarget({}, { ...page, frameId: undefined }, ID, ORIGIN)).toBeNull();
    expect(cardUiTarget({}, { ...page, url: undefined }, ID, ORIGIN)).toBeNull();
    expect(cardUiTarget({ tabId: 1 }, page, ID, ORIGIN)).toBeNull();
    expect(cardUiTarget({ files: ['/x.js'] }, page, ID, ORIGIN)).toBeNull();
    expect(cardUiTarget(undefined, page, ID, ORIGIN)).toEqual({ tabId: 7, frameId: 3 });
  });

  it('allows a frame a few injections a minute, each frame counted on its own', async () => {
    const d = deps();
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await loadCardUi({}, page, d)).ok);
    expect(results).toEqual([true, true, true, true, false]);
    expect((await loadCardUi({}, { ...page, frameId: 0 }, d)).ok).toBe(true);
    expect(d.inject).toHaveBeenCalledTimes(5);
  });

  it('answers ok false when the browser refuses to inject', async () => {
    const d = deps({ inject: vi.fn(() => Promise.reject(new Error('Cannot access contents of the page'))) });
    expect(await loadCardUi({}, page, d)).toEqual({ ok: false });
  });
});
