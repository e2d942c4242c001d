/**
 * Collects the text of a DOM subtree as "runs": the adjacent text nodes of one block, joined, so a phrase
 * split across inline elements ("re-education <a>camps</a>") is one string. Reads only; never mutates.
 * The walk is resumable so the scheduler can spread it over short slices.
 */

/** Elements whose text is never scanned. `rt`/`rp` are ruby annotations, not running text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'title',
  'rt', 'rp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'head',
]);

/** Elements that keep a run going: text on either side of them is one phrase. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  'q', 'ruby', 'rb', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'nobr',
]);

/** Whether an element continues the run of the text around it. */
export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** A block's text: the nodes in order, and where each starts in `text`. */
export interface TextRun {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Nearest ancestor that ends a run (a block element, a shadow root or the document). */
export function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el && el.nodeType === 1 && INLINE.has((el as Element).localName)) el = el.parentNode;
  return el;
}

/**
 * Whether a text node sits somewhere we never scan: form fields, editable regions, our own UI, or a
 * skipped element further up than its parent. Checked only for runs that contain a mention.
 */
export function isExcluded(node: Node, ownHost: Element | null): boolean {
  for (let el: Node | null = node.parentNode; el; el = el.parentNode) {
    if (el.nodeType === 11) {
      el = (el as ShadowRoot).host ?? null;
      if (!el) return false;
    }
    if (el.nodeType !== 1) continue;
    const element = el as HTMLElement;
    if (element === ownHost) return true;
    if (SKIP.has(element.localName)) return true;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
    // Language switchers ("Uyghur" in a list of Wikipedia languages) name a language, not the topic.
    if (element.localName === 'a' && element.hasAttribute('hreflang')) return true;
    if (element.localName === 'body') return false;
  }
  return false;
}

/**
 * Walks the text nodes under one root, a slice at a time, and hands over runs that pass `accept`.
 * One walk over elements and text: skipped elements (scripts, form fields...) are never entered, block
 * boundaries come from entering and leaving elements (no per-node ancestor lookups), and open shadow
 * roots are reported on the way (`onHost`), so no second walk is needed to find them.
 */
export class RunCollector {
  private readonly walker: TreeWalker;
  private nodes: Text[] = [];
  private text = '';
  private block: Node | null = null;
  /** Non-inline elements entered and not yet left, innermost last: the block of the next text node. */
  private readonly blocks: Node[];
  /** The node to process when the walk resumes (undefined before the first slice, null when done). */
  private next: Node | null | undefined = undefined;
  /** Text nodes visited so far (for the benchmark and tests). */
  visited = 0;

  constructor(
    readonly root: Node,
    private readonly accept: (text: string) => boolean,
    private readonly onRun: (run: TextRun) => void,
    private readonly onHost?: (host: Element) => void,
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.walker = doc.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
    this.blocks = [root];
  }

  /** Walks until `deadline` (a performance.now() value); returns true when the root is done. */
  advance(deadline: number): boolean {
    const walker = this.walker;
    const blocks = this.blocks;
    const onHost = this.onHost;
    let node = this.next === undefined ? walker.firstChild() : this.next;
    let n = 0;
    while (node !== null) {
      if ((++n & 127) === 0 && performance.now() > deadline) {
        this.next = node;
        return false;
      }
      if (node.nodeType === 3) {
        this.visited++;
        const block = blocks[blocks.length - 1]!;
        if (block !== this.block) {
          this.flush();
          this.block = block;
        }
        this.nodes.push(node as Text);
        this.text += (node as Text).data;
        node = this.leave();
        continue;
      }
      const name = (node as Element).localName;
      if (onHost !== undefined && (node as Element).shadowRoot !== null) onHost(node as Element);
      const child = SKIP.has(name) ? null : walker.firstChild();
      if (child === null) node = this.leave();
      else {
        if (!INLINE.has(name)) blocks.push(node);
        node = child;
      }
    }
    this.next = null;
    this.flush();
    return true;
  }

  /** Moves past the current node (not into it): its next sibling, else up and on. Null at the end. */
  private leave(): Node | null {
    const walker = this.walker;
    const blocks = this.blocks;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling !== null) return sibling;
      const up = walker.parentNode();
      if (up === null) return null;
      if (up === blocks[blocks.length - 1]) blocks.pop();
    }
  }

  private flush(): void {
    const { nodes, text } = this;
    if (!nodes.length) return;
    this.text = '';
    if (!this.accept(text)) {
      nodes.length = 0; // most runs have no mention: reuse the array
      return;
    }
    const starts = new Array<number>(nodes.length);
    let at = 0;
    for (let i = 0; i < nodes.length; i++) {
      starts[i] = at;
      at += nodes[i]!.data.length;
    }
    this.nodes = [];
    this.onRun({ nodes, starts, text });
  }
}

/** Maps an offset in a run's text to the node and offset it falls in (end offsets bind to the left). */
export function locate(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = run;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}
