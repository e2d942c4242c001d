/**
 * What a frame adds to its report so the background can count the tab's mentions fairly
 * (docs/relevance.md, "Frames"): whether the frame can be read, and a key per mention of a sub-frame.
 */
import { KEY_CONTEXT_CHARS, mentionKey, readableFrame } from '../core/tab-state/frames';
import type { MentionRecord } from './mention-store';

/** Whether this document is the tab's top frame (comparing windows is allowed across origins). */
export function isTopFrame(win: Window = window): boolean {
  return win === win.top;
}

/**
 * Watches whether a sub-frame can be read: large enough, and intersecting the top viewport (an observer
 * with no root in a frame measures against the top-level viewport, across origins too). Sticky: once read,
 * a frame scrolled away still counts. `onChange` is called when it becomes readable.
 */
export function watchReadable(doc: Document, signal: AbortSignal, onChange: () => void): () => boolean {
  const win = doc.defaultView;
  if (!win || isTopFrame(win)) return () => true;
  let readable = false;
  if (typeof IntersectionObserver !== 'function') return () => readable;
  const observer = new IntersectionObserver((entries) => {
    const intersecting = entries.some((e) => e.isIntersecting && e.intersectionRect.width > 0 && e.intersectionRect.height > 0);
    if (!readable && readableFrame(win.innerWidth, win.innerHeight, intersecting)) {
      readable = true;
      observer.disconnect();
      onChange();
    }
  });
  observer.observe(doc.documentElement);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return () => readable;
}

const keys = new WeakMap<MentionRecord, string>();

/** A mention's key: its term and the text around it in its first and last text nodes. */
export function keyOf(record: MentionRecord): string {
  let key = keys.get(record);
  if (key === undefined) {
    const { startContainer, startOffset, endContainer, endOffset } = record.range;
    const before = (startContainer.nodeValue ?? '').slice(Math.max(0, startOffset - KEY_CONTEXT_CHARS), startOffset);
    const after = (endContainer.nodeValue ?? '').slice(endOffset, endOffset + KEY_CONTEXT_CHARS);
    key = mentionKey(record.key, before, record.text, after);
    keys.set(record, key);
  }
  return key;
}
