/**
 * Draws mentions with the CSS Custom Highlight API: StaticRanges in one Highlight, styled by the
 * `::highlight()` rules of the content-script stylesheet (public/content/highlight.css), which the browser
 * injects without adding a node to the page.
 */
import type { MentionRecord } from './mention-store';

/** Highlight names; one per look, because the stylesheet is static. See highlight.css. */
export function highlightName(style: 'background' | 'underline', color: string): string {
  return style === 'background' && color === 'yellow' ? 'cc-mention' : `cc-mention-${style}-${color}`;
}

/** Name of the highlight that marks the mention the reader moved to or chose in the popup. */
export const FOCUS_HIGHLIGHT = 'cc-focus';

export class Highlighter {
  private highlight: Highlight | null = null;
  private name = 'cc-mention';
  private focus: Highlight | null = null;
  private shown: readonly MentionRecord[] = [];
  /** The ranges given to `highlight` last. */
  private drawn = new Set<AbstractRange>();

  constructor(private readonly registry: HighlightRegistry | undefined) {}

  /** Whether this browser can draw highlights at all. */
  get supported(): boolean {
    return !!this.registry && typeof Highlight === 'function';
  }

  setLook(style: 'background' | 'underline', color: string): void {
    const name = highlightName(style, color);
    if (name === this.name) return;
    if (this.highlight && this.registry?.get(this.name) === this.highlight) this.registry.delete(this.name);
    this.name = name;
    if (this.highlight && this.shown.length) this.registry?.set(name, this.highlight);
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
  }

  /** Marks one mention as the current one (keyboard or popup), or none. */
  setFocus(record: MentionRecord | null): void {
    if (!this.supported) return;
    if (!record) {
      if (this.focus) this.registry!.delete(FOCUS_HIGHLIGHT);
      this.focus = null;
      return;
    }
    this.focus ??= new Highlight();
    this.focus.clear();
    this.focus.add(record.range);
    this.registry!.set(FOCUS_HIGHLIGHT, this.focus);
  }

  clear(): void {
    this.shown = [];
    this.drawn = new Set();
    this.highlight?.clear();
    if (this.highlight && this.registry?.get(this.name) === this.highlight) this.registry.delete(this.name);
    this.setFocus(null);
  }
}
