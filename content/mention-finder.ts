/**
 * Turns a run's matches into mention records: each mention's range, text nodes and region, left out where
 * the scanner never looks (run-exclusion.ts). Whether the reader can see it is judged later, after a frame
 * (visibility.ts): reading it here would lay the page out inside the slice.
 */
import { refOfKey } from '../core/pack/term-key';
import type { ScanMatcher } from '../core/match/matcher-plan';
import { normalizeForMatch, toOriginalRange } from '../core/match/normalize-for-match';
import type { MentionRecord, MentionStore } from './mention-store';
import type { RegionFinder } from './regions';
import { isExcluded, type ExclusionClimb } from './run-exclusion';
import { locate, type TextRun } from './text-runs';

export interface MentionFinderOptions {
  matcher: ScanMatcher;
  /** The extension's own UI host, never scanned. */
  ownHost: () => Element | null;
  regions: RegionFinder;
  /** Each mention added to the store, hidden until its visibility is judged. */
  found: (record: MentionRecord) => void;
}

export class MentionFinder {
  private readonly excludedCache = new WeakMap<Node, boolean>();
  /** Answers by element: excluded, for as long as queued work goes on (as excludedCache keeps them for
   * each parent). A batch of text added down a deep chain looks at each ancestor once. */
  private sliceExcluded = new Map<Node, boolean>();
  /** An exclusion check's walk up that a deadline stopped. */
  private readonly stopped: { climb: ExclusionClimb | null } = { climb: null };

  constructor(private readonly opts: MentionFinderOptions) {}

  /** Forgets the answers kept while the page could not change: a new batch of work begins. `moved`: whether
   * the page may have moved or removed nodes since (else what was found of elements already there holds,
   * and a deep chain is not walked up again by every batch). */
  newBatch(moved = true): void {
    if (moved) {
      this.sliceExcluded = new Map();
      this.stopped.climb = null;
    }
    this.opts.regions.newBatch(moved);
  }

  /**
   * Adds the run's mentions to `store` (hidden until judged: see `found`); a mention found again keeps its
   * range from `previous` (a fresh rescan), so the highlight does not change. Returns false when the work
   * stopped at `deadline` (a performance.now() value): before compiling more expressions, or in a long walk
   * up a mention's ancestors. The same run is then to be handed over again in a later slice (what was added
   * is not added twice: the store keeps one record per range).
   */
  find(run: TextRun, store: MentionStore, previous: MentionStore | null, deadline = Infinity): boolean {
    const { matcher, ownHost } = this.opts;
    const { text, map } = normalizeForMatch(run.text);
    const due = deadline === Infinity ? undefined : () => performance.now() > deadline;
    const found = due ? matcher.findWithin(text, due) : matcher.find(text);
    if (!found) return false;
    if (!found.length) return true;
    const host = ownHost();
    for (const m of found) {
      const [from, to] = toOriginalRange(map, m.start, m.end);
      // Pieces of a long block overlap: the mention is the piece's where it starts (see TextRun).
      if (from < run.ownFrom || from >= run.ownTo) continue;
      const start = locate(run, from, false);
      const end = locate(run, to, true);
      const excluded = this.excluded(start.node, host, due);
      if (excluded === null) return false;
      if (excluded) continue;
      const nodes = run.nodes.slice(start.index, end.index + 1);
      const range =
        previous?.rangeOf(start.node, start.offset, end.node, end.offset) ??
        new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
      const region = this.opts.regions.regionOf(start.node, due);
      if (region === null) return false;
      const record: MentionRecord = { range, ...refOfKey(m.termId), strength: m.strength, text: run.text.slice(from, to), nodes, seq: store.nextSeq(), region, hidden: true };
      if (store.add(record)) this.opts.found(record);
    }
    return true;
  }

  private excluded(node: Text, host: Element | null, due?: () => boolean): boolean | null {
    const parent = node.parentNode;
    if (!parent) return true;
    let value: boolean | null | undefined = this.excludedCache.get(parent);
    if (value === undefined) {
      value = isExcluded(node, host, this.sliceExcluded, due, this.stopped);
      if (value === null) return null;
      this.excludedCache.set(parent, value);
    }
    return value;
  }
}
