/**
 * "Show in page" from the review of a draft: the tab the source was read in scrolls to a passage and selects
 * it. The finder is injected for this one request (the content script every page loads carries none of it),
 * so it must be self-contained: the browser serialises the function, not its module.
 */
import { browser } from 'wxt/browser';

/** Longest passage looked for: a quotation or a sentence, never a document. */
export const MAX_PASSAGE_CHARS = 2000;
/** Pages with more text than this are not searched (the reader's click must not freeze the page). */
const MAX_PAGE_CHARS = 4_000_000;

/**
 * Runs in the page: finds `passage` in the document's visible text, white space ignored on both sides (the
 * extracted text joins blocks and inline runs differently from the page), selects it and scrolls to it.
 */
export function selectPassage(passage: string, maxChars: number): boolean {
  const wanted = passage.replace(/\s+/g, '');
  if (!wanted || !document.body) return false;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let flat = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const tag = text.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    const data = text.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i]!)) continue;
      flat += data[i];
      nodes.push(text);
      offsets.push(i);
    }
    if (flat.length > maxChars) return false;
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return false;
  const last = at + wanted.length - 1;
  const range = document.createRange();
  range.setStart(nodes[at]!, offsets[at]!);
  range.setEnd(nodes[last]!, offsets[last]! + 1);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  return true;
}

/** Shows the passage in its tab (brought to the front); false when the page no longer holds it. */
export async function revealPassage(tabId: number, passage: string): Promise<boolean> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: selectPassage, args: [passage.slice(0, MAX_PASSAGE_CHARS), MAX_PAGE_CHARS] });
    if (first?.result !== true) return false;
    await browser.tabs.update(tabId, { active: true });
    return true;
  } catch {
    // The tab closed, navigated to a page the extension may not read, or is the browser's own.
    return false;
  }
}
