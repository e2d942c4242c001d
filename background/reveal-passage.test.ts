// @vitest-environment happy-dom
// "Show in page": the injected finder selects the passage in the page's live text, whatever white space and
// inline markup split it, and gives up on text that is not there or on a page too large to search.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));
const { selectPassage } = await import('./reveal-passage');

function page(...children: Node[]): void {
  document.body.replaceChildren(...children);
}
function el(tag: string, ...parts: (string | Node)[]): HTMLElement {
  const e = document.createElement(tag);
  e.append(...parts);
  return e;
}

afterEach(() => getSelection()?.removeAllRanges());

describe('selectPassage', () => {
  it('selects a quotation split by inline markup and line breaks', () => {
    page(el('p', 'Lu said the centres were ', el('em', 'vocational'), '\n   schools, and added more.'));
    expect(selectPassage('the centres were vocational schools', 1e6)).toBe(true);
    expect(getSelection()?.toString()).toBe('the centres were vocational\n   schools');
  });

  it('finds a passage that the extracted text joined across blocks with other white space', () => {
    page(el('p', 'First paragraph ends.'), el('p', 'Second one starts.'));
    expect(selectPassage('ends.\nSecond', 1e6)).toBe(true);
    expect(getSelection()?.toString().replace(/\s+/g, ' ')).toBe('ends.Second');
  });

  it('ignores scripts and styles, and answers false for words the page does not hold', () => {
    const script = el('script', 'var secret = "hidden words";');
    page(script, el('p', 'Visible words only.'));
    expect(selectPassage('hidden words', 1e6)).toBe(false);
    expect(selectPassage('words that are gone', 1e6)).toBe(false);
    expect(selectPassage('   ', 1e6)).toBe(false);
    expect(getSelection()?.rangeCount ?? 0).toBe(0);
  });

  it('gives up on a page with more text than it may search', () => {
    page(el('p', 'x'.repeat(500)), el('p', 'the passage'));
    expect(selectPassage('the passage', 100)).toBe(false);
    expect(selectPassage('the passage', 1000)).toBe(true);
  });
});
