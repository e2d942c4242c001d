/**
 * Finds mentions in a document and keeps them current: one resumable walk per root, spread over short
 * slices; one MutationObserver that only queues what changed (STYLE.md example 4); never a whole-page
 * rescan. Reads the page and registers highlights; it never mutates the page's DOM.
 */
import type { ScanMatcher } from '../core/match/matcher-plan';
import { hasIgnorable, normalizeForMatch, toOriginalRange } from '../core/match/normalize-for-match';
import { MentionStore } from './mention-store';
import { RegionFinder } from './regions';
import { RunCollector, blockOrSkip, isExcluded, locate, type TextRun } from './text-runs';

/** Resumable work: walks until a deadline (a performance.now() value), true when done. */
interface Walk {
  advance(deadline: number): boolean;
}

/** Length of one work slice, and the pause between slices once the first full scan is done. */
const SLICE_MS = 8;
const IDLE_GAP_MS = 50;
/** Delay before queued mutations are looked at, so a burst of appends is handled as one batch. Each batch
 * has a fixed cost (a timer, walkers, a render): at 20 ms an infinite scroll paid it for every append; at
 * 100 ms (still too short to notice) appends close together share it (bench: observer/append 4.1 -> 3.5). */
const MUTATION_DELAY_MS = 100;
/** While changes keep coming (a batch handled less than BURST_WINDOW_MS ago), the next batch waits longer,
 * so a feed that appends every frame or two pays each batch's fixed cost (a timer, walkers, a render, a
 * report) about three times a second instead of ten; a change after a quiet spell still waits only
 * MUTATION_DELAY_MS. Measurements: docs/benchmark.md, the infinite-scroll feed. */
const BURST_DELAY_MS = 300;
const BURST_WINDOW_MS = 500;
/** When hidden text is looked at again: after the reader acts (a click, a toggled <details>, a resize),
 * and while the page settles after hidden mentions were found (layout can lag behind the scan). */
const RECHECK_AFTER_ACTION_MS = 250;
const RECHECK_SETTLE_MS = [500, 2000, 6000];
/** Roots remembered as walked for strong terms only (see PageScanner.strongRoots). */
const STRONG_ROOTS_MAX = 256;

export interface PageScannerOptions {
  doc: Document;
  /** A page without a strong mention skips the weak terms' pre-check (`quickCheckStrong`). */
  matcher: ScanMatcher;
  signal: AbortSignal;
  /** The extension's own UI host, never scanned. */
  ownHost: () => Element | null;
  /** Called after work that changed the mentions (debounced by the caller if needed). */
  onChange: () => void;
}

export class PageScanner {
  /** The mentions; a fresh rescan starts a new one. */
  store = new MentionStore();
  /** Walks to do, in order: a root's text walk is queued before its walk for shadow roots. */
  private queue: Walk[] = [];
  /** Open shadow roots found so far, in the order found. */
  private readonly shadows: ShadowRoot[] = [];
  private dirty = new Set<Node>();
  private removals = false;
  /** Whether text was edited since the last batch (then an added block may hold stale mentions). */
  private textEdited = false;
  private scheduled = false;
  /** When queued mutations were last turned into work (performance.now()), or -Infinity. */
  private lastBatchAt = -Infinity;
  private firstScanDone = false;
  /** During a fresh rescan, the ranges found before it: a mention found again keeps its range, so the
   * highlight does not change (see Highlighter.render). */
  private previous: MentionStore | null = null;
  /** Roots whose text was checked for strong terms only (before the page was relevant), each with the
   * node where its walk began to check for every term (null: not yet). Once the page is relevant, that
   * text is walked again for weak terms, and nothing else (else a feed that turns relevant in its first
   * page has the whole page walked twice). Roots, not walks, so nothing finished is kept; at most
   * STRONG_ROOTS_MAX, past which every root is walked again, as before. */
  private readonly strongRoots = new Map<Node, Node | null>();
  private strongOverflow = false;
  private observer: MutationObserver | null = null;
  private readonly observedRoots = new WeakSet<Node>();
  private readonly excludedCache = new WeakMap<Node, boolean>();
  /** Answers by element: excluded, for as long as queued work goes on (as excludedCache keeps them for
   * each parent); hidden, for one slice. A batch of text added down a deep chain looks at each ancestor
   * once (issue 23). */
  private sliceExcluded = new Map<Node, boolean>();
  private sliceHidden = new Map<Element, boolean>();
  /** The region of each text with a mention (its answers last as long as sliceExcluded's). */
  readonly regions: RegionFinder;
  /** A batch of mutations being turned into work, over as many slices as it takes. */
  private batch: MutationBatch | null = null;
  /** Ancestors looked at (tests count them: linear in the batch, not in the batch times the depth). */
  ancestorSteps = 0;
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  /** The next of RECHECK_SETTLE_MS to wait after a re-check that still saw hidden text (its length: none). */
  private settleNext = RECHECK_SETTLE_MS.length;
  /** Milliseconds of work in the longest slice so far, and in all slices and observer callbacks (bench/). */
  longestSliceMs = 0;
  workMs = 0;
  /** Called when the first full scan of the document finishes. */
  onFirstScan: (() => void) | null = null;

  constructor(private readonly opts: PageScannerOptions) {
    this.regions = new RegionFinder(opts.doc);
  }

  /** Starts the first scan and the watcher. */
  start(): void {
    const { doc, signal } = this.opts;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    signal.addEventListener('abort', () => this.stop(), { once: true });
    this.observe(doc);
    // What the reader does can reveal text (or hide it): look at visibility again shortly after.
    const again = () => this.scheduleRecheck(RECHECK_AFTER_ACTION_MS);
    const listen = { capture: true, passive: true, signal };
    doc.addEventListener('click', again, listen);
    doc.addEventListener('toggle', again, listen);
    doc.defaultView?.addEventListener('resize', again, listen);
    const root = doc.body ?? doc.documentElement;
    this.queue.push(this.collector(root));
    this.findHosts(root);
    this.schedule(0);
  }

  /** Stops watching and drops all work; the caller clears the highlights. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.queue = [];
    this.dirty.clear();
    this.batch = null;
    clearTimeout(this.recheckTimer);
  }

  private scheduleRecheck(delay: number): void {
    if (this.opts.signal.aborted || !this.store.size) return;
    clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => this.recheckVisibility(), delay);
  }

  /** Judges again whether the reader can see each mention; shows what came into view, hides what left it.
   * Spread over slices like the scan: a page can hold thousands of mentions. */
  recheckVisibility(): void {
    const records = [...this.store.all()];
    let at = 0;
    let changed = false;
    let hidden = false;
    const step = () => {
      if (this.opts.signal.aborted) return;
      const started = performance.now();
      for (; at < records.length && ((at & 63) !== 63 || performance.now() - started < SLICE_MS); at++) {
        const record = records[at]!;
        const now = isHidden(record.nodes[0]!);
        hidden ||= now;
        if (now !== record.hidden) {
          this.store.setHidden(record, now);
          changed = true;
        }
      }
      this.workMs += performance.now() - started;
      if (at < records.length) {
        setTimeout(step, 0);
        return;
      }
      if (changed) {
        this.walkForWeakTerms();
        this.opts.onChange();
      }
      if (hidden && this.settleNext < RECHECK_SETTLE_MS.length) this.scheduleRecheck(RECHECK_SETTLE_MS[this.settleNext++]!);
    };
    step();
  }

  /** Counts work done for the scanner outside its slices (its start) as one slice. */
  noteWork(ms: number): void {
    this.workMs += ms;
    this.longestSliceMs = Math.max(this.longestSliceMs, ms);
  }

  /** Whether work is waiting: a slice or batch scheduled, walks queued, or changes not yet looked at. */
  get busy(): boolean {
    return this.scheduled || this.queue.length > 0 || this.dirty.size > 0 || this.removals || this.batch !== null;
  }

  /** Whether the first full scan of the document has finished. */
  get firstScanFinished(): boolean {
    return this.firstScanDone;
  }

  /**
   * Scans the text of the document and of the shadow roots found so far synchronously, without slicing
   * (the benchmark's "full scan"). Looking for new shadow roots stays sliced work of its own.
   */
  scanAllNow(fresh = false): void {
    this.sliceExcluded = new Map();
    this.sliceHidden = new Map();
    this.regions.newBatch();
    if (fresh) {
      this.previous = this.store;
      this.store = new MentionStore();
      this.store.relevance.inherit(this.previous.relevance);
    }
    for (const root of this.roots()) this.collector(root).advance(Infinity);
    this.walkForWeakTerms();
    while (this.queue.length) this.queue.shift()!.advance(Infinity);
    this.previous = null;
  }

  /**
   * Once some region of the page is relevant (a visible strong mention), walks again for weak terms the
   * text walked for strong terms only; which weak mentions show is the regions' business.
   */
  walkForWeakTerms(): void {
    if (!this.store.relevant || (this.strongRoots.size === 0 && !this.strongOverflow)) return;
    const roots = this.strongOverflow ? this.roots().map((root) => [root, null] as const) : [...this.strongRoots];
    this.strongRoots.clear();
    this.strongOverflow = false;
    for (const [root, fullFrom] of roots) {
      if (!root.isConnected) continue;
      // Up to where its walk began to check every term; a walk still under way, up to where it is now.
      const running = fullFrom === null ? this.queue.find((w): w is RunCollector => w instanceof RunCollector && w.root === root) : undefined;
      const until = fullFrom ?? running?.position ?? null;
      if (until !== root) this.queue.push(this.collector(root, until));
    }
    this.schedule(0);
  }

  /** The document and the shadow roots found so far. */
  private roots(): Node[] {
    const { doc } = this.opts;
    const roots: Node[] = [doc.body ?? doc.documentElement];
    for (const s of this.shadows) if (s.host.isConnected) roots.push(s);
    return roots;
  }

  private observe(root: Node): void {
    if (!this.observer || this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private collector(root: Node, until: Node | null = null): RunCollector {
    const { matcher } = this.opts;
    let strongOnly = false;
    // The page can turn relevant during the walk: from then on the weak terms are checked too, and the
    // walk notes where (see strongRoots).
    const check = (text: string) => {
      if (this.store.relevant) {
        if (strongOnly) {
          strongOnly = false;
          if (this.strongRoots.get(root) === null) this.strongRoots.set(root, walk.position);
        }
        return matcher.quickCheck(text);
      }
      if (!strongOnly) {
        strongOnly = true;
        this.noteStrongRoot(root);
      }
      return matcher.quickCheckStrong(text);
    };
    // The pre-check passes text with soft hyphens or zero-width characters (Xin\u00ADjiang): it is checked
    // again without them.
    const accept = (text: string) => check(text) && (!hasIgnorable(text) || check(normalizeForMatch(text).text));
    const walk = new RunCollector(root, accept, (run) => this.onRun(run), until);
    return walk;
  }

  /** Records a root walked for strong terms only; past STRONG_ROOTS_MAX (a page that keeps adding blocks
   * and never turns relevant), drops those that left the page, then falls back to walking every root. */
  private noteStrongRoot(root: Node): void {
    if (this.strongOverflow) return;
    this.strongRoots.set(root, null);
    if (this.strongRoots.size <= STRONG_ROOTS_MAX) return;
    for (const known of this.strongRoots.keys()) if (!known.isConnected) this.strongRoots.delete(known);
    if (this.strongRoots.size > STRONG_ROOTS_MAX / 2) {
      this.strongRoots.clear();
      this.strongOverflow = true;
    }
  }

  /** Queues a walk over the elements under `root` that finds open shadow roots: apart from the text walk,
   * which visits text nodes only, as cheaply as the benchmark's floor. */
  private findHosts(root: Node): void {
    const walker = this.opts.doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    this.queue.push({
      advance: (deadline) => {
        let n = 0;
        for (let el = walker.nextNode(); el !== null; el = walker.nextNode()) {
          if ((el as Element).shadowRoot !== null) this.foundHost(el as Element);
          if ((++n & 255) === 0 && performance.now() > deadline) return false;
        }
        return true;
      },
    });
  }

  /** An open shadow root found by a walk: watched, and scanned as a root of its own (once). */
  private foundHost(host: Element): void {
    const shadow = host.shadowRoot;
    if (!shadow || host === this.opts.ownHost() || this.observedRoots.has(shadow)) return;
    this.observe(shadow);
    this.shadows.push(shadow);
    this.queue.push(this.collector(shadow));
    this.findHosts(shadow);
  }

  private schedule(delay: number): void {
    if (this.scheduled || this.opts.signal.aborted) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.pump();
    }, delay);
  }

  /** One slice of work. Hidden tabs wait until they are shown. */
  private pump(): void {
    const { doc, signal } = this.opts;
    if (signal.aborted) return;
    if (doc.visibilityState === 'hidden') {
      doc.addEventListener('visibilitychange', () => this.schedule(0), { once: true, signal });
      return;
    }
    const started = performance.now();
    const deadline = started + SLICE_MS;
    // Ancestors' answers last while the work of one batch goes on; visibility, one slice.
    if (!this.queue.length) {
      this.sliceExcluded = new Map();
      this.regions.newBatch();
    }
    this.sliceHidden = new Map();
    let changed = this.applyMutations(deadline);
    while (this.queue.length && performance.now() < deadline) {
      const before = this.store.size;
      // Walks only append to the queue, so the walk at the head stays there until it is done.
      if (this.queue[0]!.advance(deadline)) this.queue.shift();
      if (this.store.size !== before) changed = true;
    }
    this.walkForWeakTerms();
    const pending = this.queue.length > 0 || this.dirty.size > 0 || this.removals || this.batch !== null;
    if (!pending && !this.firstScanDone) {
      this.firstScanDone = true;
      changed = true;
      this.onFirstScan?.();
    }
    if (changed) this.opts.onChange();
    // Measured after the render that onChange queued (microtasks run in order), so it counts too.
    queueMicrotask(() => {
      const spent = performance.now() - started;
      this.workMs += spent;
      this.longestSliceMs = Math.max(this.longestSliceMs, spent);
    });
    if (pending) this.schedule(this.firstScanDone ? IDLE_GAP_MS : 0);
  }

  private onRun(run: TextRun): void {
    const { matcher, ownHost } = this.opts;
    const { text, map } = normalizeForMatch(run.text);
    const found = matcher.find(text);
    if (!found.length) return;
    const host = ownHost();
    for (const m of found) {
      const [from, to] = toOriginalRange(map, m.start, m.end);
      // Pieces of a long block overlap: the mention is the piece's where it starts (see TextRun).
      if (from < run.ownFrom || from >= run.ownTo) continue;
      const start = locate(run, from, false);
      const end = locate(run, to, true);
      if (this.excluded(start.node, host)) continue;
      const nodes = run.nodes.slice(start.index, end.index + 1);
      const range =
        this.previous?.rangeOf(start.node, start.offset, end.node, end.offset) ??
        new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
      const hidden = this.hidden(start.node);
      const region = this.regions.regionOf(start.node);
      this.store.add({ range, termId: m.termId, strength: m.strength, text: run.text.slice(from, to), nodes, seq: this.store.nextSeq(), region, hidden });
      // Hidden text found: (re)start the settle series, unless its first re-check is already waiting.
      if (hidden && this.settleNext !== 1) {
        this.settleNext = 1;
        this.scheduleRecheck(RECHECK_SETTLE_MS[0]!);
      }
    }
  }

  private excluded(node: Text, host: Element | null): boolean {
    const parent = node.parentNode;
    if (!parent) return true;
    let value = this.excludedCache.get(parent);
    if (value === undefined) {
      value = isExcluded(node, host, this.sliceExcluded);
      this.excludedCache.set(parent, value);
    }
    return value;
  }

  /** isHidden, asked once a slice per element: thousands of mentions can share one. */
  private hidden(node: Text): boolean {
    const el = node.parentElement;
    if (!el) return false;
    let value = this.sliceHidden.get(el);
    if (value === undefined) {
      value = isHidden(node);
      this.sliceHidden.set(el, value);
    }
    return value;
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
        if (r.removedNodes.length) this.removals = true;
      }
    }
    this.schedule(started - this.lastBatchAt < BURST_WINDOW_MS ? BURST_DELAY_MS : MUTATION_DELAY_MS);
    this.workMs += performance.now() - started;
  }

  /** Turns queued mutations into scan work: drop what left, redo the blocks that changed. A batch goes
   * on over later slices when it does not fit in this one (a page can add thousands of nodes at once). */
  private applyMutations(deadline: number): boolean {
    let changed = false;
    if (this.removals) {
      this.removals = false;
      changed = this.store.dropDisconnected() > 0;
    }
    if (!this.batch) {
      if (!this.dirty.size) return changed;
      this.lastBatchAt = performance.now();
      this.batch = new MutationBatch(this.dirty, this.textEdited);
      this.dirty = new Set();
      this.textEdited = false;
    }
    const batch = this.batch;
    let n = 0;
    const due = () => (++n & 63) === 0 && performance.now() > deadline;
    for (let next = batch.nodes.next(); !next.done; next = batch.nodes.next()) {
      const node = next.value;
      if (!node.isConnected || batch.dirty.has(node.parentNode!)) continue;
      // A new block element is its own root; inline content and text redo the block around them.
      const block = blockOrSkip(node.nodeType === 1 ? node : node.parentNode);
      if (block) batch.blocks.add(block);
      if (block === node && !batch.textEdited) batch.added.add(node);
      // A host walk checks below its root, not the root itself: an added host brings its own shadow root.
      if (node.nodeType === 1) {
        this.foundHost(node as Element);
        this.findHosts(node);
      }
      if (due()) return changed;
    }
    batch.order ??= [...batch.blocks];
    for (; batch.at < batch.order.length; batch.at++) {
      if (due()) return changed;
      const block = batch.order[batch.at]!;
      if (!block.isConnected || this.covered(block, batch)) continue;
      // Drop what the block had, then walk it again: its runs may have been split or joined.
      if (this.store.size && !batch.added.has(block)) {
        const walker = this.opts.doc.createTreeWalker(block, 4);
        const texts: Text[] = [];
        for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
        if (this.store.dropNodes(texts) > 0) changed = true;
      }
      this.queue.push(this.collector(block));
    }
    this.batch = null;
    return changed;
  }

  /** Whether another block of the batch holds this one (then its walk covers it). Each ancestor is
   * looked at once a batch: what was found on the way up is kept for the blocks below. */
  private covered(block: Node, batch: MutationBatch): boolean {
    const path: Node[] = [];
    let result = false;
    for (let p = block.parentNode; p; p = p.parentNode) {
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
  /** Whether a node is, or sits under, one of `blocks`. */
  readonly under = new Map<Node, boolean>();

  constructor(
    readonly dirty: ReadonlySet<Node>,
    /** Whether text was edited (then an added block may hold stale mentions). */
    readonly textEdited: boolean,
  ) {
    this.nodes = dirty.values();
  }
}

/** Whether the reader cannot see this text (display:none, visibility:hidden, closed details). */
function isHidden(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check) return !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  return el.getClientRects().length === 0;
}
