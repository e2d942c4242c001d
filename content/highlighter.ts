/**
 * Draws mentions with the CSS Custom Highlight API: StaticRanges in one Highlight, under names drawn at random
 * for this document, so a page cannot probe a known name. Their `::highlight()` styles are not part of the
 * content script: the background inserts them into this frame only while it shows highlights
 * (background/highlight-styles.ts), asked through `styles`.
 */
import { afterNextFrame, type AfterFrame } from './after-frame';
import type { MentionRecord } from './mention-store';

/** A fresh highlight name: 20 random lowercase letters (the pattern the background accepts). */
export function randomName(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

const NAME = /^[a-z]{20}$/;

/** Past this many ranges added or removed at once, a fresh highlight replaces the registered one: in Firefox
 * each change to a registered highlight walks its text node's lines (10 to 15 ms a range in a 10,000-line
 * <pre>), while registering a highlight of 500 ranges took 3 to 7 ms (docs/benchmark.md, dense node). */
const SWAP_AT = 8;

/** This document's highlight names, and whether the background should style them. */
export interface StylesRequest {
  mention: string;
  focus: string;
  on: boolean;
}

export class Highlighter {
  private highlight: Highlight | null = null;
  /** The mention highlight's name in the registry (the card's hit test looks it up). */
  name = randomName();
  private focusName = randomName();
  private focus: Highlight | null = null;
  /** The look the background last styled, or '' when no styles are asked for. */
  private styled = '';
  private look = '';
  private shown: readonly MentionRecord[] = [];
  /** The ranges given to `highlight` last. */
  private drawn = new Set<AbstractRange>();
  /** Whether the styles asked for are in the page (a promise from `styles` settled, and a frame passed). */
  private stylesIn = true;
  private asks = 0;

  /** `styles` may return a promise that settles once the styles are inserted: ranges are registered only
   * then, because inserting a ::highlight style sheet while ranges are registered restyles every line they
   * cover (5.8 s in Firefox after 500 ranges in a 10,000-line <pre>; under 0.1 s the other way round). */
  constructor(
    private readonly registry: HighlightRegistry | undefined,
    private readonly styles: (request: StylesRequest) => unknown = () => undefined,
    private readonly afterFrame: AfterFrame = afterNextFrame,
  ) {}

  /** Takes the names the background derived for this document (background/highlight-names.ts), so a later
   * instance of the script in it (after an extension reload) registers under the same names and replaces
   * this one's entries. Before anything is drawn. */
  useNames(names: { mention: string; focus: string } | null): void {
    this.settled = true;
    if (!names || this.highlight || this.focus || !NAME.test(names.mention) || !NAME.test(names.focus) || names.mention === names.focus) return;
    this.name = names.mention;
    this.focusName = names.focus;
  }

  private settled = false;

  /** The mention highlight's name once it is final (after `useNames`), else '': what the tests' probes read. */
  get settledName(): string {
    return this.settled ? this.name : '';
  }

  /** Whether mentions to show wait for their styles (and a frame) before their ranges are registered. */
  get waiting(): boolean {
    return this.shown.length > 0 && !this.stylesIn;
  }

  /** Whether this browser can draw highlights at all. */
  get supported(): boolean {
    return !!this.registry && typeof Highlight === 'function';
  }

  /** A new look: the background swaps the styles it inserted (it reads the look from the settings). */
  setLook(style: string, color: string): void {
    this.look = `${style} ${color}`;
    if (this.styled) this.askStyles(true);
  }

  /** Asks for styles while highlights of ours are shown, and for none once they are gone; only on a change.
   * Where the answer is a promise and nothing is registered yet, ranges wait until the styles are in. (A new
   * look swaps the styles under the registered ranges: the reader asked for it, and sees it at once.) */
  private askStyles(on: boolean): void {
    const want = on ? this.look || '-' : '';
    if (want === this.styled) return;
    this.styled = want;
    const ask = ++this.asks;
    const answer = this.styles({ mention: this.name, focus: this.focusName, on });
    const registered = !!this.highlight && this.highlight.size > 0 && this.registry?.get(this.name) === this.highlight;
    if (!on || registered || typeof (answer as Promise<unknown> | undefined)?.then !== 'function') return;
    this.stylesIn = false;
    const settled = () => this.afterFrame(() => {
      if (ask !== this.asks) return;
      this.stylesIn = true;
      if (this.shown.length) this.draw(this.shown);
    });
    (answer as Promise<unknown>).then(settled, settled);
  }

  /** Shows exactly these mentions: a few changes are made to the registered highlight, so the same ranges
   * stay alone; more at once (SWAP_AT) register a fresh highlight in their place. Not before the styles are in. */
  render(records: readonly MentionRecord[]): void {
    if (!this.supported) return;
    this.shown = records;
    if (!records.length) {
      this.clear();
      return;
    }
    this.askStyles(true);
    if (this.stylesIn) this.draw(records);
  }

  private draw(records: readonly MentionRecord[]): void {
    // Not by iterating the highlight: Firefox content scripts cannot iterate a page object's set.
    const next = new Set<AbstractRange>(records.map((r) => r.range));
    let kept = 0;
    for (const r of this.drawn) if (next.has(r)) kept++;
    const hl = this.highlight;
    // Our own record of what is drawn decides what to add (each call into the highlight is a binding
    // call; an infinite scroll asked about every range on every batch). A page script can empty the
    // highlight it shares with us: then its size tells, and every range is checked.
    const intact = !!hl && hl.size === this.drawn.size;
    const changes = next.size - kept + (this.drawn.size - kept);
    if (!hl || !intact || changes > SWAP_AT) {
      const fresh = new Highlight();
      for (const r of next) fresh.add(r);
      this.highlight = fresh;
      this.registry!.set(this.name, fresh);
    } else {
      for (const r of this.drawn) if (!next.has(r)) hl.delete(r);
      for (const r of next) if (!this.drawn.has(r)) hl.add(r);
      // Re-register when a page script removed or replaced our entry; never loop on it.
      if (this.registry!.get(this.name) !== hl) this.registry!.set(this.name, hl);
    }
    this.drawn = next;
  }

  /** Marks one mention as the current one (keyboard or popup), or none. */
  setFocus(record: MentionRecord | null): void {
    if (!this.supported) return;
    if (!record) {
      if (this.focus) this.registry!.delete(this.focusName);
      this.focus = null;
      return;
    }
    this.focus ??= new Highlight();
    this.focus.clear();
    this.focus.add(record.range);
    this.registry!.set(this.focusName, this.focus);
  }

  clear(): void {
    this.shown = [];
    this.drawn = new Set();
    this.highlight?.clear();
    if (this.highlight && this.registry?.get(this.name) === this.highlight) this.registry.delete(this.name);
    this.setFocus(null);
    this.askStyles(false);
    this.stylesIn = true;
  }
}
