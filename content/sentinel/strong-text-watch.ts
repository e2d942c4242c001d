/**
 * The sentinel's watch over a document's text: every text node, and every seam where a word goes on into the
 * next node, gets the strong pre-check, as the scanner's walk gives them (run-collector.ts): in the document,
 * in each open shadow root, and in the blocks the page changes later (as mutation-queue.ts finds them). The
 * first text that passes ends the watch: the scanner takes over. Reads only; short slices; hidden tabs wait.
 */
import { blockOrSkip } from '../text-runs';
import { crossesSeam, isRubyAnnotation, isSkippedText, nextTail, seamOf } from '../text-seams';

/** One slice of the first walk, and the wait before the page's changes are looked at (as the scanner's). */
const SLICE_MS = 8;
const MUTATION_DELAY_MS = 100;

export interface StrongTextWatchOptions {
  doc: Document;
  /** The strong pre-check (core/match/strong-pre-check.ts). */
  check: (text: string) => boolean;
  /** Called once, on the first text that passes (the watch has stopped by then). */
  onHit: () => void;
}

/** A resumable walk over one root's elements (for shadow roots) and text (for the check). */
class RootWalk {
  private readonly walker: TreeWalker;
  private tail = '';

  constructor(
    root: Node,
    private readonly check: (text: string) => boolean,
    private readonly foundHost: (el: Element) => void,
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    if (root.nodeType === 1) foundHost(root as Element);
    this.walker = doc.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  }

  /** Walks until `deadline`: 'hit' on a text that passes, 'done' at the root's end, else 'more'. */
  advance(deadline: number): 'hit' | 'done' | 'more' {
    const { walker, check } = this;
    for (let n = 1; ; n++) {
      // The clock is read every 128 nodes, before the next is taken: the walk resumes at it.
      if ((n & 127) === 0 && performance.now() > deadline) return 'more';
      const node = walker.nextNode();
      if (node === null) return 'done';
      if (node.nodeType === 1) {
        if ((node as Element).shadowRoot) this.foundHost(node as Element);
        continue;
      }
      const data = (node as Text).data;
      const length = data.length;
      if (length === 0) continue;
      if (isSkippedText(node as Text, length)) {
        this.tail = '';
        continue;
      }
      const tail = this.tail;
      if (isRubyAnnotation(node as Text, data, tail)) continue;
      if (check(data) || (crossesSeam(tail, data) && check(seamOf(tail, data)))) return 'hit';
      this.tail = nextTail(tail, data);
    }
  }
}

export class StrongTextWatch {
  check: (text: string) => boolean;
  private walks: RootWalk[] = [];
  private observer: MutationObserver | null = null;
  private shadows = new WeakSet<ShadowRoot>();
  private dirty = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by each start and stop: a slice or visibility wait of an earlier run does nothing. */
  private run = 0;
  /** Whether the document's first walk has finished (reset by each start). */
  firstWalkDone = false;
  /** For bench/: milliseconds of work, the longest slice, and how many slices. */
  workMs = 0;
  longestSliceMs = 0;
  slices = 0;

  constructor(private readonly opts: StrongTextWatchOptions) {
    this.check = opts.check;
  }

  get running(): boolean {
    return this.observer !== null;
  }

  /** Whether work is waiting: a walk unfinished, or changes not yet looked at. */
  get busy(): boolean {
    return this.running && (this.walks.length > 0 || this.dirty.size > 0);
  }

  /** Watches from scratch: the whole document again, then its changes. */
  start(): void {
    this.stop();
    const { doc } = this.opts;
    this.observer = new MutationObserver((records) => this.noted(records));
    this.observe(doc);
    this.walks.push(this.walkOf(doc.body ?? doc.documentElement));
    this.schedule(0);
  }

  stop(): void {
    this.run++;
    this.observer?.disconnect();
    this.observer = null;
    this.walks = [];
    this.dirty.clear();
    this.shadows = new WeakSet();
    this.firstWalkDone = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** For bench/ and tests: checks the document and its open shadow roots now, in one go, changing nothing. */
  checkAllNow(): boolean {
    const { doc } = this.opts;
    const roots: Node[] = [doc.body ?? doc.documentElement];
    const seen = new WeakSet<ShadowRoot>();
    const found = (el: Element) => {
      const shadow = el.shadowRoot;
      if (!shadow || seen.has(shadow)) return;
      seen.add(shadow);
      roots.push(shadow);
    };
    for (let i = 0; i < roots.length; i++) if (new RootWalk(roots[i]!, this.check, found).advance(Infinity) === 'hit') return true;
    return false;
  }

  private walkOf(root: Node): RootWalk {
    return new RootWalk(root, this.check, (el) => {
      const shadow = el.shadowRoot;
      if (!shadow || this.shadows.has(shadow)) return;
      this.shadows.add(shadow);
      this.observe(shadow);
      this.walks.push(this.walkOf(shadow));
    });
  }

  private observe(root: Node): void {
    this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private noted(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.dirty.add(r.target);
      else for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) this.dirty.add(n);
    }
    if (this.dirty.size) this.schedule(MUTATION_DELAY_MS);
  }

  private schedule(delay: number): void {
    if (this.timer !== null || !this.running) return;
    const run = this.run;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (run === this.run) this.pump();
    }, delay);
  }

  /** One slice: the changes turned into walks of their blocks, then the walks until the deadline. */
  private pump(): void {
    const { doc } = this.opts;
    if (doc.visibilityState === 'hidden') {
      const run = this.run;
      doc.addEventListener('visibilitychange', () => run === this.run && this.schedule(0), { once: true });
      return;
    }
    const started = performance.now();
    const deadline = started + SLICE_MS;
    if (this.dirty.size) {
      const blocks = new Map<Node, Node | null>();
      const seen = new Set<Node>();
      for (const node of this.dirty) {
        if (!node.isConnected) continue;
        // A new block element is its own root; inline content and text redo the block around them.
        const block = blockOrSkip(node.nodeType === 1 ? node : node.parentNode, blocks);
        // An element under a skipped one is still walked: it may hold shadow hosts (the scanner looks there too).
        const root = block ?? (node.nodeType === 1 ? node : null);
        if (root && !seen.has(root)) {
          seen.add(root);
          this.walks.push(this.walkOf(root));
        }
      }
      this.dirty.clear();
    }
    let hit = false;
    while (this.walks.length && !hit) {
      const step = this.walks[0]!.advance(deadline);
      if (step === 'more') break;
      if (step === 'hit') hit = true;
      else this.walks.shift();
    }
    const ms = performance.now() - started;
    this.workMs += ms;
    this.longestSliceMs = Math.max(this.longestSliceMs, ms);
    this.slices++;
    if (hit) {
      this.stop();
      this.opts.onHit();
      return;
    }
    if (this.walks.length) this.schedule(0);
    else this.firstWalkDone = true;
  }
}
