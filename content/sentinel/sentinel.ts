/**
 * What every frame runs (entrypoints/sentinel.ts): the frame's settings, the strong terms' pre-check only
 * (no packs, no plan), and a watch over the document's text. On the first text that passes, it asks the
 * background to inject the scanner (`loadScanner`, mentions.js) into this frame's isolated world, then
 * leaves. A frame whose text never passes never shows a mention (docs/relevance.md), so it never carries
 * the scanner (docs/decisions/003-content-script-budget.md).
 */
import { isAnchorSources, strongPreCheck } from '../../core/match/strong-pre-check';
import { activityFor, siteOf, type Settings } from '../../core/settings/settings';
import type { TabMentions } from '../../utils/messages';
import { toBackground } from '../../utils/messaging';
import { BENCH_KEY, type BenchHandle } from '../bench-hook';
import { runtimeAlive } from '../lifecycle';
import { syncSettings } from '../settings-sync';
import { answerAsSentinel } from './sentinel-messages';
import { StrongTextWatch } from './strong-text-watch';
import { SCANNER_RUNNING } from './world-keys';

/** After a refused or failed injection, the watch starts again this much later, a few times at most. */
const RETRY_MS = 15_000;
const MAX_RETRIES = 3;

export interface SentinelDeps {
  /** Asks the background for the strong pre-check's sources (`strongCheck`). */
  strongCheck(): Promise<unknown>;
  /** Asks the background to inject the scanner into this frame (`loadScanner`). */
  loadScanner(): Promise<{ ok: boolean } | undefined>;
  settings(signal: AbortSignal, apply: (settings: Settings) => void): Promise<Settings>;
  world: Record<symbol, unknown>;
}

const defaults = (): SentinelDeps => ({
  strongCheck: () => toBackground('strongCheck', {}),
  loadScanner: () => toBackground('loadScanner', {}),
  settings: syncSettings,
  world: globalThis as unknown as Record<symbol, unknown>,
});

export class Sentinel {
  private readonly life = new AbortController();
  private settings: Settings | null = null;
  private hasCheck = false;
  /** Whether the scanner was asked for and the answer has not come. */
  private asking = false;
  private failures = 0;
  readonly watch: StrongTextWatch;

  constructor(
    private readonly doc: Document = document,
    private readonly deps: SentinelDeps = defaults(),
  ) {
    this.watch = new StrongTextWatch({ doc, check: () => false, onHit: () => void this.loadScanner() });
  }

  /** Whether the sentinel has left the frame (the scanner took over, quiet mode, or the extension went away). */
  get ended(): boolean {
    return this.life.signal.aborted;
  }

  /** Leaves the frame: nothing watched or answered after. */
  stop(): void {
    this.life.abort();
  }

  async start(): Promise<void> {
    const { signal } = this.life;
    signal.addEventListener('abort', () => this.watch.stop(), { once: true });
    this.expose();
    answerAsSentinel(
      {
        state: () => this.state(),
        packsChanged: (data) => this.useSources((data as { plan?: { strongAnchors?: unknown } } | null)?.plan?.strongAnchors),
        scannerRunning: () => !!this.deps.world[SCANNER_RUNNING],
      },
      this.doc,
      signal,
    );
    this.settings = await this.deps.settings(signal, (s) => {
      this.settings = s;
      this.update();
    });
    this.useSources(await this.deps.strongCheck());
  }

  private state(): TabMentions['state'] | null {
    return this.settings && activityFor(this.settings, siteOf(this.doc.URL));
  }

  /** Takes a pre-check from the background, checked; the watch starts again with it. */
  private useSources(sources: unknown): boolean {
    if (!isAnchorSources(sources)) return false;
    this.watch.check = strongPreCheck(sources);
    this.hasCheck = true;
    this.watch.stop();
    this.update();
    return true;
  }

  /** Watches while the frame is active and the scanner not asked for; leaves in quiet mode (the popup then
   * injects the scanner when it opens, README "Quiet mode"). */
  private update(): void {
    const { settings } = this;
    if (this.ended || !settings || !this.hasCheck || this.asking) return;
    if (settings.quietMode || !runtimeAlive()) {
      this.stop();
      return;
    }
    if (this.state() !== 'active') this.watch.stop();
    else if (!this.watch.running) this.watch.start();
  }

  private async loadScanner(): Promise<void> {
    if (this.asking || this.ended) return;
    this.asking = true;
    const answer = await this.deps.loadScanner().catch(() => undefined);
    this.asking = false;
    if (this.deps.world[SCANNER_RUNNING]) {
      this.stop();
      return;
    }
    // Refused (too many asks, a page the browser protects) or failed (the frame is going): a few more tries,
    // each after a pause; the watch starts again then.
    if (++this.failures <= MAX_RETRIES) setTimeout(() => this.update(), answer?.ok ? 0 : RETRY_MS);
  }

  /** For bench/ and e2e tests: the same handle as the scanner's (content/bench-hook.ts), which replaces it. */
  private expose(): void {
    const { watch } = this;
    const handle: BenchHandle = {
      // Settled: nothing left to walk, and no scanner on its way (once it runs, its handle answers).
      ready: () => this.ended || (!!this.settings && this.hasCheck && !this.asking && (this.state() !== 'active' || watch.firstWalkDone)),
      scanAndHighlight: () => (watch.checkAllNow(), 0),
      highlightName: () => '',
      stats: () => ({ workMs: watch.workMs, longestSliceMs: watch.longestSliceMs, mentions: 0, relevant: false, busy: watch.busy || this.asking, slices: watch.slices }),
    };
    this.deps.world[BENCH_KEY] = handle;
  }
}
