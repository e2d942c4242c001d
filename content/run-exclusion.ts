/** Whether found text sits where the scanner never looks: form fields, editable regions, our own UI,
 * language links, or a skipped element further up than its parent. */
import { SKIP } from './text-runs';

/**
 * Whether a text node sits somewhere we never scan. Checked only for runs that contain a mention. With
 * `known` (answers by element, kept by the caller while the page cannot change), each element is looked at
 * once however many text nodes sit under it: a deep chain costs its depth, not its depth squared.
 */
export function isExcluded(node: Node, ownHost: Element | null, known?: Map<Node, boolean>): boolean {
  const path: Node[] = [];
  let result = false;
  for (let el: Node | null = node.parentNode; el; el = el.parentNode) {
    if (el.nodeType === 11) {
      el = (el as ShadowRoot).host ?? null;
      if (!el) break;
    }
    const answer = known?.get(el);
    if (answer !== undefined) {
      result = answer;
      break;
    }
    if (el.nodeType !== 1) continue;
    path.push(el);
    if (excludes(el as HTMLElement, ownHost)) {
      result = true;
      break;
    }
    if ((el as Element).localName === 'body') break;
  }
  if (known) for (const el of path) known.set(el, result);
  return result;
}

/** Whether text under this element is never scanned, whatever is above it. */
function excludes(element: HTMLElement, ownHost: Element | null): boolean {
  if (element === ownHost) return true;
  if (SKIP.has(element.localName)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Language switchers ("Uyghur" in a list of Wikipedia languages) name a language, not the topic.
  return element.localName === 'a' && element.hasAttribute('hreflang');
}
