/**
 * A document's highlight names: HMAC-SHA-256 of its time origin under a random key kept for this install. A page
 * cannot compute them without the key, so it cannot probe for them; every instance of the content script in
 * the same document gets the same names, so a new instance after an extension reload or update takes over
 * the old one's highlight entry instead of leaving it behind (an orphaned script in Firefox never runs again).
 */
import { browser } from 'wxt/browser';

const KEY_ITEM = 'highlightKey';
const KEY_PATTERN = /^[0-9a-f]{64}$/;

/** The names a content script in a document with this time origin registers its highlights under. */
export interface HighlightNames {
  mention: string;
  focus: string;
}

let key: Promise<CryptoKey> | null = null;

async function loadKey(): Promise<CryptoKey> {
  const stored = (await browser.storage.local.get(KEY_ITEM))[KEY_ITEM];
  let hex = typeof stored === 'string' && KEY_PATTERN.test(stored) ? stored : '';
  if (!hex) {
    hex = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
    await browser.storage.local.set({ [KEY_ITEM]: hex });
  }
  const bytes = new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** 20 lowercase letters from the MAC of `label`: the pattern background/highlight-styles.ts accepts. */
async function nameFor(k: CryptoKey, label: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(label)));
  return Array.from(mac.subarray(0, 20), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

/** The names for a document, or null when the request does not name a time origin. */
export async function highlightNames(data: unknown): Promise<HighlightNames | null> {
  const origin = (data as { origin?: unknown } | null)?.origin;
  if (typeof origin !== 'number' || !Number.isFinite(origin) || origin <= 0) return null;
  key ??= loadKey().catch((error: unknown) => {
    key = null;
    throw error;
  });
  const k = await key;
  const [mention, focus] = await Promise.all([nameFor(k, `mention ${origin}`), nameFor(k, `focus ${origin}`)]);
  return mention === focus ? null : { mention, focus };
}

/** For tests: forget the key read from storage. */
export function resetHighlightKey(): void {
  key = null;
}
