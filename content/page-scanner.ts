/**
 * Schedules the finding of mentions in a document, in short slices: one resumable walk per root
 * (run-collector.ts), what the page changes (mutation-queue.ts), shadow roots (shadow-roots.ts); never a
 * whole-page rescan. Reads the page; it never mutates the page's DOM.
 */
import type { ScanMatcher } from '../core/match/matcher-plan';
import { hasIgnorable, normalizeForMatch } from '../core/match/normalize-for-match';
import { MentionFinder } from './mention-finder';
import { MentionStore, type MentionRecord } from './mention-store';
import { MutationQueue } from './mutation-queue';
import { RegionFinder } from './regions';
import { RunCollector } from './run-collector';
import { ScanMetrics } from './scan-metrics';
import { ShadowRoots, type Walk } from './shadow-roots';
import { StrongRoots } from './strong-roots';
import type { AfterFrame } from './after-frame';
import { HiddenCache, VisibilityJudge, VisibilityRecheck } from './visibility';

/** Length of one work slice, and the pause between slices once the first full scan is done. */
const SLICE_MS = 8;
const IDLE_GAP_MS = 50;

export interface PageScannerOptions {
  doc: Document;
  /** A page without a strong mention skips the weak terms' pre-check (`quickCheckStrong`). */
  matcher: ScanMatcher;
  signal: AbortSignal;
  /** The extension's own UI host, never scanned. */
  ownHost: () => Element | null;
  /** Called after work that changed the mentions (debounced by the caller if needed), right after a frame:
   * the render that follows reads boxes. */
  onChange: () => void;
  /** When layout may be read (after-frame.ts); tests give their own. */
  afterFrame?: AfterFrame;
}

export class PageScanner {
  /** The mentions; a fresh rescan starts a new one. */
  store = new MentionStore();
  /** Walks to do, in order: a root's text walk is queued before its walk for shadow roots. */
  private queue: Walk[] = [];
  private scheduled = false;
  private firstScanDone = false;
  /** During a fresh rescan, the ranges found before it: a mention found again keeps its range, so the
   * highlight does not change (see Highlighter.render). */
  private previous: MentionStore | null = null;
  private readonly strongRoots = new StrongRoots();
  /** The region of each text with a mention. */
  readonly regions: RegionFinder;
  /** Work done, for bench/ and e2e tests. */
  readonly metrics = new ScanMetrics();
  private readonly finder: MentionFinder;
  private readonly mutations: MutationQueue;
  private readonly shadows: ShadowRoots;
  private readonly visibility: VisibilityRecheck;
  private readonly judge: VisibilityJudge;
  /** During scanAllNow, its one cache of visibility answers. */
  private syncJudged: HiddenCache | null = null;
  /** Called when the first full scan of the document finishes. */
  onFirstScan: (() => void) | null = null;

  constructor(private readonly opts: PageScannerOptions) {
    const { doc, signal, ownHost, matcher, afterFrame } = opts;
    this.regions = new RegionFinder(doc);
    // The synchronous full scan judges at once, so the page turns relevant mid-walk (scan order stays document order).
    const found = (record: MentionRecord) => (this.judge.add(record), this.syncJudged && this.judge.judgeAll(this.syncJudged));
    this.finder = new MentionFinder({ matcher, ownHost, regions: this.regions, found });
    this.mutations = new MutationQueue({ doc, ownHost, metrics: this.metrics, schedule: (delay) => this.schedule(delay) });
    this.shadows = new ShadowRoots({
      doc,
      ownHost,
      onFound: (shadow) => {
        this.mutations.observe(shadow);
        this.queue.push(this.collector(shadow), this.shadows.hostWalk(shadow));
      },
    });
    const onChange = () => {
      this.walkForWeakTerms();
      this.finishFirstScan();
      this.opts.onChange();
    };
    const seen = { doc, signal, store: () => this.store, metrics: this.metrics, afterFrame, onChange };
    this.visibility = new VisibilityRecheck(seen);
    this.judge = new VisibilityJudge({ ...seen, foundHidden: () => this.visibility.foundHidden() });
  }

  /** Work in all slices and observer callbacks, and in the longest slice, in ms (bench/). */
  get workMs(): number {
    return this.metrics.workMs;
  }
  get longestSliceMs(): number {
    return this.metrics.longestSliceMs;
  }

  /** What mutation batches did: ancestors looked at, slices that left a batch unfinished (tests count them). */
  get batchCounts(): Pick<MutationQueue, 'ancestorSteps' | 'batchSlicesCut'> {
    return this.mutations;
  }

  /** Starts the first scan and the watcher. */
  start(): void {
    const { doc, signal } = this.opts;
    this.mutations.start();
    signal.addEventListener('abort', () => this.stop(), { once: true });
    this.mutations.observe(doc);
    this.visibility.listen();
    const root = doc.body ?? doc.documentElement;
    this.queue.push(this.collector(root), this.shadows.hostWalk(root));
    this.schedule(0);
  }

  /** Stops watching and drops all work; the caller clears the highlights. */
  stop(): void {
    this.mutations.stop();
    this.queue = [];
    this.visibility.stop();
    this.judge.stop();
  }

  /** Counts work done for the scanner outside its slices (its start, a report) as one slice. */
  noteWork = (ms: number): void => this.metrics.slice(ms);

  /** Whether work is waiting: slices, walks, changes not looked at, mentions not judged visible. */
  get busy(): boolean {
    return this.scheduled || this.queue.length > 0 || this.mutations.pending || this.judge.busy;
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
    this.finder.newBatch();
    if (fresh) {
      this.previous = this.store;
      this.store = new MentionStore();
      this.store.relevance.inherit(this.previous.relevance);
    }
    this.syncJudged = new HiddenCache();
    for (const root of this.roots()) this.collector(root).advance(Infinity);
    this.walkForWeakTerms();
    while (this.queue.length) this.queue.shift()!.advance(Infinity);
    this.syncJudged = null;
    this.previous = null;
  }

  /**
   * Once some region of the page is relevant (a visible strong mention), walks again for weak terms the
   * text walked for strong terms only; which weak mentions show is the regions' business.
   */
  walkForWeakTerms(): void {
    if (!this.store.relevant || !this.strongRoots.any) return;
    for (const [root, fullFrom] of this.strongRoots.take(() => this.roots())) {
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
    return [doc.body ?? doc.documentElement, ...this.shadows.connected()];
  }

  private collector(root: Node, until: Node | null = null): RunCollector {
    const { matcher } = this.opts;
    let strongOnly = false;
    // The page can turn relevant during the walk: from then on the weak terms are checked too, and the
    // walk notes where (see StrongRoots).
    const check = (text: string) => {
      if (this.store.relevant) {
        if (strongOnly) {
          strongOnly = false;
          this.strongRoots.fullFrom(root, walk.position);
        }
        return matcher.quickCheck(text);
      }
      if (!strongOnly) {
        strongOnly = true;
        this.strongRoots.note(root);
      }
      return matcher.quickCheckStrong(text);
    };
    // The pre-check passes text with soft hyphens or zero-width characters (Xin\u00ADjiang): checked again without.
    const accept = (text: string) => check(text) && (!hasIgnorable(text) || check(normalizeForMatch(text).text));
    // false: out of time, the same run again next slice.
    const walk = new RunCollector(root, accept, (run, deadline) => this.finder.find(run, this.store, this.previous, deadline), until);
    return walk;
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
    if (!this.queue.length) this.finder.newBatch(this.mutations.takeMoved());
    let changed = this.mutations.apply(deadline, {
      store: this.store,
      // A host walk checks below its root, not the root itself: an added host brings its own shadow root.
      addedElement: (el) => {
        this.shadows.foundHost(el);
        this.queue.push(this.shadows.hostWalk(el));
      },
      walk: (block) => this.queue.push(this.collector(block)),
    });
    while (this.queue.length && performance.now() < deadline) {
      const before = this.store.size;
      // Walks only append to the queue, so the walk at the head stays there until it is done.
      if (this.queue[0]!.advance(deadline)) this.queue.shift();
      if (this.store.size !== before) changed = true;
    }
    this.walkForWeakTerms();
    const pending = this.queue.length > 0 || this.mutations.pending;
    // New mentions are judged, and the caller told, right after the next frame (VisibilityJudge).
    if (changed || (!pending && !this.firstScanDone)) this.judge.changed();
    this.metrics.slice(performance.now() - started);
    if (pending) this.schedule(this.firstScanDone ? IDLE_GAP_MS : 0);
  }

  /** The first full scan is done once no walk, batch or judgment waits. */
  private finishFirstScan(): void {
    if (this.firstScanDone || this.scheduled || this.queue.length || this.mutations.pending || this.judge.busy) return;
    this.firstScanDone = true;
    this.onFirstScan?.();
  }
}
