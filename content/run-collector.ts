/**
 * Walks the text under one root, resumably, and hands over the runs (text-runs.ts) that pass a pre-check.
 * Reads only; never mutates. The scheduler spreads the walk over short slices.
 */
import { OpenRun } from './run-pieces';
import { INLINE, type TextRun } from './text-runs';
import { crossesSeam, isRubyAnnotation, isSkippedText, nextTail, seamOf } from './text-seams';

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
      if (isSkippedText(node as Text, length)) {
        this.tail = '';
        continue;
      }
      const tail = this.tail;
      if (isRubyAnnotation(node as Text, data, tail)) continue;
      const collected = !covered && (accept(data) || (crossesSeam(tail, data) && accept(seamOf(tail, data))));
      this.tail = nextTail(tail, data);
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
