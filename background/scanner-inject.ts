/**
 * The scanner on demand: a frame's sentinel (content/sentinel/) asks for the strong pre-check only
 * (`strongCheck`), and, once its text passes it, for the scanner (`loadScanner`): mentions.js injected into
 * that frame, in the same isolated world. As for the card's UI (card-ui.ts): only a web page's content
 * script may ask, only for its own frame, and only a few times a minute.
 */
import { browser } from 'wxt/browser';
import type { AnchorSources } from '../core/match/strong-pre-check';
import { cardUiTarget } from './card-ui';
import { getMatcherPlan } from './packs';
import { RateLimiter } from './rate-limit';
import { CONTENT_JS } from './registration';

/** A document needs the scanner once; a failed try or two is all it causes. Counted by document (a tab
 * that goes from page to page asks once for each), with a bound for the whole tab besides. */
export const scannerLimit = new RateLimiter(4, 60_000);
export const scannerTabLimit = new RateLimiter(60, 60_000);

/** `documentId`: Chrome's id of the sender's document (Firefox has none: its URL stands in). */
type Sender = Parameters<typeof cardUiTarget>[1] & { documentId?: string };

export interface ScannerDeps {
  runtimeId: string;
  extensionOrigin: string;
  limit: RateLimiter;
  tabLimit: RateLimiter;
  inject(tabId: number, frameId: number): Promise<unknown>;
}

const defaults = (): ScannerDeps => ({
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL('/'),
  limit: scannerLimit,
  tabLimit: scannerTabLimit,
  inject: (tabId, frameId) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_JS] }),
});

/** Answers `loadScanner`: ok once the scanner's bundle has run in the sender's frame. */
export async function loadScanner(data: unknown, sender: Sender, deps: ScannerDeps = defaults()): Promise<{ ok: boolean }> {
  // The same request (none) and the same sender rules as the card's UI.
  const target = cardUiTarget(data, sender, deps.runtimeId, deps.extensionOrigin);
  if (!target) return { ok: false };
  const documentKey = `${target.tabId}:${target.frameId}:${sender.documentId ?? sender.url}`;
  if (!deps.limit.allow(documentKey) || !deps.tabLimit.allow(target.tabId)) return { ok: false };
  try {
    await deps.inject(target.tabId, target.frameId);
    return { ok: true };
  } catch {
    // The frame went away, or the browser refuses this page.
    return { ok: false };
  }
}

/** Answers `strongCheck`: the strong anchors of the installed packs' plan, a few KB (the plan is far more). */
export function strongCheck(plan: () => Promise<{ strongAnchors: AnchorSources }> = getMatcherPlan): Promise<AnchorSources> {
  return plan().then((p) => p.strongAnchors);
}
