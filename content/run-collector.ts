/**
 * Walks the text under one root, resumably, and hands over the runs (text-runs.ts) that pass a pre-check.
 * Reads only; never mutates. The scheduler spreads the walk over short slices.
 */
import { OpenRun } from './run-pieces';
import { INLINE, SKIP, type TextRun } from './text-runs';

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
    /** Returns false when it ran out of time before finishing the run: it gets the same run again. */
    private readonly onRun: (run: TextRun, deadline: number) => boolean | void,
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
        this.open = OpenRun.around(node as Text);
        if (this.open && !this.continueRun(deadline)) return false;
      }
      // The clock is read every 128 nodes, and after every run: a run's matching can cost a millisecond (each
      // variant's expression is compiled at its first use), and on a dense page 128 nodes held a dozen runs,
      // a slice of 20 to 70 ms instead of 8 (bench: longest-task-ms).
      if ((collected || (++n & 127) === 0) && performance.now() > deadline) return false;
    }
    return true;
  }

  /** Hands over the open run's next pieces until its block ends (then the walk moves past the run) or the
   * deadline passes (false). */
  private continueRun(deadline: number): boolean {
    const run = this.open!;
    if (!run.next(deadline, this.accept, this.onRun)) return false;
    this.open = null;
    const last = run.last;
    // A root that ends blocks holds every block found under it, so the run too, unless the page moved
    // it between slices; asking the page is a walk up the tree, the depth of a deep chain for each run.
    const inside = this.rootHoldsBlocks && !run.sliced ? true : this.root.contains(last);
    this.runEnd = last === run.trigger || !inside ? null : last;
    return true;
  }
}
