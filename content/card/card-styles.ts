/** The card's own styles, inlined into its shadow root with the shared context styles. */
import { contextStyles } from '../../components/context/styles';

// `all: initial !important` on the host: page rules for `body > *` or unknown elements cannot reach in.
// No `display` on the card itself: the UA's `[popover]:not(:popover-open)` rule hides it when closed.
// Scroll bars follow `color-scheme`, which each theme sets.
const cardOnly = `:host{all:initial!important;display:block!important;position:static!important}
.cc-card{box-sizing:border-box;position:fixed;inset:auto;margin:0;padding:var(--s3) var(--s4) 0;width:min(380px,calc(100vw - 16px));max-height:min(560px,calc(100vh - 16px));overflow:auto;border:1px solid var(--l);border-radius:12px;box-shadow:0 8px 28px #0005;z-index:2147483647;overscroll-behavior:contain;scrollbar-width:thin;scrollbar-color:var(--m) var(--b)}
.cc-footer{position:sticky;bottom:0;margin:var(--s2) calc(-1*var(--s4)) 0;padding:var(--s2) var(--s4);background:var(--b);border-top:1px solid var(--l)}
.cc-footer .cc-actions{margin:0}
.cc-footer .cc-status{font-weight:600}
.cc-more>summary{cursor:pointer;color:var(--a);font-size:var(--t1);font-weight:600;margin:var(--s1) 0;width:fit-content}
details.cc-section>summary{color:var(--m)}
.cc-summary-h{display:inline;margin:0}
.cc-toast{box-sizing:border-box;position:fixed;inset:auto 16px 16px auto;margin:0;display:flex;align-items:center;gap:var(--s3);padding:var(--s2) var(--s3);border:1px solid var(--l);border-radius:var(--r);box-shadow:0 6px 20px #0005;z-index:2147483647;max-width:calc(100vw - 32px)}
.cc-toast[hidden]{display:none}
.cc-card[hidden]{display:none}
.cc-card:focus{outline:none}
.cc-close{float:inline-end;margin:-6px -8px 0 6px;width:28px;height:28px;font:18px/1 sans-serif;color:var(--m);background:none;border:0;border-radius:6px;cursor:pointer}
.cc-close:hover{color:var(--f);background:var(--n)}
.cc-manual{display:block;width:100%;margin-top:6px;font:12px/1.4 monospace;color:var(--f);background:var(--q);border:1px solid var(--l)}
.cc-live{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

/** Everything the card's shadow root needs. */
export const cardStyles = contextStyles + cardOnly;

/**
 * Adds the styles to a shadow root. A constructed stylesheet is not subject to the page's `style-src`,
 * so strict-CSP pages raise no violation; a <style> element is the fallback where adopting fails.
 */
export function addStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Older engines, or a content-script wrapper the page's document will not adopt.
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}
