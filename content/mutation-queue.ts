/**
 * What the page changed, queued by one MutationObserver (STYLE.md example 4) and turned into scan work in
 * batches: a burst of changes is handled as one, and a big batch goes on over as many slices as it takes.
 */
import type { MentionStore } from './mention-store';
import type { ScanMetrics } from './scan-metrics';
import { blockOrSkip } from './text-runs';

/** Delay before queued mutations are looked at, so a burst of appends is handled as one batch. Each batch
 * has a fixed cost (a timer, walkers, a render): at 20 ms an infinite scroll paid it for every append; at
 * 100 ms (still too short to notice) appends close together share it (docs/benchmark.md). */
const MUTATION_DELAY_MS = 100;
/** While changes keep coming (a batch handled less than BURST_WINDOW_MS ago), the next batch waits longer,
 * so a feed that appends every frame or two pays each batch's fixed cost (a timer, walkers, a render, a
 * report) about three times a second instead of ten; a change after a quiet spell still waits only
 * MUTATION_DELAY_MS. Measurements: docs/benchmark.md, the infinite-scroll feed. */
const BURST_DELAY_MS = 300;
const BURST_WINDOW_MS = 500;

export interface MutationQueueOptions {
  doc: Document;
  /** The extension's own UI host: its changes are not the page's. */
  ownHost: () => Element | null;
  metrics: ScanMetrics;
  /** Asks for a slice after `delay` ms. */
  schedule: (delay: number) => void;
}

/** What turning a batch into work needs from the scanner. */
export interface BatchWork {
  store: MentionStore;
  /** An added element: it may host a shadow root, or hold hosts. */
  addedElement(el: Element): void;
  /** A block to walk again. */
  walk(block: Node): void;
}

export class MutationQueue {
  private observer: MutationObserver | null = null;
  private readonly observed = new WeakSet<Node>();
  private dirty = new Set<Node>();
  private removals = false;
  /** Whether text was edited since the last batch (then an added block may hold stale mentions). */
  private textEdited = false;
  /** When queued mutations were last turned into work (performance.now()), or -Infinity. */
  private lastBatchAt = -Infinity;
  /** A batch of mutations being turned into work, over as many slices as it takes. */
  private batch: MutationBatch | null = null;
  /** Ancestors looked at (tests count them: linear in the batch, not in the batch times the depth). */
  ancestorSteps = 0;
  /** Slices that ended with a batch unfinished, to go on in the next (tests count them). */
  batchSlicesCut = 0;
  /** Whether the page removed (or moved) nodes since `takeMoved` was last asked. */
  private moved = true;

  constructor(private readonly opts: MutationQueueOptions) {}

  start(): void {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Watches a root (the document, a shadow root) once. */
  observe(root: Node): void {
    if (!this.observer || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.dirty.clear();
    this.batch = null;
  }

  /** Whether the page removed or moved nodes since the last call (answers kept by element may be stale). */
  takeMoved(): boolean {
    const moved = this.moved;
    this.moved = false;
    return moved;
  }

  /** Whether changes wait to be looked at. */
  get pending(): boolean {
    return this.dirty.size > 0 || this.removals || this.batch !== null;
  }

  private onMutations(records: MutationRecord[]): void {
    const started = performance.now();
    const host = this.opts.ownHost();
    for (const r of records) {
      if (host?.contains(r.target)) continue;
      if (r.type === 'characterData') {
        this.dirty.add(r.target);
        this.textEdited = true;
      } else {
        for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) this.dirty.add(n);
        if (r.removedNodes.length) this.removals = this.moved = true;
      }
    }
    this.opts.schedule(started - this.lastBatchAt < BURST_WINDOW_MS ? BURST_DELAY_MS : MUTATION_DELAY_MS);
    this.opts.metrics.add(performance.now() - started);
  }

  /** Turns queued mutations into scan work: drop what left, redo the blocks that changed. A batch goes
   * on over later slices when it does not fit in this one (a page can add thousands of nodes at once).
   * Returns whether mentions were dropped. */
  apply(deadline: number, work: BatchWork): boolean {
    let changed = false;
    if (this.removals) {
      this.removals = false;
      changed = work.store.dropDisconnected() > 0;
    }
    if (!this.batch) {
      if (!this.dirty.size) return changed;
      this.lastBatchAt = performance.now();
      this.batch = new MutationBatch(this.dirty, this.textEdited);
      this.dirty = new Set();
      this.textEdited = false;
    }
    const batch = this.batch;
    // Blocks by element for this slice (the page cannot change during it).
    const blocks = new Map<Node, Node | null>();
    let n = 0;
    const due = () => (++n & 63) === 0 && performance.now() > deadline && ++this.batchSlicesCut > 0;
    for (let next = batch.nodes.next(); !next.done; next = batch.nodes.next()) {
      const node = next.value;
      if (!node.isConnected || batch.dirty.has(node.parentNode!)) continue;
      // A new block element is its own root; inline content and text redo the block around them.
      const block = blockOrSkip(node.nodeType === 1 ? node : node.parentNode, blocks);
      if (block) batch.blocks.add(block);
      if (block === node && !batch.textEdited) batch.added.add(node);
      if (node.nodeType === 1) work.addedElement(node as Element);
      if (due()) return changed;
    }
    batch.order ??= [...batch.blocks];
    for (; batch.at < batch.order.length; batch.at++, batch.dropping = null) {
      const block = batch.order[batch.at]!;
      const covered = !block.isConnected || this.covered(block, batch, deadline);
      if (covered === null) return this.cut(changed);
      if (covered) {
        if (due()) return changed;
        continue;
      }
      // A block to redo can hold a whole page: the clock is read before each, and while its text is dropped.
      if (performance.now() > deadline) return this.cut(changed);
      // Drop what the block had, then walk it again: its runs may have been split or joined.
      if (work.store.size && !batch.added.has(block)) {
        const dropped = batch.dropped;
        const done = this.dropUnder(block, batch, work.store, deadline);
        if (batch.dropped > dropped) changed = true;
        if (!done) return this.cut(changed);
      }
      work.walk(block);
    }
    this.batch = null;
    return changed;
  }

  /** A slice ends with the batch unfinished. */
  private cut(changed: boolean): boolean {
    this.batchSlicesCut++;
    return changed;
  }

  /** Drops the mentions in the text under `block`, going on where the last slice stopped; false when the
   * deadline came first. */
  private dropUnder(block: Node, batch: MutationBatch, store: MentionStore, deadline: number): boolean {
    const walker = (batch.dropping ??= this.opts.doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */));
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      batch.dropped += store.dropNodes([t as Text]);
      if ((++n & 255) === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  /** Whether another block of the batch holds this one (then its walk covers it). Each ancestor is
   * looked at once a batch: what was found on the way up is kept for the blocks below. Null when the
   * deadline came first (a deep chain): asked again for the same block, the walk goes on where it stopped. */
  private covered(block: Node, batch: MutationBatch, deadline: number): boolean | null {
    const resumed = batch.climb?.block === block ? batch.climb : null;
    batch.climb = null;
    const path: Node[] = resumed?.path ?? [];
    let result = false;
    let n = 0;
    for (let p = resumed ? resumed.at : block.parentNode; p; p = p.parentNode) {
      if ((++n & 63) === 0 && performance.now() > deadline) {
        batch.climb = { block, path, at: p };
        return null;
      }
      this.ancestorSteps++;
      const known = batch.under.get(p);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(p);
      if (batch.blocks.has(p)) {
        result = true;
        break;
      }
    }
    for (const p of path) batch.under.set(p, result);
    return result;
  }
}

/** Mutations taken together: the nodes they touched, and the blocks to walk again. */
class MutationBatch {
  readonly nodes: Iterator<Node>;
  readonly blocks = new Set<Node>();
  /** Blocks that are themselves added elements: nothing of theirs is in the store yet (or, when moved,
   * the same ranges, which the store keeps once), so there is nothing to drop before walking them. */
  readonly added = new Set<Node>();
  /** The blocks in the order found, once all are found, and how many were handled. */
  order: Node[] | null = null;
  at = 0;
  /** The walk dropping the mentions of the block at `at`, when a slice ended during it; mentions dropped. */
  dropping: TreeWalker | null = null;
  dropped = 0;
  /** Whether a node is, or sits under, one of `blocks`. */
  readonly under = new Map<Node, boolean>();
  /** A walk up for `covered` that a deadline stopped, and where it was. */
  climb: { block: Node; path: Node[]; at: Node } | null = null;

  constructor(
    readonly dirty: ReadonlySet<Node>,
    /** Whether text was edited (then an added block may hold stale mentions). */
    readonly textEdited: boolean,
  ) {
    this.nodes = dirty.values();
  }
}
