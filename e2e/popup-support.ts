// Helpers shared by the popup and options end-to-end tests: reading the rendered popup, axe-core,
// and full-page screenshots at a popup's width.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { HarnessPage } from './harness/browsers.ts';

/** What the popup shows, read from its DOM. */
export interface PopupSnapshot {
  lang: string;
  heading: string;
  h2: string[];
  state: string;
  stateText: string;
  counts: Record<string, number>;
  quotes: number;
  timelineMarks: number;
  approxMarks: number;
  preview: string;
}

/** Page world of the popup: reads the view (self-contained, it is serialised to the browser). */
export function readPopup(): PopupSnapshot {
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const counts: Record<string, number> = {};
  for (const button of document.querySelectorAll('.cc-mention[data-term-id]')) {
    counts[button.getAttribute('data-term-id')!] = Number(text(button.querySelector('.cc-count')).replace(/[^\d]/g, ''));
  }
  const state = document.querySelector('[data-state]');
  return {
    lang: document.documentElement.lang,
    heading: text(document.querySelector('h1')),
    h2: [...document.querySelectorAll('h2')].map(text),
    state: state?.getAttribute('data-state') ?? '',
    stateText: text(state),
    counts,
    quotes: document.querySelectorAll('#popup-quote-list .cc-quote').length,
    timelineMarks: document.querySelectorAll('.cc-timeline-event').length,
    approxMarks: document.querySelectorAll('.cc-timeline-approx').length,
    preview: text(document.querySelector('.cc-cite-preview')),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A and AA rules) in the page and returns its violations, summarised. */
export async function axeViolations(page: HarnessPage): Promise<string[]> {
  await page.evaluate((source: string) => {
    if (!(globalThis as { axe?: unknown }).axe) (0, eval)(source);
  }, axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 4).join(' | ')})`);
  });
}

/** A screenshot of the whole page at `width` px (a popup's width, or a settings page's). */
export async function fullScreenshot(page: HarnessPage, file: string, width: number): Promise<void> {
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  if (page.browserName === 'chromium') {
    await page.raw.setViewportSize({ width, height: Math.min(height, 800) });
    await page.raw.screenshot({ path: file, fullPage: true });
  } else {
    await page.raw.setViewport({ width, height: Math.min(height, 800) });
    await page.raw.screenshot({ path: file as `${string}.png`, fullPage: true });
  }
}
