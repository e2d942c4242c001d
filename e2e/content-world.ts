// Reads the content script's own state from its isolated world, through scripting.executeScript from
// an extension context. Pages cannot see this state; tests use it to wait for the first scan instead of
// sleeping, and to measure the script's main-thread work (content/bench-hook.ts).
import type { BrowserEnv, HarnessPage } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

/** What one frame's content script says about itself (undefined fields: no script in that frame). */
export interface ContentState {
  frameId: number;
  /** A content script runs in this frame's isolated world. */
  running: boolean;
  /** Its first full scan has finished. */
  ready: boolean;
  workMs: number;
  longestSliceMs: number;
  mentions: number;
}

/** Extension context: asks every frame (or the top one) of a tab for its content script's state. */
export async function readContentStates({ tabId, allFrames }: { tabId: number; allFrames: boolean }): Promise<ContentState[]> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  // Runs in the content script's isolated world; must be self-contained (it is serialised).
  const probe = () => {
    const handle = (globalThis as any)[Symbol.for('context-cards.bench')];
    if (!handle) return { running: false, ready: false, workMs: 0, longestSliceMs: 0, mentions: 0 };
    const stats = handle.stats();
    return { running: true, ready: handle.ready(), ...stats };
  };
  const results: { frameId: number; result?: any }[] = await api.scripting.executeScript({
    target: { tabId, allFrames },
    world: 'ISOLATED',
    func: probe,
  });
  return results.map(({ frameId, result }) => ({ frameId, ...(result ?? { running: false, ready: false, workMs: 0, longestSliceMs: 0, mentions: 0 }) }));
}

/** The content state of a tab's frames. */
export function contentStates(env: BrowserEnv, tabId: number, allFrames = false): Promise<ContentState[]> {
  return env.browser.evaluateInExtension(readContentStates, { tabId, allFrames });
}

/**
 * Waits until the content script of the tab's top frame (or of every frame that runs one, when
 * `frames` says how many to expect) has finished its first scan. Firefox does not scan a hidden tab,
 * so the page is brought to the front first.
 */
export async function waitForFirstScan(env: BrowserEnv, page: HarnessPage, tabId: number, { frames = 1, timeout = 8000 } = {}): Promise<ContentState[]> {
  await page.bringToFront();
  return pollUntil(
    () => contentStates(env, tabId, frames > 1),
    (states) => states.filter((s) => s.running && s.ready).length >= frames,
    { timeout, message: `the first scan of ${frames} frame(s) of ${page.url()}` },
  );
}

/** A minimal HTML page around `body` (for pages a test serves with `setRoute`). */
export function htmlPage(title: string, body: string, { lang = 'en', head = '' }: { lang?: string; head?: string } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body>${body}</body></html>`;
}

/** Escapes text for an HTML page built by a test (the text comes from files written by others). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text as paragraphs, one per blank-line-separated block. */
export function textToParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block)}</p>`)
    .join('\n');
}
