// extract-ms in Firefox: the extraction timed in Firefox's background page, where the extension parses the
// pages a reader asks to read (DOMParser, Readability, the engine, the pack's validation). Firefox ESR is
// driven over WebDriver BiDi (puppeteer-core) with the production build installed; an extension page asks
// runtime.getBackgroundPage() for the background's window and calls the handle it holds under
// Symbol.for(EXTRACT_KEY) (background/bench-handles.ts), so the work runs in the background page itself.
// Each page is extracted once untimed, then timed with the background's own performance.now().
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { EXTRACT_KEY } from './extract.mjs';
import { median } from './harness.mjs';

/** Per page {slug, kb, ms, ok} and the same summary as measureExtract, or undefined without a Firefox build. */
export async function measureExtractFirefox(extensionDir, pages, log = () => undefined) {
  if (!existsSync(path.join(extensionDir, 'manifest.json')) || !pages.length) return undefined;
  const parent = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-firefox-'));
  const dir = path.join(parent, 'extension');
  cpSync(extensionDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  try {
    await browser.installExtension(dir);
    const page = await browser.newPage();
    // Firefox never reports a moz-extension:// navigation as finished over BiDi: start it, then poll the document.
    const url = `moz-extension://${uuid}/${manifest.options_ui?.page ?? 'options.html'}`;
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    for (let i = 0; i < 200; i++) {
      const ready = await page.evaluate(() => [globalThis.location.href, globalThis.document.readyState]).catch(() => []);
      if (ready[0] === url && ready[1] === 'complete') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rows = [];
    for (const p of pages) {
      const { ms, ok } = await page.evaluate(async ({ key, html, url }) => {
        const background = await globalThis.browser.runtime.getBackgroundPage();
        const engine = background[Symbol.for(key)];
        if (!engine) throw new Error('the background page holds no extraction handle');
        const clock = background.performance;
        await engine.extract(html, url);
        const t0 = clock.now();
        const answer = await engine.extract(html, url);
        return { ms: clock.now() - t0, ok: !!answer?.ok };
      }, { key: EXTRACT_KEY, html: p.html, url: p.url });
      rows.push({ slug: p.slug, kb: p.html.length / 1024, ms, ok });
      log(rows.at(-1));
    }
    const articles = rows.filter((r) => r.ok);
    const largest = rows.reduce((a, b) => (b.kb > a.kb ? b : a));
    return { medianMs: median(articles.map((r) => r.ms)), articles: articles.length, pages: rows.length, maxMs: Math.max(...rows.map((r) => r.ms)), largest, rows };
  } finally {
    await browser.close();
    rmSync(parent, { recursive: true, force: true });
  }
}
