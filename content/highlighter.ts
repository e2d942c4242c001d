/**
 * Draws mentions with the CSS Custom Highlight API: StaticRanges in one Highlight, under names drawn at random
 * for this document, so a page cannot probe a known name. Their `::highlight()` styles are not part of the
 * content script: the background inserts them into this frame only while it shows highlights
 * (background/highlight-styles.ts), asked through `styles`.
 */
import type { MentionRecord } from './mention-store';

/** A fresh highlight name: 20 random lowercase letters (the pattern the background accepts). */
export function randomName(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

const NAME = /^[a-z]{20}$/;

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

  constructor(
    private readonly registry: HighlightRegistry | undefined,
    private readonly styles: (request: StylesRequest) => void = () => undefined,
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

  /** Whether this browser can draw highlights at all. */
  get supported(): boolean {
    return !!this.registry && typeof Highlight === 'function';
  }

  /** A new look: the background swaps the styles it inserted (it reads the look from the settings). */
  setLook(style: string, color: string): void {
    this.look = `${style} ${color}`;
    if (this.styled) this.askStyles(true);
  }

  /** Asks for styles while highlights of ours are registered, and for none once they are gone; only on a change. */
  private askStyles(on: boolean): void {
    const want = on ? this.look || '-' : '';
    if (want === this.styled) return;
    this.styled = want;
    this.styles({ mention: this.name, focus: this.focusName, on });
  }

  /** Shows exactly these mentions: adds the new ranges and deletes the gone ones, so the same ranges leave
   * the highlight alone: any change to a registered highlight invalidates style, which the next visibility
   * check pays for. */
  render(records: readonly MentionRecord[]): void {
    if (!this.supported) return;
    this.shown = records;
    if (!records.length) {
      this.clear();
      return;
    }
    const hl = (this.highlight ??= new Highlight());
    // Not by iterating the highlight: Firefox content scripts cannot iterate a page object's set.
    const next = new Set<AbstractRange>(records.map((r) => r.range));
    let kept = 0;
    for (const r of this.drawn) {
      if (next.has(r)) kept++;
      else hl.delete(r);
    }
    // Our own record of what is drawn decides what to add (each call into the highlight is a binding
    // call; an infinite scroll asked about every range on every batch). A page script can empty the
    // highlight it shares with us: then its size tells, and every range is checked.
    const intact = hl.size === kept;
    for (const r of next) if (intact ? !this.drawn.has(r) : !hl.has(r)) hl.add(r);
    this.drawn = next;
    // Re-register when a page script removed or replaced our entry; never loop on it.
    if (this.registry!.get(this.name) !== hl) this.registry!.set(this.name, hl);
    this.askStyles(true);
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
  }
}
