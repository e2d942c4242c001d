// Issue 9 "What a page can see" and issue 4 "the page's DOM is untouched": a hostile page
// (e2e/fixtures/detector.html) watches everything a script can while the extension scans, highlights
// and rescans it. docs/what-a-page-can-see.md records what it still learns.
import { expect } from 'vitest';
import { waitForFirstScan } from './content-world.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

/** What detector.html's readDetector() returns. */
interface DetectorReport {
  mutations: { type: string; target: string; attribute: string | null; added: string[]; removed: string[]; oldValue: string | null }[];
  ownMutations: number;
  highlightNames: string[];
  highlightSizes: Record<string, number>;
  copyEvents: number;
  messages: string[];
  events: string[];
  longTasks: number[] | null;
  marks: string[];
  measures: string[];
  resources: string[];
  styleSheets: [number, number];
  adoptedStyleSheets: [number, number];
  rootAttributes: string[];
  bodyAttributes: string[];
  probes: Record<string, string>;
}

forEachBrowser((env) => {
  itWithPages('gives a page that watches for it no DOM change, event, mark or reachable file, only its named highlight', async (track) => {
    const page = track(await env.browser.newPage(env.server.fixtureUrl('detector.html')));
    const tabId = await env.browser.tabIdFor(page);
    await waitForFirstScan(env, page, tabId);
    await pollUntil(() => env.browser.highlightTexts(page), (texts) => texts.length >= 7, { message: 'the mentions highlighted' });
    // A page change the extension rescans (the mutation path), then the highlight grows.
    const before = (await env.browser.highlightTexts(page)).length;
    await page.evaluate(() => (window as any).appendOwnParagraph());
    await pollUntil(() => env.browser.highlightTexts(page), (texts) => texts.length === before + 2, { message: 'the appended mentions highlighted' });
    await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge === String(before + 2), { message: 'the badge to follow' });

    // The page guesses our origin (store ids are public; Firefox's UUID is per install) and both schemes.
    const origins = [env.browser.extensionOrigin, 'chrome-extension://' + 'a'.repeat(32), 'moz-extension://00000000-0000-4000-8000-000000000000'];
    const report = await page.evaluate((o: string[]) => (window as any).readDetector(o) as Promise<DetectorReport>, origins);
    console.info(`${env.name} detector report: ${JSON.stringify({ ...report, probes: undefined, mutations: report.mutations.length })}`);

    // DOM: exactly the page's own mutation (one <p> added), nothing from the extension.
    expect(report.mutations).toEqual([{ type: 'childList', target: 'DIV', attribute: null, added: ['P'], removed: [], oldValue: null }]);
    expect(report.ownMutations).toBe(1);
    expect(report.rootAttributes).toEqual(['lang']);
    expect(report.bodyAttributes).toEqual([]);
    // No stylesheet the page can enumerate: the ::highlight rules are inserted by the background (scripting.insertCSS).
    expect(report.styleSheets[1]).toBe(report.styleSheets[0]);
    expect(report.adoptedStyleSheets[1]).toBe(report.adoptedStyleSheets[0]);
    // The shared highlight registry is the one thing it sees: our name (random for this document) and how many ranges.
    const [name] = await env.browser.highlightNames(tabId);
    expect(name).toMatch(/^[a-z]{20}$/);
    expect(report.highlightNames).toEqual([name]);
    expect(report.highlightSizes[name!]).toBe(before + 2);
    // No timing marks, copy events, messages or other events from us.
    expect(report.marks).toEqual([]);
    expect(report.measures).toEqual([]);
    expect(report.copyEvents).toBe(0);
    expect(report.messages).toEqual([]);
    expect(report.events).toEqual([]);
    expect(report.resources).toEqual([]);
    // No file of the extension can be loaded by the page (no web-accessible resources).
    expect(Object.entries(report.probes).filter(([, result]) => result !== 'blocked')).toEqual([]);
    expect(env.browser.manifest).not.toHaveProperty('web_accessible_resources');
  });
});
