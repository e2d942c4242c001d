// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../core/pack/load-pack';
import { quotesForTerm } from '../../core/pack/lookups';
import { quotationAsShown } from '../../core/pack/quote-display';
import type { ContextPack } from '../../core/pack/schema';
import { minimalPack, prose } from '../../core/pack/test-pack';

import { TermContext, type TermContextProps } from './term-context';
import { eachTestContainer } from './test-messages';

function shippedPack(): ContextPack {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
  const result = loadPack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`shipped pack invalid: ${result.error.message}`);
  return result.pack;
}

describe('TermContext', () => {
  let root: HTMLElement;
  const handlers = () => ({ onCopyCitation: vi.fn(), onCopyQuote: vi.fn(), onMute: vi.fn(), onOpenContext: vi.fn() });
  const show = (pack: ContextPack, termId: string, extra: Partial<TermContextProps> = {}) =>
    render(<TermContext pack={pack} termId={termId} locale="en-GB" citationStyleName="APA 7" {...handlers()} {...extra} />, root);
  const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

  eachTestContainer((el) => (root = el));

  it('shows the two most relevant quotations of each shipped term, in the term\'s order', () => {
    const pack = shippedPack();
    const withQuotes = pack.terms.filter((t) => t.quoteIds.length > 0);
    expect(withQuotes.length).toBeGreaterThan(0);
    for (const term of withQuotes) {
      show(pack, term.id);
      const expected = quotesForTerm(pack, term.id).slice(0, 2);
      const texts = [...root.querySelectorAll('blockquote')].map((b) => b.textContent!.slice(1, -1));
      // As shown: without the sentence punctuation the source set inside the closing mark.
      expect(texts, term.id).toEqual(expected.map((q) => quotationAsShown(q)));
    }
  });

  it('names the term, its note and the gist labelled as the project\'s summary', () => {
    const pack = minimalPack();
    show(pack, 'widget');
    expect(root.querySelector('h2')?.textContent).toBe('Widget');
    expect(root.querySelector('.cc-note')?.textContent).toBe('A thing.');
    const gist = root.querySelector('.cc-gist')!;
    expect(gist.textContent).toBe('Someone said something.');
    expect(gist.parentElement!.querySelector('h3')!.textContent).toMatch(/project/i);
  });

  it('marks the pack\'s own prose with its source\'s language and leaves the labels in the UI\'s', () => {
    const pack = minimalPack();
    pack.source.language = 'fr';
    show(pack, 'widget');
    for (const selector of ['h2', '.cc-note', '.cc-gist', '.cc-event']) {
      const el = root.querySelector(selector);
      expect(el, selector).not.toBeNull();
      expect(el!.getAttribute('lang'), selector).toBe('fr');
    }
    expect([...root.querySelectorAll('h3')].every((h) => !h.closest('[lang]'))).toBe(true);
  });

  it('lists the term\'s dates in date order with their precision', () => {
    const pack = minimalPack();
    pack.terms[0]!.eventIds = ['e-later', 'e-speech', 'e-earlier'];
    show(pack, 'widget');
    const dates = [...root.querySelectorAll('.cc-dates time')].map((el) => el.textContent);
    expect(dates).toEqual(['Dec 2019', '1 Jan 2020', 'week of 6 Jan 2020']);
  });

  it('shows the source line with publisher and date', () => {
    show(minimalPack(), 'widget');
    expect(root.querySelector('.cc-source')?.textContent).toBe('Source: Example News, 2 Jan 2020');
  });

  it('calls back for each action', () => {
    const h = handlers();
    const pack = minimalPack();
    show(pack, 'widget', h);
    button(/Copy citation \(APA 7\)/)!.click();
    button(/Copy quotation/)!.click();
    button(/Not about this topic/)!.click();
    button(/Open full context/)!.click();
    expect(h.onCopyCitation).toHaveBeenCalledTimes(1);
    expect(h.onCopyQuote).toHaveBeenCalledWith(pack.quotes[0]);
    expect(h.onMute).toHaveBeenCalledTimes(1);
    expect(h.onOpenContext).toHaveBeenCalledTimes(1);
  });

  it('offers no mute without a site to mute on', () => {
    show(minimalPack(), 'widget', { onMute: undefined });
    expect(button(/Not about this topic/)).toBeUndefined();
  });

  it('announces the last action in a status region', () => {
    show(minimalPack(), 'widget', { status: 'Copied to the clipboard.' });
    expect(root.querySelector('[role=status]')?.textContent).toBe('Copied to the clipboard.');
  });

  it('renders a hostile pack as inert text', () => {
    const pack = minimalPack();
    pack.terms[0]!.label = '<img src=x onerror=alert(1)>';
    pack.terms[0]!.note = prose('<script>alert(1)</script>');
    pack.summary = { origin: 'project', gist: prose('<a href="javascript:alert(1)">x</a>'), short: prose('x') };
    show(pack, 'widget');
    expect(root.querySelector('img, script, a')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows only the label when the term is unknown', () => {
    show(minimalPack(), 'no-such-term');
    expect(root.querySelector('h2')?.textContent).toBe('no-such-term');
    expect(root.querySelector('blockquote')).toBeNull();
  });
});
