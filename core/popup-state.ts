/**
 * How the popup decides what to say about a tab (issue 6 "States"). Pure: the runtime side
 * (pages/popup-state.ts) gathers the facts (URL, permission, the content script's answer, the tab's
 * stored mentions, the settings) and this module turns them into one state with its own message.
 */

/** Why a page cannot be scanned at all. */
export type UnscannableReason = 'browser-page' | 'web-store' | 'pdf-viewer' | 'unknown';

/** Mentions of the topic on a tab, all frames together. */
export interface TabCounts {
  /** Visible mentions by term id. */
  counts: Record<string, number>;
  /** Visible mentions in total (after the cap). */
  total: number;
  /** True when the page had more mentions than the cap. */
  capped: boolean;
}

/** Everything the popup can say about a tab. */
export type PopupState =
  | { kind: 'unscannable'; reason: UnscannableReason }
  | { kind: 'no-access'; origin: string }
  | { kind: 'needs-reload' }
  | { kind: 'paused' }
  | { kind: 'disabled-site'; site: string }
  | { kind: 'nothing-found' }
  | ({ kind: 'capped' } & TabCounts)
  | ({ kind: 'mentions' } & TabCounts);

/** The facts gathered about a tab. */
export interface PopupFacts {
  /** The tab's URL; undefined when the browser did not tell us. */
  url: string | undefined;
  /** Whether the extension holds a host permission for the tab's origin. */
  hasAccess: boolean;
  /** Whether the content script in the tab's top frame answered. */
  answered: boolean;
  /** The settings' verdict for the tab's site. */
  activity: 'active' | 'paused' | 'disabled-site';
  /** The tab's site (host name), for the "disabled on this site" message. */
  site: string | null;
  /** Mentions as stored by the background (all frames), or as the top frame answered. */
  mentions: TabCounts | undefined;
}

// Stores whose pages no extension may script (Chrome and Firefox refuse content scripts there).
const WEB_STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

// Chrome's built-in PDF viewer is itself an extension; Firefox's pdf.js lives at resource://pdf.js.
const PDF_VIEWER_ORIGINS = ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai', 'resource://pdf.js'];

/** Why a URL can never be scanned, or null when a content script may run there. */
export function unscannableReason(url: string | undefined): UnscannableReason | null {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (PDF_VIEWER_ORIGINS.some((origin) => url.startsWith(origin))) return 'pdf-viewer';
  const { protocol, hostname, pathname } = parsed;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') return 'browser-page';
  const host = hostname.toLowerCase();
  if (WEB_STORES.some((store) => store.host === host && (!store.path || pathname.startsWith(store.path)))) return 'web-store';
  // A PDF opened in a tab keeps its own URL but is shown by the browser's viewer, where no script runs.
  if (/\.pdf$/i.test(pathname)) return 'pdf-viewer';
  return null;
}

/** The host-permission pattern that covers a URL's origin ("https://example.org/*"), or null. */
export function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'file:') return 'file:///*';
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Decides the popup's state. Settings come before "needs a reload": a paused extension or a disabled
 * site is the reason nothing shows, and reloading would not change that.
 */
export function decidePopupState(facts: PopupFacts): PopupState {
  const reason = unscannableReason(facts.url);
  if (reason) return { kind: 'unscannable', reason };
  if (!facts.hasAccess) return { kind: 'no-access', origin: originPattern(facts.url!) ?? facts.url! };
  if (facts.activity === 'paused') return { kind: 'paused' };
  if (facts.activity === 'disabled-site') return { kind: 'disabled-site', site: facts.site ?? '' };
  if (!facts.answered) return { kind: 'needs-reload' };
  const mentions = facts.mentions;
  if (!mentions || (mentions.total <= 0 && !mentions.capped)) return { kind: 'nothing-found' };
  return { kind: mentions.capped ? 'capped' : 'mentions', counts: mentions.counts, total: mentions.total, capped: mentions.capped };
}

/** Term ids with at least one mention, most mentioned first (ties keep the given term order). */
export function termsByCount(counts: Record<string, number>, termOrder: readonly string[]): string[] {
  const rank = (id: string) => {
    const at = termOrder.indexOf(id);
    return at < 0 ? termOrder.length : at;
  };
  return Object.keys(counts)
    .filter((id) => (counts[id] ?? 0) > 0)
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || rank(a) - rank(b) || a.localeCompare(b));
}

/** The tab id asked for in the popup's query string (`?tab=<id>`), or undefined for the active tab. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** The term a full-context tab was opened for (`#term=<packId>/<termId>`, or a bare term id as older links
 * have it); no term when the hash names none. */
export function fullTermOf(hash: string): { packId?: string; termId?: string } {
  const m = /^#term=(?:([a-z0-9-]{1,80})\/)?([a-z0-9-]{1,64})$/.exec(hash);
  if (!m) return {};
  return { ...(m[1] ? { packId: m[1] } : {}), termId: m[2]! };
}
