/** Writes to the clipboard (extension pages, and content scripts on secure pages): rich text where allowed, else plain. */

/** What one copy puts on the clipboard: always plain text, rich text (HTML) when the style uses italics. */
export type { CopyStrings as CopyPayload } from '../core/cite/pack-citation';
import type { CopyStrings as CopyPayload } from '../core/cite/pack-citation';

/**
 * Copies `payload`. Tries a ClipboardItem with text/plain and text/html, then plain text alone.
 * Resolves false when the browser refused both (the caller then offers the text for a manual copy).
 */
export async function writeClipboard(payload: CopyPayload, clipboard: Clipboard | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard) return false;
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (payload.html && Item && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new Item({
          'text/plain': new Blob([payload.text], { type: 'text/plain' }),
          'text/html': new Blob([payload.html], { type: 'text/html' }),
        }),
      ]);
      return true;
    } catch {
      // Some browsers refuse text/html items; plain text is still worth having.
    }
  }
  try {
    await clipboard.writeText(payload.text);
    return true;
  } catch {
    return false;
  }
}
