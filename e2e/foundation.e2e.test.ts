import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { buildDirs } from './harness/paths.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';
import { declareMissing } from './harness/skip.ts';

// The topic's spellings that demo/index.html was written with (one per form it uses). Any
// highlight on the demo page must be one of these; the extension decides which it finds.
const DEMO_MENTION_FORMS = [
  'Xinjiang',
  'Uyghur',
  'Uighur',
  're-education camps',
  'camps',
  'vocational education and training centres',
  'Jeremy Hunt',
  'Lu Kang',
  '新疆',
  '维吾尔',
  '维吾尔族',
  'уйгуров',
  'الأويغور',
];

/** Highlight text with the whitespace of line breaks in the HTML source made single spaces. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

forEachBrowser((env) => {
  itWithPages('highlights topic mentions on the demo page and nothing else', async (track) => {
    const page = track(await env.browser.newPage(env.server.demoUrl()));
    const texts = await pollUntil(
      async () => (await env.browser.highlightTexts(page)).map(normalise),
      (found) => found.includes('Xinjiang') && found.includes('re-education camps') && found.includes('新疆'),
      { message: 'highlights of Xinjiang, the split "re-education camps" and 新疆' },
    );
    expect(texts.filter((text) => !DEMO_MENTION_FORMS.includes(text))).toEqual([]);
    // One Uyghur is plain text, the other inside a link.
    expect(texts.filter((text) => text === 'Uyghur').length).toBeGreaterThanOrEqual(2);
  });

  itWithPages('shows the number of highlighted mentions on the toolbar badge', async (track) => {
    const page = track(await env.browser.newPage(env.server.demoUrl('?badge')));
    const tabId = await env.browser.tabIdFor(page);
    const { highlights, badge } = await pollUntil(
      async () => ({ highlights: (await env.browser.highlightTexts(page)).length, badge: await env.browser.badgeText(tabId) }),
      ({ highlights, badge }) => highlights > 0 && badge === String(highlights),
      { message: 'the badge to equal the number of highlights' },
    );
    expect(Number(badge)).toBe(highlights);
  });

  itWithPages('leaves a page without mentions unhighlighted and its badge empty', async (track) => {
    const demo = track(await env.browser.newPage(env.server.demoUrl('?before-quiet')));
    const demoTab = await env.browser.tabIdFor(demo);
    // Wait until the extension has visibly worked in this browser, so the quiet page's
    // empty result below means "nothing found", not "not run yet".
    await pollUntil(() => env.browser.badgeText(demoTab), (badge) => badge !== '', { message: 'the demo page badge' });
    const quiet = track(await env.browser.newPage(env.server.demoUrl('quiet.html')));
    const quietTab = await env.browser.tabIdFor(quiet);
    // Issue 4's budget is a final badge within 1 s of load: it must stay dark for longer than that.
    await holdsFor(
      async () => ({ highlights: await env.browser.highlightTexts(quiet), badge: await env.browser.badgeText(quietTab) }),
      ({ highlights, badge }) => highlights.length === 0 && badge === '',
      { duration: 1500, message: 'the quiet page to have no highlights and an empty badge' },
    );
  });

  itWithPages('opens the popup for a given tab and renders its heading', async (track) => {
    const page = track(await env.browser.newPage(env.server.demoUrl('?popup')));
    const tabId = await env.browser.tabIdFor(page);
    const popup = track(await env.browser.openPopup(tabId));
    const rendered = await pollUntil(
      () =>
        popup.evaluate(() => ({
          heading: document.querySelector('h1')?.textContent?.trim() ?? '',
          hasMain: document.querySelector('main') !== null,
        })),
      (state) => state.heading !== '' && state.hasMain,
      { message: 'the popup to render an <h1> and a <main>' },
    );
    expect(rendered.heading.length).toBeGreaterThan(0);
  });
});

function readManifest(dir: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, any>;
}

function manifestTests(): void {
  const chrome = () => readManifest(buildDirs.chromium);
  const firefox = () => readManifest(buildDirs.firefox);

  it('are Manifest V3 for both browsers', () => {
    expect([chrome().manifest_version, firefox().manifest_version]).toEqual([3, 3]);
  });

  it('keep Firefox-only keys out of the Chrome manifest', () => {
    expect(chrome()).not.toHaveProperty('browser_specific_settings');
  });

  it('require Chrome 105, the first with the CSS Custom Highlight API', () => {
    expect(chrome().minimum_chrome_version).toBe('105');
  });

  it('give Firefox a fixed add-on id, version 140 at least, and no data collection', () => {
    const gecko = firefox().browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('context-cards@context-cards.example');
    expect(gecko?.strict_min_version).toMatch(/^140(\.0)*$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('expose no web-accessible resources a page could probe for', () => {
    expect(chrome()).not.toHaveProperty('web_accessible_resources');
    expect(firefox()).not.toHaveProperty('web_accessible_resources');
  });
}

const built = [buildDirs.chromium, buildDirs.firefox].every((dir) => existsSync(path.join(dir, 'manifest.json')));
if (built) describe('built manifests', manifestTests);
else declareMissing('built manifests', 'no production build in .output (run npm run build)', manifestTests);
