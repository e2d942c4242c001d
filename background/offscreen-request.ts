/** The offscreen document answers only the background: the one shape it sends, from no tab of ours. */
export const OFFSCREEN_COPY = 'offscreen-copy';

interface SenderLike {
  id?: string;
  tab?: unknown;
  url?: string;
}

/** The text (and HTML) the background asks the offscreen document to copy, or null for anyone else. */
export function readOffscreenCopy(message: unknown, sender: SenderLike, runtimeId: string): { text: string; html?: string } | null {
  // Content scripts share the extension's id but always have a tab; pages of other extensions have another id.
  if (sender.id !== runtimeId || sender.tab !== undefined) return null;
  if (!message || typeof message !== 'object' || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  const keys = Object.keys(m);
  if (m.target !== OFFSCREEN_COPY || typeof m.text !== 'string' || !keys.every((k) => k === 'target' || k === 'text' || k === 'html')) return null;
  if (m.html !== undefined && typeof m.html !== 'string') return null;
  return typeof m.html === 'string' ? { text: m.text, html: m.html } : { text: m.text };
}
