/** Whether found text sits where the scanner never looks: form fields, editable regions, our own UI,
 * language links, or a skipped element further up than its parent. */
import { SKIP } from './text-runs';

/** A walk up that a deadline stopped: the text it was for, the elements passed, where it was. */
export interface ExclusionClimb {
  node: Node;
  path: Node[];
  at: Node;
}

/** Ancestors walked up between two looks at the clock. */
const STEPS_PER_CHECK = 64;

/**
 * Whether a text node sits somewhere we never scan. Checked only for runs that contain a mention. With
 * `known` (answers by element, kept by the caller while the page cannot change), each element is looked at
 * once however many text nodes sit under it: a deep chain costs its depth, not its depth squared. With
 * `due` (asked every STEPS_PER_CHECK ancestors) and `stopped`, null when the time was up: the walk is left in
 * `stopped.climb` and goes on from there when asked again for the same text.
 */
export function isExcluded(node: Node, ownHost: Element | null, known?: Map<Node, boolean>, due?: () => boolean, stopped?: { climb: ExclusionClimb | null }): boolean | null {
  const resumed = stopped?.climb?.node === node ? stopped.climb : null;
  if (stopped) stopped.climb = null;
  const path: Node[] = resumed?.path ?? [];
  let result = false;
  let n = 0;
  for (let el: Node | null = resumed?.at ?? node.parentNode; el; el = el.parentNode) {
    if (el.nodeType === 11) {
      el = (el as ShadowRoot).host ?? null;
      if (!el) break;
    }
    const answer = known?.get(el);
    if (answer !== undefined) {
      result = answer;
      break;
    }
    if (due && stopped && ++n % STEPS_PER_CHECK === 0 && due()) {
      stopped.climb = { node, path, at: el };
      return null;
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
