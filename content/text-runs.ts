/**
 * A block's text as one string: the adjacent text nodes of one block, joined, so a phrase split across
 * inline elements ("re-education <a>camps</a>") is one string. What ends a run, what a run is, and how an
 * offset in it maps back to a node. Walking: run-collector.ts; cutting a long block: run-pieces.ts.
 */

/** Elements whose text is never scanned. `rt`/`rp` are ruby annotations, not running text. */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'title',
  'rt', 'rp', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'head',
]);

/** Elements that keep a run going: text on either side of them is one phrase. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  'q', 'ruby', 'rb', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'nobr',
]);

/** A block's text: the nodes in order, and where each starts in `text` (the first can start before it, a
 * long node cut by offset). A long block comes in pieces that overlap; each mention belongs to the one
 * piece where it starts between `ownFrom` and `ownTo`. */
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

/** The block that ends a run around `parent`'s text: the nearest ancestor that is not inline (a block
 * element, a shadow root or the document); null when a skipped element comes first. With `known` (answers
 * by element, kept by the caller while the page cannot change), each element is looked at once however
 * many texts sit under it: a deep chain of inline elements costs its depth, not its depth squared. */
export function blockOrSkip(parent: Node | null, known?: Map<Node, Node | null>): Node | null {
  const path: Node[] | null = known ? [] : null;
  let result: Node | null = null;
  for (let el = parent; el; el = el.parentNode) {
    const answer = known?.get(el);
    if (answer !== undefined) {
      result = answer;
      break;
    }
    path?.push(el);
    if (el.nodeType !== 1) {
      result = el;
      break;
    }
    const name = (el as Element).localName;
    if (SKIP.has(name)) break;
    if (!INLINE.has(name)) {
      result = el;
      break;
    }
  }
  if (path) for (const el of path) known!.set(el, result);
  return result;
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
