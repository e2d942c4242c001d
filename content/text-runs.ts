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

/** A block's text: the nodes in order, and where each starts in `text`. A long block comes in pieces that
 * overlap; each mention belongs to the one piece where it starts between `ownFrom` and `ownTo`. */
export interface TextRun {
  nodes: Text[];
  starts: number[];
  text: string;
  ownFrom: number;
  ownTo: number;
}

/** A run is handed over in pieces of about this many characters: one very long block in a single slice
 * would be the page's longest task (docs/benchmark.md, the longest task). */
export const PIECE_CHARS = 4096;
/** How much text two pieces share. A mention is at most 256 characters (a variant is at most 80,
 * core/pack/schema.ts, plus suffixes and spacing); half the overlap is at least twice that, so the piece
 * that owns a mention holds it whole, with as much context on each side as the matcher reads. */
export const PIECE_OVERLAP = 1024;

/** A run being collected, piece by piece, across slices. */
interface OpenRun {
  block: Node;
  walker: TreeWalker;
  blockOf: (t: Node) => Node | null;
  /** The node whose pre-check started the run. */
  trigger: Text;
  nodes: Text[];
  starts: number[];
  text: string;
  ownFrom: number;
  /** Whether a slice ended inside the run (the page may have moved its nodes since). */
  sliced: boolean;
}

/**
 * Whether a text node sits somewhere we never scan: form fields, editable regions, our own UI, or a
 * skipped element further up than its parent. Checked only for runs that contain a mention. With `known`
 * (answers by element, kept by the caller while the page cannot change), each element is looked at once
 * however many text nodes sit under it: a deep chain costs its depth, not its depth squared.
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

/** The block that ends a run around `parent`'s text: the nearest ancestor that is not inline (a block
 * element, a shadow root or the document); null when a skipped element comes first. */
export function blockOrSkip(parent: Node | null): Node | null {
  for (let el = parent; el; el = el.parentNode) {
    if (el.nodeType !== 1) return el;
    const name = (el as Element).localName;
    if (SKIP.has(name)) return null;
    if (!INLINE.has(name)) return el;
  }
  return null;
}

/** Texts at least this long are checked for a skipped parent before the pre-check: inline scripts are long. */
const LONG_TEXT = 256;
/** Ruby annotation text (rt, rp) is skipped; only short nodes are checked for it, to keep the walk cheap. */
const RUBY_MAX = 24;
const RUBY_TEXT = new Set(['rt', 'rp']);
/** Where CJK scripts begin (U+2E80): ruby annotates them. */
const CJK_START = 0x2e80;
/** How much of a text's end is kept to check a word that goes on in the next text node ("Xin<b>jiang</b>"). */
const SEAM = 16;

/** Whether a character may be part of a word that an element boundary splits: letters, digits and
 * apostrophes, and some punctuation too (a needless seam check costs little). */
function joins(c: number): boolean {
  return c > 47 || c === 39;
}

/**
 * Walks the text nodes under one root, a slice at a time, and hands over runs that pass `accept`.
 * Like the benchmark's floor, the walk visits text nodes only and asks nothing of their
 * ancestors: each node's text, and each seam where a word goes on into the next node, gets the pre-check.
 * Only a node that passes has its block looked up, and that block's runs are collected exactly (inline
 * elements joined, skipped elements left out). A skipped element deeper than the nearest block (a
 * paragraph inside a button) is caught by isExcluded, for runs with a mention only.
 */
export class RunCollector {
  private readonly walker: TreeWalker;
  /** The end of the text walked so far when it ends inside a word, else ''. */
  private tail = '';
  /** The last node of the run collected last, while the walk has not passed it yet. */
  private runEnd: Node | null = null;
  /** Whether the walk is done (its root, or up to `until`). */
  finished = false;
  /** The run being collected in pieces, when a slice ended inside it. */
  private open: OpenRun | null = null;
  /** Whether the walk has reached `until` (it ends once the run there is done). */
  private atUntil = false;
  /** Whether the root is not inline: then the block of any text under it is the root or inside it. */
  private readonly rootHoldsBlocks: boolean;

  constructor(
    readonly root: Node,
    private readonly accept: (text: string) => boolean,
    private readonly onRun: (run: TextRun) => void,
    /** Where to stop: the walk ends after this node (null: at the end of the root). */
    private readonly until: Node | null = null,
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.rootHoldsBlocks = root.nodeType !== 1 || !INLINE.has((root as Element).localName);
    this.walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  }

  /** The node walked last (the root before the first). */
  get position(): Node {
    return this.walker.currentNode;
  }

  /** Walks until `deadline` (a performance.now() value); returns true when the root is done. */
  advance(deadline: number): boolean {
    if (this.finished) return true;
    this.finished = this.walk(deadline);
    return this.finished;
  }

  private walk(deadline: number): boolean {
    const { walker, accept, until } = this;
    if (this.open && !this.continueRun(deadline)) return false;
    let n = 0;
    // The walk ends after `until`, whichever way its node is handled, also when a slice ends there.
    for (let node = this.atUntil ? null : walker.nextNode(); node !== null; node = this.atUntil ? null : walker.nextNode()) {
      if (node === until) this.atUntil = true;
      // A node the run collected last covers is not checked again. The cover ends at the run's last node,
      // however that node is handled below: it can be empty (frameworks leave empty text nodes).
      const covered = this.runEnd !== null;
      if (node === this.runEnd) this.runEnd = null;
      const data = (node as Text).data;
      const length = data.length;
      if (length === 0) continue;
      // Its parent only (a script's text sits right in it): skipped text deeper down is still caught by
      // blockOrSkip and isExcluded when it passes the pre-check.
      if (length >= LONG_TEXT && SKIP.has((node.parentNode as Element).localName)) {
        this.tail = '';
        continue;
      }
      const tail = this.tail;
      // Ruby annotations are short: leave them out of the seam so 新<rt>xīn</rt>疆 still joins. Only text
      // next to CJK can be one (kana, bopomofo, or pinyin after a CJK base): elsewhere the walk does not
      // touch the parent, as the floor does not.
      if (
        length <= RUBY_MAX &&
        (data.charCodeAt(0) >= CJK_START || (tail !== '' && tail.charCodeAt(tail.length - 1) >= CJK_START)) &&
        RUBY_TEXT.has((node.parentNode as Element | null)?.localName ?? '')
      ) {
        continue;
      }
      const collected = !covered && (accept(data) || (tail !== '' && joins(data.charCodeAt(0)) && accept(tail.slice(-SEAM) + data.slice(0, SEAM))));
      this.tail = joins(data.charCodeAt(length - 1)) ? (length >= SEAM || tail === '' ? data : tail.slice(-SEAM) + data) : '';
      if (collected) {
        this.startRun(node as Text);
        if (this.open && !this.continueRun(deadline)) return false;
      }
      // The clock is read every 128 nodes, and after every run: a run's matching can cost a millisecond (each
      // variant's expression is compiled at its first use), and on a dense page 128 nodes held a dozen runs,
      // a slice of 20 to 70 ms instead of 8 (bench: longest-task-ms).
      if ((collected || (++n & 127) === 0) && performance.now() > deadline) return false;
    }
    return true;
  }

  /** Starts the run around `node`: its block's text before it (up to PIECE_OVERLAP characters of it), then
   * the block's text after it, collected by continueRun. */
  private startRun(node: Text): void {
    const block = blockOrSkip(node.parentNode);
    if (block === null) return;
    let parent: Node | null = node.parentNode;
    let parentBlock: Node | null = block;
    const blockOf = (t: Node) => {
      if (t.parentNode !== parent) {
        parent = t.parentNode;
        parentBlock = blockOrSkip(parent);
      }
      return parentBlock;
    };
    const walker = node.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = node;
    // Text in a skipped element is left out of the run; text of a nested block ends it. Text before the
    // node failed the pre-check, so only enough of it for context is taken: a block of thousands of links
    // is not walked back to its start for each mention in it.
    const before: Text[] = [];
    let back = 0;
    let cut = false;
    for (let t = walker.previousNode(); t !== null; t = walker.previousNode()) {
      const b = blockOf(t);
      if (b === block) {
        before.push(t as Text);
        back += (t as Text).data.length;
        if (back >= PIECE_OVERLAP) {
          cut = true;
          break;
        }
      } else if (b !== null) break;
    }
    const nodes = before.reverse();
    nodes.push(node);
    const starts: number[] = [];
    let text = '';
    for (const t of nodes) {
      starts.push(text.length);
      text += t.data;
    }
    // Cut off from its start, the piece owns mentions from half the overlap on: each has context before it.
    this.open = { block, walker, blockOf, trigger: node, nodes, starts, text, ownFrom: cut ? PIECE_OVERLAP / 2 : 0, sliced: false };
    walker.currentNode = node;
  }

  /** Collects the open run's next pieces and hands them over, until the block ends or the deadline passes
   * (then false); the walk then moves past the run. */
  private continueRun(deadline: number): boolean {
    const run = this.open!;
    for (;;) {
      let ended = true;
      for (let t = run.walker.nextNode(); t !== null; t = run.walker.nextNode()) {
        const b = run.blockOf(t);
        if (b === run.block) {
          run.starts.push(run.text.length);
          run.nodes.push(t as Text);
          run.text += (t as Text).data;
          if (run.text.length - run.ownFrom >= PIECE_CHARS) {
            ended = false;
            break;
          }
        } else if (b !== null) break;
      }
      const { nodes, starts, text, ownFrom } = run;
      // A piece cut off before the block's end owns mentions up to half the overlap before its end.
      const ownTo = ended ? Infinity : text.length - PIECE_OVERLAP / 2;
      if (this.accept(text)) this.onRun({ nodes, starts, text, ownFrom, ownTo });
      if (ended) {
        this.open = null;
        const last = nodes[nodes.length - 1]!;
        // A root that ends blocks holds every block found under it, so the run too, unless the page moved
        // it between slices; asking the page is a walk up the tree, the depth of a deep chain for each run.
        const inside = this.rootHoldsBlocks && !run.sliced ? true : this.root.contains(last);
        this.runEnd = last === run.trigger || !inside ? null : last;
        return true;
      }
      // The next piece begins with the nodes of this one's last PIECE_OVERLAP characters at least.
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > text.length - PIECE_OVERLAP) k--;
      const base = starts[k]!;
      run.nodes = nodes.slice(k);
      run.starts = starts.slice(k).map((s) => s - base);
      run.text = text.slice(base);
      run.ownFrom = ownTo - base;
      if (performance.now() > deadline) {
        run.sliced = true;
        return false;
      }
    }
  }
}

/** Maps an offset in a run's text to the node and offset it falls in (end offsets bind to the left). */
export function locate(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number; index: number } {
  const { starts, nodes } = run;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]!, index: lo };
}
