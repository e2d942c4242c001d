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
import { termContent, type SourceLabel } from '../../core/pack/term-content';
import { minimalPack, prose } from '../../core/pack/test-pack';

import { TermContext, type TermContextProps } from './term-context';
import { eachTestContainer } from './test-messages';

function shippedPack(): ContextPack {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
  const result = loadPack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`shipped pack invalid: ${result.error.message}`);
  return result.pack;
}

/** A reader's source with one quotation that mentions the widget, linked to the term. */
function readerPack(id: string, publisher: string, published: string | undefined): ContextPack {
  const pack = minimalPack();
  pack.id = id;
  pack.provenance = { kind: 'extracted', url: 'https://other.example/', extracted: '2026-12-01' };
  pack.source = { ...pack.source, publisher, title: `${publisher} story` };
  if (published) pack.source.published = published;
  else delete pack.source.published;
  pack.terms = [];
  pack.events = [];
  pack.quotes = [{ ...pack.quotes[0]!, id: 'q-mine', text: 'a widget in their words', date: undefined, eventId: undefined }];
  pack.termLinks = [{ termId: 'widget', quoteIds: ['q-mine'], eventIds: [] }];
  return pack;
}

describe('TermContext', () => {
  let root: HTMLElement;
  const handlers = () => ({ onCopyCitation: vi.fn(), onCopyQuote: vi.fn(), onMute: vi.fn(), onOpenContext: vi.fn() });
  const show = (pack: ContextPack, termId: string, extra: Partial<TermContextProps> = {}, more: { pack: ContextPack; label: SourceLabel }[] = []) => {
    const content = termContent({ packId: pack.id, termId }, [{ pack, label: { kind: 'curated' } }, ...more]);
    render(<TermContext termId={termId} label={termId} content={content} state={content ? 'ready' : 'none'} locale="en-GB" citationStyleName="APA 7" {...handlers()} {...extra} />, root);
  };
  const button = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

  eachTestContainer((el) => (root = el));

  it('shows the quotations of each shipped term, in the term\'s order', () => {
    const pack = shippedPack();
    const withQuotes = pack.terms.filter((t) => t.quoteIds.length > 0);
    expect(withQuotes.length).toBeGreaterThan(0);
    for (const term of withQuotes) {
      show(pack, term.id);
      const expected = quotesForTerm(pack, term.id);
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

  it('lists the term\'s dates newest first with their precision', () => {
    const pack = minimalPack();
    pack.terms[0]!.eventIds = ['e-later', 'e-speech', 'e-earlier'];
    show(pack, 'widget');
    const dates = [...root.querySelectorAll('.cc-dates .cc-date')].map((el) => el.textContent);
    expect(dates).toEqual(['week of 6 Jan 2020', '1 Jan 2020', 'Dec 2019']);
  });

  it('shows the source line with publisher and date', () => {
    show(minimalPack(), 'widget');
    expect(root.querySelector('.cc-source')?.textContent).toBe('Source: Example News, 2 Jan 2020');
  });

  it('names the source on every item, with how it reached the reader', () => {
    const pack = minimalPack();
    show(pack, 'widget', {}, [
      { pack: readerPack('mine', 'Mine Weekly', '2021-02-03'), label: { kind: 'added', reviewedAt: '2026-12-01T09:00:00.000Z' } },
      { pack: readerPack('theirs', 'Their Post', undefined), label: { kind: 'imported', reviewedAt: null } },
    ]);
    const items = [...root.querySelectorAll('.cc-item')].map((el) => [el.querySelector('blockquote, .cc-event')!.textContent, el.querySelector('.cc-from')!.textContent]);
    expect(items).toEqual([
      ['“we will see”', 'Example News, 2 Jan 2020 · curated source'],
      ['“a widget in their words”', 'Mine Weekly, 3 Feb 2021 · added by you, reviewed on 1 Dec 2026'],
      ['“a widget in their words”', 'Their Post · imported, not verified on this device'],
      ['Something followed.', 'Example News, 2 Jan 2020 · curated source'],
      ['Ann spoke.', 'Example News, 2 Jan 2020 · curated source'],
    ]);
  });

  it('cites the source of the item the reader points at or focuses, and copies its quotation from it', () => {
    const h = { ...handlers(), onCiting: vi.fn() };
    const pack = minimalPack();
    const more = [{ pack: readerPack('mine', 'Mine Weekly', '2021-02-03'), label: { kind: 'added', reviewedAt: null } as SourceLabel }];
    show(pack, 'widget', h, more);
    const theirs = root.querySelectorAll('.cc-item')[1]!;
    theirs.dispatchEvent(new PointerEvent('pointerenter'));
    expect(h.onCiting).toHaveBeenLastCalledWith('mine');
    (theirs.querySelector('button') as HTMLButtonElement).click();
    expect(h.onCopyQuote).toHaveBeenCalledWith(expect.objectContaining({ id: 'q-mine' }), 'mine');
    // The controller holds which source is cited; told, the card's source line and button follow it.
    show(pack, 'widget', { ...h, citing: 'mine' }, more);
    expect(root.querySelector('.cc-source')?.textContent).toBe('Source: Mine Weekly, 3 Feb 2021');
    button(/Copy citation/)!.click();
    expect(h.onCopyCitation).toHaveBeenLastCalledWith('mine');
  });

  it('shows the label and says so while the content is asked for, and when the background did not answer', () => {
    render(<TermContext termId="widget" label="Widget" content={null} state="loading" locale="en-GB" citationStyleName="APA 7" {...handlers()} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Widget');
    expect(root.querySelector('article')?.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).toContain('Asking the extension');
    expect(button(/Copy citation/)).toBeUndefined();
    expect(button(/Open full context/)).toBeDefined();
    render(<TermContext termId="widget" label="Widget" content={null} state="failed" locale="en-GB" citationStyleName="APA 7" {...handlers()} />, root);
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/did not answer/);
    expect(root.querySelector('article')?.getAttribute('aria-busy')).toBe('false');
  });

  it('calls back for each action', () => {
    const h = handlers();
    const pack = minimalPack();
    show(pack, 'widget', h);
    button(/Copy citation \(APA 7\)/)!.click();
    button(/Copy quotation/)!.click();
    button(/Not about this topic/)!.click();
    button(/Open full context/)!.click();
    expect(h.onCopyCitation).toHaveBeenCalledWith('test-pack');
    expect(h.onCopyQuote).toHaveBeenCalledWith(expect.objectContaining({ id: pack.quotes[0]!.id, text: pack.quotes[0]!.text }), 'test-pack');
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

  it('shows only the label, and says no source has it, when the term is unknown', () => {
    show(minimalPack(), 'no-such-term');
    expect(root.querySelector('h2')?.textContent).toBe('no-such-term');
    expect(root.querySelector('blockquote')).toBeNull();
    expect(root.textContent).toContain('No enabled source');
  });
});
