/**
 * A tiny rich-text model for citations: plain text, italics and quotations, rendered to plain
 * text or to HTML (for the clipboard's text/html). Quotation levels and the placement of a
 * following period or comma follow citeproc-js, the CSL reference processor.
 */
import type { CiteLocale } from './locale.ts';

/** Whether a quotation uses the locale's outer or inner quote marks when nothing encloses it. */
export type QuoteLevel = 'outer' | 'inner';

/** A piece of citation text. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'italic'; children: Inline[] }
  | { kind: 'quote'; level: QuoteLevel; children: Inline[] };

/** Plain text node. */
export const text = (value: string): Inline => ({ kind: 'text', text: value });
/** Italic span. */
export const italic = (children: Inline[]): Inline => ({ kind: 'italic', children });
/** Quotation; nested quotations alternate levels like CSL's flip-flop. */
export const quote = (children: Inline[], level: QuoteLevel = 'outer'): Inline => ({ kind: 'quote', level, children });

const PUNCT = new Set(['.', ',', ';', ':', '!', '?']);

// What one punctuation mark followed by another becomes (citeproc's "left to right" table):
// the value is the pair kept, so "?" then "." keeps only "?".
const COMBINE: Record<string, Record<string, string>> = {
  '!': { '.': '!', '?': '!?', ':': '!', ',': '!,', ';': '!;' },
  '?': { '!': '?!', '.': '?', ':': '?', ',': '?,', ';': '?;' },
  '.': { '!': '.!', '?': '.?', ':': '.:', ',': '.,', ';': '.;', '.': '.' },
  ':': { '!': '!', '?': '?', '.': ':', ',': ':,', ';': ':;' },
  ',': { '!': ',!', '?': ',?', ':': ',:', '.': ',.', ';': ',;' },
  ';': { '!': '!', '?': '?', ':': ';', ',': ';,', '.': ';' },
};

/** The last text node at the trailing edge of a list, and the quotations passed on the way down. */
function trailingEdge(nodes: Inline[]): { last?: { kind: 'text'; text: string }; quotes: Inline[][] } {
  const quotes: Inline[][] = [];
  let list = nodes;
  for (;;) {
    const node = list[list.length - 1];
    if (!node) return { quotes };
    if (node.kind === 'text') return { last: node, quotes };
    if (node.kind === 'quote') quotes.push(node.children);
    list = node.children;
  }
}

/** Builds one citation line, appending punctuation the way CSL does. */
export class CitationLine {
  readonly nodes: Inline[] = [];

  constructor(private readonly locale: CiteLocale) {}

  /** Append text or rich nodes as they are. */
  add(...parts: (string | Inline)[]): this {
    for (const part of parts) {
      if (typeof part === 'string') {
        if (part) this.nodes.push(text(part));
      } else this.nodes.push(part);
    }
    return this;
  }

  /**
   * Append a delimiter or suffix that starts with a punctuation mark (". ", ", ").
   * The mark merges with a mark already there (no "?." or ".."), and in en-US a period or comma
   * moves inside a closing quotation mark, into the innermost quotation that ends the line.
   */
  punct(delimiter: string): this {
    const mark = delimiter.charAt(0);
    const rest = delimiter.slice(1);
    if (!PUNCT.has(mark)) return this.add(delimiter);
    const edge = trailingEdge(this.nodes);
    const lastChar = edge.last?.text.slice(-1) ?? '';
    const combined = PUNCT.has(lastChar) ? COMBINE[lastChar]?.[mark] : undefined;
    const dropMark = combined === lastChar;
    const inner = edge.quotes[edge.quotes.length - 1];
    if (!dropMark) {
      if (inner && this.locale.punctuationInQuote && (mark === '.' || mark === ',')) inner.push(text(mark));
      else this.nodes.push(text(mark));
    }
    return this.add(rest);
  }
}

/** Escape text for HTML as citeproc-js does (numeric entities for &, < and >). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

function flip(level: QuoteLevel): QuoteLevel {
  return level === 'outer' ? 'inner' : 'outer';
}

function render(nodes: Inline[], locale: CiteLocale, html: boolean, enclosing: QuoteLevel | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += html ? escapeHtml(node.text) : node.text;
    else if (node.kind === 'italic') {
      const inside = render(node.children, locale, html, enclosing);
      out += html ? `<i>${inside}</i>` : inside;
    } else {
      // A quotation inside another takes the other marks; at the top it keeps its own level.
      const level = enclosing ? flip(enclosing) : node.level;
      const [open, close] =
        level === 'outer' ? [locale.openQuote, locale.closeQuote] : [locale.openInnerQuote, locale.closeInnerQuote];
      out += open + render(node.children, locale, html, level) + close;
    }
  }
  return out;
}

/** Plain-text rendering: no markup, no entities. */
export function renderText(nodes: Inline[], locale: CiteLocale): string {
  return render(nodes, locale, false, undefined);
}

/** HTML rendering: italics as <i>, text escaped. */
export function renderHtml(nodes: Inline[], locale: CiteLocale): string {
  return render(nodes, locale, true, undefined);
}

/** True when the nodes carry any italics (then the clipboard also gets text/html). */
export function hasItalics(nodes: Inline[]): boolean {
  return nodes.some((n) => n.kind === 'italic' || (n.kind === 'quote' && hasItalics(n.children)));
}
