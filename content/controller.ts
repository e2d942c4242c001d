/**
 * The content script's controller: loads settings and the matcher plan, runs the scanner, draws highlights, reports
 * to the background, and answers the popup. Everything hangs on one AbortSignal (see lifecycle.ts).
 */
import { matcherFromPlan } from '../core/match/matcher-from-plan';
import type { MatcherPlan } from '../core/match/matcher-plan';
import { activityFor, mutedOn, siteOf, type Settings } from '../core/settings/settings';
import type { TabMentions } from '../utils/messages';
import { toBackground } from '../utils/messaging';
import { Highlighter } from './highlighter';
import { DrawnWindow } from './drawn-window';
import { watchReadable } from './frame-report';
import { FrameReporter } from './frame-reporter';
import { createLifecycle, runtimeAlive } from './lifecycle';
import { capAnchor, directionOf, mentionOfTerm, revealMention } from './mention-navigation';
import type { MentionRecord, ShownMentions } from './mention-store';
import { PageScanner } from './page-scanner';
import { RegionTopics } from './regions-topic';
import { syncSettings } from './settings-sync';
import { watchUrl, type UrlWatch } from './url-watch';
import { answerRequests } from './content-messages';
import { PlannedTerms, requestPagePlan } from './page-plan';
import type { ContentApp, PageUi } from './content-app';

export type { ContentApp, PageUi } from './content-app'; // the card modules import them from here

export class ContentController implements ContentApp {
  readonly signal: AbortSignal;
  /** The matcher plan and the terms' labels the background sent (frames hold no packs: cards ask for content). */
  private readonly planned = new PlannedTerms();
  private readonly lifecycle: AbortController;
  private current!: Settings;
  private scanner: PageScanner | null = null;
  // Its styles are inserted by the background while highlights show (background/highlight-styles.ts).
  readonly highlighter = new Highlighter(typeof CSS !== 'undefined' ? CSS.highlights : undefined, (r) => toBackground('highlightStyles', r).catch(() => undefined));
  /** What of the shown mentions is registered: past a bound, those in or near the viewport. */
  private readonly drawn = new DrawnWindow((records) => this.highlighter.render(records));
  private lastShown: ShownMentions = { shown: [], counts: {}, capped: false };
  private renderQueued = false;
  focused: MentionRecord | null = null;
  private url: UrlWatch | null = null;
  /** Page relevance at the last render that drew and reported; null before the first. */
  private renderedRelevant: boolean | null = null;
  /** Whether this frame can be read (always, for the top frame). */
  private readable: () => boolean = () => true;
  private readonly reporter: FrameReporter;
  /** The muted terms for the current settings and URL, kept: parsing the URL each render would cost more
   * than scanning a small page. */
  private muted: ReadonlySet<string> | null = null;
  ui: PageUi | null = null;
  ownHost: Element | null = null;

  constructor(private readonly doc: Document = document) {
    this.lifecycle = createLifecycle();
    this.signal = this.lifecycle.signal;
    this.reporter = new FrameReporter({
      signal: this.signal,
      shown: () => this.lastShown,
      readable: () => this.readable(),
      lost: () => { if (!runtimeAlive()) this.lifecycle.abort(); },
      worked: (ms) => this.scanner?.noteWork(ms),
    });
  }

  settings(): Settings {
    return this.current;
  }

  get highlightName(): string {
    return this.highlighter.settledName;
  }

  /** Judges whether regions speak of detention (core/match/region-topic.ts); none before the plan. */
  private readonly topics = new RegionTopics(() => toBackground('detentionPlan', {}), () => this.queueRender());

  aboutCamps(record: MentionRecord): boolean {
    return this.scanner?.store.relevance.aboutCamps(record) ?? true;
  }

  labelOf(termKey: string): string {
    return this.planned.labelOf(termKey);
  }

  site(): string | null {
    return siteOf(this.doc.URL);
  }

  shown(): readonly MentionRecord[] {
    return this.lastShown.shown;
  }

  mentionsAt(node: Text): readonly MentionRecord[] {
    return this.scanner?.store.at(node) ?? [];
  }

  focus(record: MentionRecord | null): void {
    this.focused = record;
    this.highlighter.setFocus(record);
  }

  /** Starts everything; resolves once the first scan has been scheduled (or the page is inactive). */
  async start(): Promise<void> {
    const { signal } = this;
    signal.addEventListener('abort', () => this.teardown(), { once: true });
    this.readable = watchReadable(this.doc, signal, () => this.reporter.report(false));
    this.drawn.listen(this.doc, signal);
    answerRequests({
      mentions: () => this.mentions(),
      reveal: (data) => {
        const record = mentionOfTerm(this.lastShown.shown, data);
        if (record) this.reveal(record, true);
        return !!record;
      },
      step: (data) => this.step(directionOf(data)),
      // The installed packs changed: the scan starts again with the new plan (a push without one changes nothing).
      packsChanged: (data) => this.planned.use(data, () => this.current && this.applySettings(this.current, true)),
    }, signal);
    this.current = await syncSettings(signal, (s) => this.applySettings(s));
    // Back-forward cache: the background forgot this page when the tab navigated away; tell it again.
    addEventListener('pageshow', (e) => { if (e.persisted) this.reporter.report(true); }, { signal });
    // A new URL in the same document: muted terms may differ; report again for it.
    this.url = watchUrl(this.doc, signal, () => {
      this.muted = null;
      this.reporter.report(false);
    });
    const { answer, names } = await requestPagePlan();
    this.highlighter.useNames(names);
    this.planned.use(answer);
    this.applySettings(this.current);
  }

  /** `fresh`: what was found goes, and an active page is scanned anew (a new plan). */
  private applySettings(settings: Settings, fresh = false): void {
    this.current = settings;
    this.muted = null;
    this.highlighter.setLook(settings.highlightStyle, settings.highlightColor);
    const active = activityFor(settings, this.site()) === 'active';
    if (fresh || !active) {
      this.scanner?.stop();
      this.scanner = null;
      this.drawn.show([]);
      this.lastShown = { shown: [], counts: {}, capped: false };
      this.reporter.report(true);
      if (!active) return;
    }
    if (!this.scanner && this.planned.plan) this.startScanner(this.planned.plan);
    else this.queueRender();
  }

  private startScanner(plan: MatcherPlan): void {
    const started = performance.now();
    const matcher = matcherFromPlan(plan);
    const scanner = new PageScanner({
      doc: this.doc,
      matcher,
      signal: this.signal,
      ownHost: () => this.ownHost,
      onChange: () => this.queueRender(),
    });
    this.scanner = scanner;
    // Another sense is looked for only on a page where the matcher met an exclusion: no region text is read for it elsewhere.
    scanner.store.relevance.judgeTopicBy(this.topics.aboutDetention, (region) => matcher.exclusionsSeen > 0 && this.topics.otherSense(region));
    // Quiet mode scans once, when the popup asks (README): after that first scan nothing new is looked at;
    // the mentions found stay drawn.
    if (this.current.quietMode) scanner.onFirstScan = () => scanner.stop();
    scanner.start();
    // The start is the scanner's first slice of work (bench/ counts it).
    scanner.noteWork(performance.now() - started);
  }

  /** The running scanner, for bench/ (null until the plan loads, or when the page is inactive). */
  get activeScanner(): PageScanner | null {
    return this.scanner;
  }

  /** For bench/: whether a debounced report to the background is still waiting to be sent. */
  get reportPending(): boolean {
    return this.reporter.pending;
  }

  /** For bench/: rescans the whole document synchronously and draws; returns how many mentions are shown. */
  scanNow(): number {
    this.scanner?.scanAllNow(true);
    this.render();
    return this.lastShown.shown.length;
  }

  /** Public for the card module: re-read muted terms and redraw. */
  refresh(): void {
    this.queueRender();
  }

  private queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private render(): void {
    if (!runtimeAlive()) {
      this.lifecycle.abort();
      return;
    }
    const scanner = this.scanner;
    if (!scanner) return;
    if (this.url?.poll) this.url.check();
    // A page with a strong mention will have regions to judge: ask for the detention words now, not at the first card.
    if (scanner.store.relevant) this.topics.prefetch();
    const before = this.lastShown;
    this.lastShown = scanner.store.shown((this.muted ??= mutedOn(this.current, this.site())), capAnchor(this.doc, scanner.store));
    const { shown } = this.lastShown;
    // Nothing new, nothing gone, relevance the same: no redraw and no report.
    const relevant = scanner.store.relevant;
    if (before.shown.length === shown.length && relevant === this.renderedRelevant && shown.every((r, i) => r === before.shown[i])) return;
    this.renderedRelevant = relevant;
    this.drawn.show(shown);
    if (this.focused && !shown.includes(this.focused)) this.focus(null);
    this.ui?.rendered?.(shown);
    this.reporter.report(false);
  }

  private mentions(): TabMentions {
    const { counts, shown, capped } = this.lastShown;
    return { url: this.doc.URL, counts, total: shown.length, capped, state: activityFor(this.current, this.site()) };
  }

  /** Scrolls a mention into view and marks it; flashes it unless the reader prefers reduced motion. */
  reveal(record: MentionRecord, flash: boolean): void {
    revealMention(record, flash, (r) => this.highlighter.setFocus(r), () => this.focus(record), this.signal);
  }

  /** Moves to the next or previous mention in document order: the card's UI picks it (it loads on the first step). */
  step(direction: 1 | -1): boolean {
    if (!this.lastShown.shown.length || !this.ui?.step) return false;
    this.ui.step(direction);
    return true;
  }

  private teardown(): void {
    this.scanner?.stop();
    this.scanner = null;
    this.reporter.cancel();
    // Only clear highlights we still own: a newer instance may have registered its own.
    this.highlighter.clear();
  }
}
