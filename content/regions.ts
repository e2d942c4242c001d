/**
 * The DOM side of core/match/region.ts: describes a text's ancestors (tag, role, microdata type, and what
 * each holds, measured lazily) and turns the rule's pick into a key: the region's element, or the heading
 * a run of blocks sits under. Only texts with a mention are looked up.
 */
import { isHeading, regionStep, textCap, type Ancestor, type Measure } from '../core/match/region';
import { blockOrSkip } from './text-runs';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';
/** Ancestors walked up between two looks at the clock. */
const STEPS_PER_CHECK = 64;

/** What an element holds, each figure read the first time the rule asks for it (a page's body can be
 * megabytes: its text and links are read only when its headings make them matter). `headingsIn`: headings
 * under the element, itself left out. */
function measureOf(el: Element, headingsIn: (el: Element) => number): Measure {
  const known: Partial<Record<keyof Measure, number>> = {};
  const lazy = (key: keyof Measure, read: () => number) => ({ get: () => (known[key] ??= read()) });
  const m: Measure = Object.defineProperties({} as Measure, {
    text: lazy('text', () => textLength(el, textCap(m.headings))),
    links: lazy('links', () => [...el.querySelectorAll('a[href]')].reduce((n, a) => n + a.textContent!.length, isLink(el) ? el.textContent!.length : 0)),
    headings: lazy('headings', () => headingsIn(el) + +isHeading(describe(el))),
    blocks: lazy('blocks', () => [...el.children].filter((child) => blockOrSkip(child) === child).length),
  });
  return m;
}

/** The length of an element's text, counted up to `cap` (bench: reading whole bodies of wrappers nested
 * around a large page made the longest slice). */
function textLength(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t && n < cap; t = walker.nextNode()) n += (t as Text).data.length;
  return n;
}

/**
 * Headings under each element of a tree (document or shadow root) that holds one, itself included when it
 * matches HEADINGS: one query for the tree, then up from each heading to the first element already reached,
 * and the counts summed from the bottom. Each element once, so the ancestors of a deep chain cost its depth,
 * not its depth squared (a query under each of them, as before).
 */
export function headingCounts(root: ParentNode): Map<Element, number> {
  return headingTree(root).counts;
}

/** headingCounts, with the headings themselves (so no element is asked whether it is one). */
function headingTree(root: ParentNode): HeadingTree {
  const counts = new Map<Element, number>();
  const headings = new Set<Element>();
  const up = new Map<Element, Element>();
  const below = new Map<Element, Element[]>();
  const tops = new Set<Element>();
  for (const h of root.querySelectorAll(HEADINGS)) {
    headings.add(h);
    counts.set(h, (counts.get(h) ?? 0) + 1);
    for (let at: Element = h; !up.has(at) && !tops.has(at); ) {
      const parent = at.parentElement;
      if (!parent) {
        tops.add(at);
        break;
      }
      up.set(at, parent);
      const list = below.get(parent);
      if (list) list.push(at);
      else below.set(parent, [at]);
      at = parent;
    }
  }
  // Top down once (no recursion: a chain can be thousands deep), then summed bottom up.
  const order: Element[] = [];
  for (const stack = [...tops]; stack.length; ) {
    const at = stack.pop()!;
    order.push(at);
    for (const child of below.get(at) ?? []) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const at = order[i]!;
    const parent = up.get(at);
    if (parent) counts.set(parent, (counts.get(parent) ?? 0) + (counts.get(at) ?? 0));
  }
  return { counts, headings };
}

interface HeadingTree {
  /** Headings under each element, itself included. */
  counts: Map<Element, number>;
  headings: Set<Element>;
}

function isLink(el: Element): boolean {
  return el.localName === 'a' && el.hasAttribute('href');
}

function describe(el: Element): Pick<Ancestor, 'tag' | 'role'> {
  return { tag: el.localName, role: el.getAttribute('role')?.trim().split(/\s+/)[0]?.toLowerCase() || null };
}

/** The parent element, through shadow roots to their hosts (a component's text is part of the page). */
function parentElementOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

export class RegionFinder {
  /** Measures last as long as the page: a region's key must not change as a feed grows. */
  private readonly measures = new WeakMap<Element, Measure>();
  /** Keys by element until the page moves or removes nodes; headings by container, for one batch of work. */
  private byElement = new Map<Node, object>();
  private headingLists = new Map<Element, Element[]>();
  /** Headings under elements, by the tree they are in (document, shadow root), for one batch. */
  private headingTrees = new Map<Node, HeadingTree>();
  /** The block of each element looked up, as long as the keys. */
  private blocks = new Map<Node, Node | null>();
  /** Ancestors looked at (tests count them). */
  steps = 0;
  /** A walk up that a deadline stopped: it goes on where it stopped when the same element is asked again. */
  private pending: { start: Element; path: Element[]; at: Element; desc: Ancestor } | null = null;

  constructor(private readonly doc: Document) {}

  /** Forgets what the page may have changed since (call when a batch of work starts). Keys and blocks by
   * element hold while nothing was moved or removed (`moved` false): added elements get their own. */
  newBatch(moved = true): void {
    if (moved) {
      this.byElement = new Map();
      this.blocks = new Map();
      this.pending = null;
    }
    this.headingLists = new Map();
    this.headingTrees = new Map();
  }

  /** Headings under `el`, itself left out. */
  private headingsIn(el: Element): number {
    const root = el.getRootNode();
    let tree = this.headingTrees.get(root);
    if (!tree) {
      // A detached element's tree is its own: the query leaves the element itself out, hence the add.
      tree = headingTree(root.nodeType === 1 ? (root as Element) : (root as ParentNode));
      if (root.nodeType === 1 && (root as Element).matches(HEADINGS)) {
        tree.counts.set(root as Element, (tree.counts.get(root as Element) ?? 0) + 1);
        tree.headings.add(root as Element);
      }
      this.headingTrees.set(root, tree);
    }
    return (tree.counts.get(el) ?? 0) - +tree.headings.has(el);
  }

  /** The region of a text node: an object compared by identity. With `due`, null when it said the time
   * was up before the walk up the ancestors ended (ask again: the walk goes on where it stopped). */
  regionOf(text: Text, due?: () => boolean): object | null {
    let start = blockOrSkip(text.parentNode, this.blocks) ?? text.parentNode;
    if (start && start.nodeType !== 1) start = start.nodeType === 11 ? (start as ShadowRoot).host : this.doc.body;
    return this.from((start as Element | null) ?? this.doc.body ?? this.doc.documentElement, due);
  }

  /** The region that grows from `el` upwards (core/match/region.ts regionStep at each ancestor). Kept by
   * element for the batch, so a deep chain with mentions all along it is walked once, not once a mention;
   * `due` is asked every STEPS_PER_CHECK ancestors (the first mention deep in a chain walks all of it). */
  private from(el: Element, due?: () => boolean): object | null {
    const resumed = this.pending?.start === el ? this.pending : null;
    this.pending = null;
    const path = resumed?.path ?? [];
    let key: object | undefined;
    let n = 0;
    // Each ancestor is described once: as the parent in one step, then as the element of the next.
    let desc: Ancestor | null = resumed?.desc ?? null;
    for (let at: Element | null = resumed?.at ?? el; at; ) {
      key = this.byElement.get(at);
      if (key !== undefined) break;
      desc ??= this.ancestor(at);
      if (due && ++n % STEPS_PER_CHECK === 0 && due()) {
        this.pending = { start: el, path, at, desc };
        return null;
      }
      this.steps++;
      path.push(at);
      const parent: Element | null = at === this.top() ? null : parentElementOf(at);
      const parentDesc = parent && this.ancestor(parent);
      const step = regionStep(desc, parentDesc);
      if (step === 'self') key = at;
      else if (step === 'run') key = this.headingBefore(parent!, at);
      if (key !== undefined) break;
      at = parent;
      desc = parentDesc;
    }
    key ??= this.top();
    for (const p of path) this.byElement.set(p, key);
    return key;
  }

  private top(): Element {
    return this.doc.body ?? this.doc.documentElement;
  }

  private ancestor(el: Element): Ancestor {
    return {
      ...describe(el),
      itemType: el.hasAttribute('itemscope') ? el.getAttribute('itemtype') : null,
      link: isLink(el),
      measure: () => this.measure(el),
    };
  }

  private measure(el: Element): Measure {
    let m = this.measures.get(el);
    if (!m) this.measures.set(el, (m = measureOf(el, (e) => this.headingsIn(e))));
    return m;
  }

  /** The last heading inside `container` at or before `el` in document order (the container if none). */
  private headingBefore(container: Element, el: Element): object {
    let list = this.headingLists.get(container);
    if (!list) this.headingLists.set(container, (list = [...container.querySelectorAll(HEADINGS)]));
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const h = list[mid]!;
      const pos = el.compareDocumentPosition(h);
      if (h === el || pos & 2 /* PRECEDING */ || pos & 8 /* CONTAINS */) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]! : container;
  }
}
