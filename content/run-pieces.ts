/**
 * One run being collected and handed over in overlapping pieces, across slices: a block of thousands of
 * nodes, or one very long text node, is never matched in one go.
 */
import { PIECE_CHARS, PIECE_OVERLAP, blockOrSkip, type TextRun } from './text-runs';

export class OpenRun {
  /** Whether a slice ended inside the run (the page may have moved its nodes since). */
  sliced = false;
  /** Whether the block's last node has been collected. */
  private walked = false;

  private constructor(
    private readonly block: Node,
    private readonly walker: TreeWalker,
    private readonly blockOf: (t: Node) => Node | null,
    /** The node whose pre-check started the run. */
    readonly trigger: Text,
    private nodes: Text[],
    private starts: number[],
    private text: string,
    private ownFrom: number,
  ) {}

  /** The run around `node`: its block's text before it (up to PIECE_OVERLAP characters of it), then the
   * block's text after it, collected by `next`. Null when a skipped element holds it. */
  static around(node: Text): OpenRun | null {
    // Answers by element for this run: a block of thousands of nested inline elements is walked up once.
    const known = new Map<Node, Node | null>();
    const block = blockOrSkip(node.parentNode, known);
    if (block === null) return null;
    let parent: Node | null = node.parentNode;
    let parentBlock: Node | null = block;
    const blockOf = (t: Node) => {
      if (t.parentNode !== parent) {
        parent = t.parentNode;
        parentBlock = blockOrSkip(parent, known);
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
    walker.currentNode = node;
    // Cut off from its start, the piece owns mentions from half the overlap on: each has context before it.
    return new OpenRun(block, walker, blockOf, node, nodes, starts, text, cut ? PIECE_OVERLAP / 2 : 0);
  }

  /** The run's last node so far. */
  get last(): Text {
    return this.nodes[this.nodes.length - 1]!;
  }

  /** Collects the next pieces and hands those that pass `accept` to `onRun`, until the block ends (true)
   * or the deadline passes (false). A text node longer than a piece (a log in one <pre>) is cut by offset,
   * so its matching too is spread over slices. `onRun` returning false did not finish the piece in time:
   * the same piece is handed over again at the next call. */
  next(deadline: number, accept: (text: string) => boolean, onRun: (run: TextRun, deadline: number) => boolean | void): boolean {
    for (;;) {
      if (!this.walked && this.text.length - this.ownFrom < PIECE_CHARS) this.walked = this.collect();
      const { nodes, starts, text, ownFrom } = this;
      // Whole nodes make a piece, unless the last one took it far past its size: then it ends by offset.
      const cut = text.length > ownFrom + PIECE_CHARS + PIECE_OVERLAP ? ownFrom + PIECE_CHARS : text.length;
      const ended = this.walked && cut === text.length;
      const piece = cut === text.length ? text : text.slice(0, cut);
      // A piece cut off before the block's end owns mentions up to half the overlap before its end.
      const ownTo = ended ? Infinity : cut - PIECE_OVERLAP / 2;
      if (accept(piece) && onRun({ nodes, starts, text: piece, ownFrom, ownTo }, deadline) === false) {
        this.sliced = true;
        return false;
      }
      if (ended) return true;
      // The next piece begins with this one's last PIECE_OVERLAP characters at least: at a node's start,
      // or inside the node that was cut (its start is then before the piece's).
      let base = cut - PIECE_OVERLAP;
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > base) k--;
      if (cut === text.length) base = Math.max(0, starts[k]!);
      this.nodes = nodes.slice(k);
      this.starts = starts.slice(k).map((s) => s - base);
      this.text = text.slice(base);
      this.ownFrom = ownTo - base;
      if (performance.now() > deadline) {
        this.sliced = true;
        return false;
      }
    }
  }

  /** Appends the block's next nodes until the piece is full (false) or the block ends (true). */
  private collect(): boolean {
    for (let t = this.walker.nextNode(); t !== null; t = this.walker.nextNode()) {
      const b = this.blockOf(t);
      if (b === this.block) {
        this.starts.push(this.text.length);
        this.nodes.push(t as Text);
        this.text += (t as Text).data;
        if (this.text.length - this.ownFrom >= PIECE_CHARS) return false;
      } else if (b !== null) return true;
    }
    return true;
  }
}
