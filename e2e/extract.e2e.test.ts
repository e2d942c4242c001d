// Reading a tab as a source in the real browsers (issue 24): an extension page asks the background
// (`extractTab`), which serialises the page with a script injected for this read and extracts in the
// offscreen document (Chromium) or the background page (Firefox). The pack must equal what the CLI's
// jsdom path gives for the same HTML and URL: the browsers' parser gives the same text, so the same
// offsets. Pages the extension cannot read are refused by name, and the content script stays as it was.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { seedPage } from '../core/extract/test-support/seed-page.ts';
import type { ContextPack } from '../core/pack/schema.ts';
import { describeWithShared } from '../core/test-support/shared-dir.ts';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';
import type { ExtractTabResult } from '../utils/messages.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';

/** Corpus article pages: a 1.1 MB page (read in slices), a BBC report, a Portuguese one. */
const CORPUS = ['guardian-1', 'bbc-1', 'folha'];

/** The reader's calendar day, as the background takes it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Extension page world: asks the background to read a tab. */
async function askExtractTab(tabId: number): Promise<ExtractTabResult> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.runtime.sendMessage({ type: 'extractTab', data: { tabId } });
}

/** The extension page the tests ask from (opened once per test; the article tab stays in the background). */
async function extractFrom(env: BrowserEnv, track: (p: HarnessPage) => HarnessPage, tabId: number): Promise<ExtractTabResult> {
  const page = track(await env.browser.openExtensionPage('options.html'));
  return page.evaluate(askExtractTab, tabId);
}

/** What the test server serves at `url` (its corpus pages are rewritten: scripts inert), read as a page would.
 * A local connection reset under load (seen once in a full run) is retried, twice at most. */
async function servedText(url: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await fetch(url)).text();
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The same page, served, read by the CLI's path (jsdom) at the same address. */
async function inNode(url: string): Promise<ContextPack> {
  const html = await servedText(url);
  const outcome = await extractHtmlInNode(html, { url, readDay: today() });
  if (!outcome.ok) throw new Error(`Node refused ${url}: ${outcome.reason}`);
  return outcome.pack as ContextPack;
}

/** The parts the issue names, so a failure says which differs before the whole pack is compared. */
function parts(pack: ContextPack) {
  return {
    title: pack.source.title,
    authors: pack.source.authors,
    published: pack.source.published,
    quotes: pack.quotes.map((q) => ({ text: q.text, evidence: q.evidence, source: q.source })),
    entities: pack.entities.map((e) => [e.id, e.name, e.role]),
    events: pack.events.map((e) => e.date),
  };
}

async function expectSameAsNode(env: BrowserEnv, track: (p: HarnessPage) => HarnessPage, url: string): Promise<ContextPack> {
  const page = track(await env.browser.newPage(url));
  const tabId = await env.browser.tabIdFor(page);
  const result = await extractFrom(env, track, tabId);
  if (!result.ok) throw new Error(`${env.name} refused ${url}: ${result.code}: ${result.message}`);
  expect(result.pageUrl).toBe(url);
  const expected = await inNode(url);
  expect(parts(result.pack)).toEqual(parts(expected));
  expect(result.pack).toEqual(expected);
  expect(result.summary.quotations.length).toBe(expected.quotes.length);
  return result.pack;
}

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

forEachBrowser((env) => {
  itWithPages('refuses an image and JSON by what the tab shows, and an extension page by its address', async (track) => {
    env.server.setRoute('/extract/photo.png', { body: PNG, contentType: 'image/png' });
    env.server.setRoute('/extract/data.json', { body: '{"headline":"not a page","quotes":["“a”"]}', contentType: 'application/json' });
    const image = track(await env.browser.newPage(env.server.url('/extract/photo.png')));
    const imageResult = await extractFrom(env, track, await env.browser.tabIdFor(image));
    expect(imageResult).toMatchObject({ ok: false, code: 'image', message: expect.stringContaining('image/png') });

    const json = track(await env.browser.newPage(env.server.url('/extract/data.json')));
    const jsonResult = await extractFrom(env, track, await env.browser.tabIdFor(json));
    expect(jsonResult).toMatchObject({ ok: false, code: 'not-html', message: expect.stringContaining('JSON') });

    // The extension page asks to read its own tab.
    const own = track(await env.browser.openExtensionPage('options.html'));
    const ownResult = await own.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tab = await api.tabs.getCurrent();
      return api.runtime.sendMessage({ type: 'extractTab', data: { tabId: tab.id } }) as Promise<ExtractTabResult>;
    });
    expect(ownResult).toMatchObject({ ok: false, code: 'extension-page', message: expect.stringContaining('extension') });
  });

  itWithPages('refuses a content script’s request to read a tab', async (track) => {
    const page = track(await env.browser.newPage(env.server.fixtureUrl('plain.html?extract-content-script')));
    const tabId = await env.browser.tabIdFor(page);
    const answer = await env.browser.evaluateInExtension(
      async ({ tabId }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        // The content script's world: same extension id, a web page's URL as the sender.
        const [injected] = await api.scripting.executeScript({
          target: { tabId },
          func: () => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: 'extractTab', data: { tabId: 1 } }),
        });
        return injected.result;
      },
      { tabId },
    );
    expect(answer).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  itWithPages('leaves the content script as it was: the serializer is injected only for a read', async () => {
    const registered = await env.browser.evaluateInExtension(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.scripting.getRegisteredContentScripts()).map((s: { id: string; js?: string[] }) => ({ id: s.id, js: s.js }));
    });
    expect(registered).toHaveLength(1);
    expect(registered[0]!.js!.map((f: string) => f.replace(/^\//, ''))).toEqual(['sentinel.js']);
    expect(env.browser.manifest.content_scripts).toBeUndefined();
    const serializer = readFileSync(path.join(env.browser.extensionDir, 'serialize-page.js'), 'utf8');
    // Neither what every page gets (the sentinel) nor the scanner a page with a mention gets holds the serializer.
    for (const file of ['sentinel.js', 'mentions.js']) {
      const content = readFileSync(path.join(env.browser.extensionDir, file), 'utf8');
      for (const mark of ['<!DOCTYPE ', 'too-large']) {
        expect(serializer).toContain(mark);
        expect(content).not.toContain(mark);
      }
    }
  });
});

describeWithShared('reading real pages as sources', (shared) => {
  const seed = seedPage(shared);
  forEachBrowser((env) => {
    itWithPages('reads the seed article as the CLI does: same quotations, offsets, speakers and dates', async (track) => {
      env.server.setRoute('/extract/seed-article/', { body: seed.html, contentType: 'text/html; charset=utf-8' });
      const pack = await expectSameAsNode(env, track, env.server.url('/extract/seed-article/'));
      expect(pack.quotes.length).toBeGreaterThanOrEqual(9);
      expect(pack.source.published).toBe(seed.metadata.article.published);
    }, 60_000);

    itWithPages(`reads ${CORPUS.length} corpus article pages as the CLI does`, async (track) => {
      for (const slug of CORPUS) await expectSameAsNode(env, track, env.server.corpusUrl(slug));
    }, 120_000);
  });
});
