/**
 * The content script's controller: loads settings and the matcher plan, runs the scanner, draws highlights, reports
 * to the background, and answers the popup. Everything hangs on one AbortSignal (see lifecycle.ts).
 */
import { browser } from 'wxt/browser';
import { matcherFromPlan } from '../core/match/matcher-from-plan';
import { isMatcherPlan, type MatcherPlan } from '../core/match/matcher-plan';
import { activityFor, mutedOn, siteOf, type Settings } from '../core/settings/settings';
import type { FrameReport, TabMentions, ToContent } from '../utils/messages';
import { isMessage, toBackground } from '../utils/messaging';
import { onSettingsChanged } from '../utils/settings-store';
import { Highlighter } from './highlighter';
import { isTopFrame, keyOf, watchReadable } from './frame-report';
import { createLifecycle, runtimeAlive } from './lifecycle';
import type { MentionRecord, ShownMentions } from './mention-store';
import { PageScanner } from './page-scanner';
import { RegionTopics } from './regions-topic';

/** What the in-page card module gets to work with. */
export interface ContentApp {
  readonly signal: AbortSignal;
  /** A term's label, for what the page shows before a card has its content (its id when unknown). */
  labelOf(termId: string): string;
  settings(): Settings;
  site(): string | null;
  /** Mentions drawn now, in document order. */
  shown(): readonly MentionRecord[];
  /** The mentions covering a text node. */
  mentionsAt(node: Text): readonly MentionRecord[];
  /** Marks a mention as the current one. */
  focus(record: MentionRecord | null): void;
  /** Re-applies settings now (after the card muted a term). */
  refresh(): void;
  /** Whether a mention's region is about the detention camps (else its card is neutral; docs/relevance.md). */
  aboutCamps?(record: MentionRecord): boolean;
}

/** Optional in-page UI (cards, keyboard navigation), attached once the scanner runs. */
export interface PageUi {
  /** Called when the keyboard command asks to move to a mention. */
  step?(record: MentionRecord, index: number, total: number): void;
  /** Called after each render with the mentions now shown. */
  rendered?(shown: readonly MentionRecord[]): void;
}

const REPORT_DEBOUNCE_MS = 150;
const MESSAGE_TYPES: (keyof ToContent)[] = ['getMentions', 'reveal', 'step'];

export class ContentController implements ContentApp {
  readonly signal: AbortSignal;
  /** Term labels by id, from the background with the plan (frames hold no packs: cards ask for content). */
  private labels: Readonly<Record<string, string>> = {};
  /** The matcher plan the background sent (null: none, or not a plan: nothing is scanned). */
  private plan: MatcherPlan | null = null;
  private readonly lifecycle: AbortController;
  private current!: Settings;
  private scanner: PageScanner | null = null;
  private readonly highlighter = new Highlighter(typeof CSS !== 'undefined' ? CSS.highlights : undefined);
  private lastShown: ShownMentions = { shown: [], counts: {}, capped: false };
  // Not crypto.randomUUID(): it exists only in secure contexts, and plain http pages must work too.
  private readonly documentId = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private renderQueued = false;
  private focused: MentionRecord | null = null;
  // document.URL, not location.href: the same string here, and much cheaper to read on every render.
  private lastUrl: string;
  /** Whether each render looks at the URL: where no Navigation API tells of pushState (see start). */
  private pollUrl = true;
  /** Page relevance at the last render that drew and reported; null before the first. */
  private renderedRelevant: boolean | null = null;
  /** Whether this frame can be read (always, for the top frame): the background counts only such frames,
   * and those of the page's site. */
  private readable: () => boolean = () => true;
  /** The muted terms for the current settings and URL, kept: parsing the URL each render would cost more
   * than scanning a small page. */
  private muted: ReadonlySet<string> | null = null;
  ui: PageUi | null = null;
  ownHost: Element | null = null;

  constructor(private readonly doc: Document = document) {
    this.lastUrl = doc.URL;
    this.lifecycle = createLifecycle();
    this.signal = this.lifecycle.signal;
  }

  settings(): Settings {
    return this.current;
  }

  /** Judges whether regions speak of detention (core/match/region-topic.ts); none before the plan. */
  private readonly topics = new RegionTopics(() => toBackground('detentionPlan', {}), () => this.queueRender());

  aboutCamps(record: MentionRecord): boolean {
    return this.scanner?.store.relevance.aboutCamps(record) ?? true;
  }

  labelOf(termId: string): string {
    const label = Object.hasOwn(this.labels, termId) ? this.labels[termId] : undefined;
    return typeof label === 'string' ? label : termId;
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
    this.readable = watchReadable(this.doc, signal, () => this.report(false));
    browser.runtime.onMessage.addListener(this.onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(this.onMessage), { once: true });
    // Settings come validated from the background; after a change, the newest answer wins.
    let asked = 0;
    const fetchSettings = async () => {
      const ask = ++asked;
      const { settings } = await toBackground('getSettings', {});
      return ask === asked ? settings : null;
    };
    this.current = (await fetchSettings())!;
    onSettingsChanged(() => void fetchSettings().then((s) => s && !signal.aborted && this.applySettings(s), () => undefined), signal);
    // Back-forward cache: the background forgot this page when the tab navigated away; tell it again.
    addEventListener('pageshow', (e) => { if (e.persisted) this.report(true); }, { signal });
    // Same-document URL changes: the Navigation API tells of every one, pushState and replaceState too.
    // Without it, popstate and hashchange tell of some and each render looks at the URL (reading it costs a
    // tiny page's scan about 5%, bench/).
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('currententrychange', () => this.checkUrl(), { signal });
      this.pollUrl = false;
    } else {
      addEventListener('popstate', () => this.checkUrl(), { signal });
      addEventListener('hashchange', () => this.checkUrl(), { signal });
    }
    const { plan, labels } = await toBackground('getPlan', {});
    this.labels = labels && typeof labels === 'object' ? labels : {};
    this.plan = isMatcherPlan(plan) ? plan : null;
    // Planning here instead would put the whole planner into every page's script, for a case that only a
    // background of another version could cause.
    if (!this.plan) console.warn('Context Cards: the background sent no matcher plan; this page is not scanned.');
    this.applySettings(this.current);
  }

  private applySettings(settings: Settings): void {
    this.current = settings;
    this.muted = null;
    this.highlighter.setLook(settings.highlightStyle, settings.highlightColor);
    if (activityFor(settings, this.site()) !== 'active') {
      this.scanner?.stop();
      this.scanner = null;
      this.highlighter.clear();
      this.lastShown = { shown: [], counts: {}, capped: false };
      this.report(true);
      return;
    }
    if (!this.scanner && this.plan) this.startScanner(this.plan);
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
    scanner.store.relevance.judgeTopicBy(this.topics.aboutDetention);
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
    return this.reportTimer !== null;
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
    if (this.pollUrl) this.checkUrl();
    // A page with a strong mention will have regions to judge: ask for the detention words now, not at the first card.
    if (scanner.store.relevant) this.topics.prefetch();
    const before = this.lastShown;
    this.lastShown = scanner.store.shown((this.muted ??= mutedOn(this.current, this.site())), this.viewportAnchor());
    const { shown } = this.lastShown;
    // Nothing new, nothing gone, relevance the same: no redraw and no report.
    const relevant = scanner.store.relevant;
    if (before.shown.length === shown.length && relevant === this.renderedRelevant && shown.every((r, i) => r === before.shown[i])) return;
    this.renderedRelevant = relevant;
    this.highlighter.render(shown);
    if (this.focused && !shown.includes(this.focused)) this.focus(null);
    this.ui?.rendered?.(shown);
    this.report(false);
  }

  /** The scan sequence number nearest the middle of the viewport, for the cap's "nearest first". */
  private viewportAnchor(): number | null {
    const store = this.scanner?.store;
    if (!store || store.size <= 5000) return null;
    const doc = this.doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
    const x = innerWidth / 2;
    const y = innerHeight / 2;
    const node = doc.caretPositionFromPoint?.(x, y)?.offsetNode ?? doc.caretRangeFromPoint?.(x, y)?.startContainer;
    if (!node) return null;
    let best: number | null = null;
    for (const r of store.shown(new Set(), null, Infinity).shown) {
      const pos = node.compareDocumentPosition(r.nodes[0]!);
      if (pos & Node.DOCUMENT_POSITION_FOLLOWING || r.nodes[0] === node) return r.seq;
      best = r.seq;
    }
    return best;
  }

  /** Tells the background what this frame shows (debounced unless `now`). */
  private report(now: boolean): void {
    // At most one report per REPORT_DEBOUNCE_MS while changes keep coming; it sends what is shown then.
    if (!now && this.reportTimer) return;
    if (this.reportTimer) clearTimeout(this.reportTimer);
    this.reportTimer = null;
    const send = () => {
      this.reportTimer = null;
      if (this.signal.aborted) return;
      const { counts, shown, capped } = this.lastShown;
      const data: FrameReport = { documentId: this.documentId, counts, total: shown.length, capped, readable: this.readable() };
      // Sub-frames send a key per mention, so the same ad in many frames counts once.
      if (!isTopFrame()) data.keys = shown.map(keyOf);
      toBackground('report', data).catch(() => { if (!runtimeAlive()) this.lifecycle.abort(); });
    };
    if (now) send();
    else {
      this.reportTimer = setTimeout(() => {
        // Sending is the scanner's work too (bench/: about 0.2 ms a report in a page, which the observer's
        // cost on the infinite-scroll feed had left out).
        const started = performance.now();
        send();
        this.scanner?.noteWork(performance.now() - started);
      }, REPORT_DEBOUNCE_MS);
    }
  }

  /** Single-page apps change the URL without a new document: report again for the new URL. */
  private checkUrl(): void {
    const url = this.doc.URL;
    if (url === this.lastUrl) return;
    this.lastUrl = url;
    this.muted = null;
    this.report(false);
  }

  private readonly onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage<ToContent>(message, MESSAGE_TYPES)) return undefined;
    switch (message.type) {
      case 'getMentions':
        return Promise.resolve(this.mentions());
      case 'reveal': {
        const { termId, index } = (message.data ?? {}) as { termId?: unknown; index?: unknown };
        const list = this.lastShown.shown.filter((r) => r.termId === termId);
        const record = typeof index === 'number' ? list[index] : undefined;
        if (!record) return Promise.resolve({ ok: false });
        this.reveal(record, true);
        return Promise.resolve({ ok: true });
      }
      case 'step': {
        const direction = (message.data as { direction?: unknown })?.direction === -1 ? -1 : 1;
        return Promise.resolve({ ok: this.step(direction) });
      }
    }
    return undefined;
  };

  private mentions(): TabMentions {
    const { counts, shown, capped } = this.lastShown;
    return { url: this.doc.URL, counts, total: shown.length, capped, state: activityFor(this.current, this.site()) };
  }

  /** Scrolls a mention into view and marks it; flashes it unless the reader prefers reduced motion. */
  reveal(record: MentionRecord, flash: boolean): void {
    const el = record.nodes[0]!.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.focus(record);
    if (flash && !reduce) {
      let on = true;
      let n = 0;
      const timer = setInterval(() => {
        on = !on;
        this.highlighter.setFocus(on ? record : null);
        if (++n >= 5) {
          clearInterval(timer);
          this.focus(record);
        }
      }, 180);
      this.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    }
  }

  /** Moves to the next or previous mention in document order. */
  step(direction: 1 | -1): boolean {
    const list = [...this.lastShown.shown].sort((a, b) =>
      a.nodes[0] === b.nodes[0] ? a.range.startOffset - b.range.startOffset : a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    if (!list.length) return false;
    const at = this.focused ? list.indexOf(this.focused) : -1;
    const index = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
    const record = list[index]!;
    this.reveal(record, false);
    this.ui?.step?.(record, index, list.length);
    return true;
  }

  private teardown(): void {
    this.scanner?.stop();
    this.scanner = null;
    if (this.reportTimer) clearTimeout(this.reportTimer);
    // Only clear highlights we still own: a newer instance may have registered its own.
    this.highlighter.clear();
  }
}
