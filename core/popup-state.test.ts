import { describe, expect, it } from 'vitest';
import { decidePopupState, fullTermOf, originPattern, tabIdFromQuery, termsByCount, unscannableReason, type PopupFacts } from './popup-state.ts';

const facts = (over: Partial<PopupFacts> = {}): PopupFacts => ({
  url: 'https://news.example/story',
  hasAccess: true,
  answered: true,
  activity: 'active',
  site: 'news.example',
  mentions: { counts: { xinjiang: 3, uyghur: 1 }, total: 4, capped: false },
  ...over,
});

describe('unscannableReason', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.org/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x/abc', 'web-store'],
    ['https://MicrosoftEdge.microsoft.com/addons/', 'web-store'],
    ['https://example.org/report.PDF', 'pdf-viewer'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf-viewer'],
    [undefined, 'unknown'],
    ['not a url', 'unknown'],
  ])('says %s cannot be scanned (%s)', (url, reason) => {
    expect(unscannableReason(url)).toBe(reason);
  });

  it.each(['https://example.org/', 'http://site-a.test/demo/', 'file:///home/me/page.html', 'https://chrome.google.com/search', 'https://microsoftedge.microsoft.com/help'])(
    'lets %s be scanned',
    (url) => {
      expect(unscannableReason(url)).toBeNull();
    },
  );
});

describe('originPattern', () => {
  it('covers every path of the host, keeping the scheme', () => {
    expect(originPattern('http://site-a.test:8080/a/b?c#d')).toBe('http://site-a.test/*');
    expect(originPattern('https://www.example.org/x')).toBe('https://www.example.org/*');
  });
  it('covers all files for a file URL and nothing for a browser page', () => {
    expect(originPattern('file:///tmp/x.html')).toBe('file:///*');
    expect(originPattern('chrome://settings')).toBeNull();
  });
});

describe('decidePopupState', () => {
  it('reports the mentions when the page answered and has some', () => {
    expect(decidePopupState(facts())).toEqual({ kind: 'mentions', counts: { xinjiang: 3, uyghur: 1 }, total: 4, capped: false });
  });

  it('says a browser page cannot be scanned before anything else', () => {
    expect(decidePopupState(facts({ url: 'chrome://newtab/', hasAccess: false, answered: false, activity: 'paused' }))).toEqual({
      kind: 'unscannable',
      reason: 'browser-page',
    });
  });

  it('asks for access to the origin when the permission is missing', () => {
    expect(decidePopupState(facts({ hasAccess: false, answered: false }))).toEqual({ kind: 'no-access', origin: 'https://news.example/*' });
  });

  it('says paused rather than asking for a reload when the extension is paused', () => {
    expect(decidePopupState(facts({ activity: 'paused', answered: false }))).toEqual({ kind: 'paused' });
  });

  it('names the disabled site', () => {
    expect(decidePopupState(facts({ activity: 'disabled-site' }))).toEqual({ kind: 'disabled-site', site: 'news.example' });
  });

  it('offers a reload when the content script does not answer', () => {
    expect(decidePopupState(facts({ answered: false, mentions: undefined }))).toEqual({ kind: 'needs-reload' });
  });

  it('says nothing was found for zero mentions or no stored state', () => {
    expect(decidePopupState(facts({ mentions: { counts: {}, total: 0, capped: false } })).kind).toBe('nothing-found');
    expect(decidePopupState(facts({ mentions: undefined })).kind).toBe('nothing-found');
  });

  it('says capped when the page had more mentions than the cap', () => {
    const state = decidePopupState(facts({ mentions: { counts: { xinjiang: 5000 }, total: 5000, capped: true } }));
    expect(state).toMatchObject({ kind: 'capped', total: 5000, capped: true });
  });
});

describe('termsByCount', () => {
  it('orders terms by count, then by the pack order, and drops zero counts', () => {
    expect(termsByCount({ uyghur: 2, kashgar: 0, xinjiang: 2, 'lu-kang': 5 }, ['xinjiang', 'uyghur', 'lu-kang'])).toEqual(['lu-kang', 'xinjiang', 'uyghur']);
  });
  it('puts terms the pack does not list last', () => {
    expect(termsByCount({ zz: 1, xinjiang: 1 }, ['xinjiang'])).toEqual(['xinjiang', 'zz']);
  });
});

describe('tabIdFromQuery', () => {
  it('reads a numeric tab id', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
  });
  it.each(['', '?tab=', '?tab=abc', '?tab=-1', '?tab=1e3', '?tab=99999999999'])('ignores %j', (search) => {
    expect(tabIdFromQuery(search)).toBeUndefined();
  });
});

describe('fullTermOf', () => {
  it('reads the term a full-context tab was opened for, by pack and id, or a bare id as older links have it', () => {
    expect(fullTermOf('#term=fixture-harbour-2020/cerd')).toEqual({ packId: 'fixture-harbour-2020', termId: 'cerd' });
    expect(fullTermOf('#term=xinjiang')).toEqual({ termId: 'xinjiang' });
  });
  it.each(['', '#term=', '#term=a/b/c', '#term=<b>', '#term=Pack/x', '#other=x'])('names no term for %j', (hash) => {
    expect(fullTermOf(hash)).toEqual({});
  });
});
