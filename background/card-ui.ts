/**
 * Injects the card's UI (entrypoints/card-ui.ts) into the frame of a content script that asks for it
 * (`loadCardUi`), in the same isolated world, when a reader first opens a card there. Only a web page's
 * content script may ask, only for its own frame, and only a few times a minute: the UI's bundle is
 * extension code, but a frame must not make the background run scripts at will.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { RateLimiter } from './rate-limit';
import { fromExtensionPage } from './validate-messages';

/** The injected bundle, built as an unlisted script. */
export const CARD_UI_SCRIPT = '/card-ui.js';

/** A frame needs the UI once per document; a retry or a reload or two is all a reader causes. */
export const cardUiLimit = new RateLimiter(4, 60_000);

/** The request carries nothing: the frame is the sender's own. */
const LoadCardUiSchema = v.strictObject({});

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'frameId'> & { tab?: { id?: number } };

export interface CardUiDeps {
  runtimeId: string;
  extensionOrigin: string;
  limit: RateLimiter;
  inject(tabId: number, frameId: number): Promise<unknown>;
}

const defaults = (): CardUiDeps => ({
  runtimeId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL('/'),
  limit: cardUiLimit,
  inject: (tabId, frameId) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_SCRIPT] }),
});

/** The tab and frame of a content script asking for the card UI, or null when the request or sender does not qualify. */
export function cardUiTarget(data: unknown, sender: Sender, runtimeId: string, extensionOrigin: string): { tabId: number; frameId: number } | null {
  if (!v.is(LoadCardUiSchema, data ?? {})) return null;
  const tabId = sender.tab?.id;
  const { frameId } = sender;
  // A content script's sender has a tab and a frame, and a web page's URL (the extension's own pages have neither).
  if (sender.id !== runtimeId || typeof tabId !== 'number' || tabId < 0 || typeof frameId !== 'number' || frameId < 0) return null;
  if (typeof sender.url !== 'string' || fromExtensionPage(sender, runtimeId, extensionOrigin)) return null;
  return { tabId, frameId };
}

/** Answers `loadCardUi`: ok once the UI's bundle has run in the sender's frame. */
export async function loadCardUi(data: unknown, sender: Sender, deps: CardUiDeps = defaults()): Promise<{ ok: boolean }> {
  const target = cardUiTarget(data, sender, deps.runtimeId, deps.extensionOrigin);
  if (!target || !deps.limit.allow(`${target.tabId}:${target.frameId}`)) return { ok: false };
  try {
    await deps.inject(target.tabId, target.frameId);
    return { ok: true };
  } catch {
    // The frame went away, or the browser refuses this page (a store page, a PDF viewer).
    return { ok: false };
  }
}
