import { describe, expect, it } from 'vitest';
import { explainInjectionFailure, refuseContentType, unreadablePage } from './unreadable-pages.ts';

const code = (url: string | undefined, fileAccess?: boolean) => unreadablePage(url, { fileAccess })?.code ?? null;

describe('unreadablePage', () => {
  it('lets web pages through', () => {
    expect(code('https://www.bbc.com/news/world-asia-china-45474279')).toBeNull();
    expect(code('http://127.0.0.1:8080/corpus/x/')).toBeNull();
    expect(code('https://chrome.google.com/search?q=x')).toBeNull();
    expect(code('https://mozilla.org/addons.mozilla.org')).toBeNull();
  });

  it('names the browser’s own pages', () => {
    for (const url of ['chrome://settings', 'about:blank', 'about:reader?url=https://x.example/', 'edge://newtab', 'chrome-search://local-ntp/', 'devtools://devtools/bundled/x.html', 'resource://pdf.js/web/viewer.html']) {
      expect(code(url), url).toBe('browser-page');
    }
    expect(unreadablePage('chrome://settings')!.message).toContain('chrome:');
  });

  it('names extension pages, the PDF viewer and view-source', () => {
    expect(code('chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html')).toBe('extension-page');
    expect(code('moz-extension://6e4b7a2c-0000-4000-8000-000000000000/popup.html')).toBe('extension-page');
    expect(code('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe('pdf-viewer');
    expect(code('view-source:https://example.org/')).toBe('view-source');
  });

  it('names the add-on stores and only them', () => {
    expect(code('https://chromewebstore.google.com/detail/x/abc')).toBe('store-page');
    expect(code('https://chrome.google.com/webstore/detail/abc')).toBe('store-page');
    expect(code('https://addons.mozilla.org/en-US/firefox/addon/x/')).toBe('store-page');
    expect(code('https://microsoftedge.microsoft.com/addons/detail/x')).toBe('store-page');
    expect(code('https://microsoftedge.microsoft.com/other')).toBeNull();
  });

  it('refuses local files only when access is known to be off', () => {
    expect(code('file:///home/a/page.html', false)).toBe('file-access');
    expect(code('file:///home/a/page.html', true)).toBeNull();
    expect(code('file:///home/a/page.html')).toBeNull();
  });

  it('refuses other schemes and missing addresses with a reason', () => {
    expect(code('data:text/html,<p>x')).toBe('not-web-page');
    expect(code('blob:https://x.example/1')).toBe('not-web-page');
    expect(code(undefined)).toBe('no-address');
    expect(code('not a url')).toBe('no-address');
    expect(unreadablePage('data:text/html,x')!.message).toContain('data:');
  });
});

describe('explainInjectionFailure', () => {
  it('says why by what the address shows', () => {
    expect(explainInjectionFailure('file:///tmp/a.html').code).toBe('file-access');
    expect(explainInjectionFailure('https://x.example/report.PDF').code).toBe('pdf-viewer');
    expect(explainInjectionFailure('https://x.example/').code).toBe('cannot-read');
    expect(explainInjectionFailure(undefined).code).toBe('cannot-read');
  });
});

describe('refuseContentType', () => {
  it('accepts HTML and XHTML', () => {
    expect(refuseContentType('text/html')).toBeNull();
    expect(refuseContentType('text/html; charset=utf-8')).toBeNull();
    expect(refuseContentType('application/xhtml+xml')).toBeNull();
  });

  it('names images, JSON, PDF, feeds and other files', () => {
    expect(refuseContentType('image/png')).toMatchObject({ code: 'image', message: expect.stringContaining('image/png') });
    expect(refuseContentType('application/json')).toMatchObject({ code: 'not-html', message: expect.stringContaining('JSON') });
    expect(refuseContentType('application/pdf')?.code).toBe('pdf-viewer');
    expect(refuseContentType('application/atom+xml')?.code).toBe('feed');
    expect(refuseContentType('text/plain')?.message).toContain('plain text');
    expect(refuseContentType('video/mp4')?.message).toContain('media');
  });
});
