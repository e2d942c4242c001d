// Which frames of a tab count towards its badge, and what "the same mention" is across frames
// (docs/relevance.md, "Frames"). Each frame still highlights what it finds; this is only the count.

/** The least viewport a frame needs to be read: smaller ones are ads, trackers and widgets. */
export const READABLE_MIN_WIDTH = 200;
export const READABLE_MIN_HEIGHT = 100;

/** Whether a frame of `width`×`height` CSS px that intersects the top viewport (any part) can be read. */
export function readableFrame(width: number, height: number, intersecting: boolean): boolean {
  return intersecting && width >= READABLE_MIN_WIDTH && height >= READABLE_MIN_HEIGHT;
}

/**
 * The site of a host name, as far as it can be told without the Public Suffix List: its last two labels,
 * or three under a two-letter country domain whose second level is short (bbc.co.uk, abc.net.au).
 * An IP address or a one-label host is its own site.
 */
export function siteKey(host: string): string {
  const h = host.toLowerCase().replace(/\.+$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const tld = labels.at(-1)!;
  const second = labels.at(-2)!;
  const take = tld.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Whether two addresses are of the same site (a frame from the page's own site counts). */
export function sameSite(a: string, b: string): boolean {
  const host = (url: string) => {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? `${u.protocol}${siteKey(u.hostname)}` : null;
    } catch {
      return null;
    }
  };
  const ha = host(a);
  return ha !== null && ha === host(b);
}

/** Whether a frame's mentions count towards the badge: the top frame, a frame of the same site, or one
 * the reader can read (it said so: large enough, and it has intersected the viewport). */
export function frameCounts(frameId: number, frameUrl: string, tabUrl: string, readable: boolean): boolean {
  return frameId === 0 || readable || sameSite(frameUrl, tabUrl);
}

/** FNV-1a, 32 bits, in base 36: short, and enough to tell mentions apart within one tab. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** How much text on each side of a mention tells it apart. */
export const KEY_CONTEXT_CHARS = 32;

/**
 * The key of a mention across frames: its term and a hash of the text around it (`before` and `after`,
 * the KEY_CONTEXT_CHARS nearest each side, spaces folded). The same ad or embed repeated in many frames
 * gives the same keys; two places in one frame that read alike are still two mentions (see summarize).
 */
export function mentionKey(termId: string, before: string, text: string, after: string): string {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  return `${termId}:${hash(`${fold(before).slice(-KEY_CONTEXT_CHARS)}\u0000${fold(text)}\u0000${fold(after).slice(0, KEY_CONTEXT_CHARS)}`)}`;
}

/** The term of a mention key. */
export function termOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf(':'));
}
