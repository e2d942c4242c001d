/** Typed senders for the contracts in messages.ts. */
import { browser } from 'wxt/browser';
import type { RequestOf, ResponseOf, ToBackground, ToContent } from './messages';

/** Sends a message to the background and returns its typed answer. */
export function toBackground<K extends keyof ToBackground>(type: K, data: RequestOf<ToBackground, K>): Promise<ResponseOf<ToBackground, K>> {
  return browser.runtime.sendMessage({ type, data }) as Promise<ResponseOf<ToBackground, K>>;
}

/** Sends a message to one frame (default: the top frame) of a tab. */
export function toTab<K extends keyof ToContent>(tabId: number, type: K, data: RequestOf<ToContent, K>, frameId = 0): Promise<ResponseOf<ToContent, K>> {
  return browser.tabs.sendMessage(tabId, { type, data }, { frameId }) as Promise<ResponseOf<ToContent, K>>;
}

/** Shape check for any message of a contract: an object with a string `type` the contract knows. */
export function isMessage<M extends object>(value: unknown, known: readonly (keyof M)[]): value is { type: keyof M; data: unknown } {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string' && known.includes((value as { type: keyof M }).type);
}
