// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Entity, Quote } from '../../core/pack/schema';
import { prose } from '../../core/pack/test-pack';

import { QuoteBlock } from './quote-block';
import { splitEditorial } from './quote-text';
import { eachTestContainer } from './test-messages';

const speaker: Entity = {
  id: 'ann-example',
  kind: 'person',
  name: 'Ann Example',
  role: 'Minister of Examples',
  evidence: { where: 'article', expression: 'Ann Example', paragraph: 1 },
};

function quote(over: Partial<Quote> = {}): Quote {
  return {
    id: 'q',
    text: 'They concur that those reports (of camps) are accurate,',
    lang: 'en',
    source: { kind: 'person', entityId: 'ann-example' },
    occasion: prose('told Parliament'),
    date: { value: '2018-10-30', precision: 'day', confidence: 'high', evidence: { where: 'article', expression: 'this week', paragraph: 3 } },
    partial: false,
    key: true,
    editorialInsertions: ['(of camps)'],
    speakerInferred: false,
    evidence: { paragraph: 3 },
    ...over,
  };
}

describe('splitEditorial', () => {
  it('marks each insertion and joins back to the verbatim text', () => {
    const text = 'a (x) b (x) c (y)';
    const parts = splitEditorial(text, ['(x)', '(y)']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.editorial).map((p) => p.text)).toEqual(['(x)', '(x)', '(y)']);
  });

  it('keeps a quote whole when it has no insertions', () => {
    expect(splitEditorial('all said', [])).toEqual([{ text: 'all said', editorial: false }]);
  });
});

describe('QuoteBlock', () => {
  let root: HTMLElement;
  eachTestContainer((el) => (root = el));

  const visibleQuote = () => {
    const bq = root.querySelector('blockquote')!;
    // The curly marks are decoration (aria-hidden); the rest must be the verbatim words.
    return [...bq.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true')).map((n) => n.textContent).join('');
  };

  it('keeps a quote verbatim, with its own language and automatic direction', () => {
    const q = quote({ lang: 'zh-Hans', text: '新疆是个好地方', editorialInsertions: [] });
    render(<QuoteBlock quote={q} speaker={speaker} locale="en-GB" />, root);
    const bq = root.querySelector('blockquote')!;
    expect(visibleQuote()).toBe(q.text);
    expect(bq.getAttribute('lang')).toBe('zh-Hans');
    expect(bq.getAttribute('dir')).toBe('auto');
  });

  it('labels the quotation as the source\'s verbatim words unless told not to', () => {
    render(<QuoteBlock quote={quote()} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('.cc-label')?.textContent).toMatch(/verbatim/i);
    render(<QuoteBlock quote={quote()} speaker={speaker} locale="en-GB" showLabel={false} />, root);
    expect(root.querySelector('.cc-label')).toBeNull();
  });

  it('attributes the quote with speaker, role, occasion and date', () => {
    render(<QuoteBlock quote={quote()} speaker={speaker} locale="en-GB" />, root);
    const caption = root.querySelector('figcaption')!.textContent!;
    for (const part of ['Ann Example', 'Minister of Examples', 'told Parliament', '30 Oct 2018']) expect(caption).toContain(part);
  });

  it('marks the source\'s editorial insertion apart from the speaker\'s words', () => {
    render(<QuoteBlock quote={quote()} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('.cc-editorial')?.textContent).toBe('(of camps)');
    expect(root.querySelector('.cc-marks')?.textContent).toMatch(/added by the source/);
    expect(visibleQuote()).toBe('They concur that those reports (of camps) are accurate');
  });

  it('leaves out the comma the source set inside the closing mark, and keeps a question mark', () => {
    render(<QuoteBlock quote={quote({ text: 'They are accurate,', editorialInsertions: [] })} speaker={speaker} locale="en-GB" />, root);
    expect(visibleQuote()).toBe('They are accurate');
    render(<QuoteBlock quote={quote({ text: 'Are they accurate?', editorialInsertions: [] })} speaker={speaker} locale="en-GB" />, root);
    expect(visibleQuote()).toBe('Are they accurate?');
  });

  it('notes a translation with who made it, and says nothing for the speaker\'s own words', () => {
    render(<QuoteBlock quote={quote()} speaker={speaker} locale="en-GB" translation={{ by: 'named', name: 'CNN' }} />, root);
    expect(root.querySelector('.cc-translation')?.textContent).toBe("CNN's translation");
    render(<QuoteBlock quote={quote()} speaker={speaker} locale="en-GB" translation={{ by: 'unknown' }} />, root);
    expect(root.querySelector('.cc-translation')?.textContent).toBe('Translation; translator not named');
    render(<QuoteBlock quote={quote()} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('.cc-translation')).toBeNull();
  });

  it('says when only part of a sentence is quoted, and only then', () => {
    render(<QuoteBlock quote={quote({ partial: true, editorialInsertions: [] })} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('.cc-marks')?.textContent).toMatch(/Part of a sentence/);
    render(<QuoteBlock quote={quote({ partial: false, editorialInsertions: [] })} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('.cc-marks')).toBeNull();
  });

  it('says when the speaker is only implied by the article', () => {
    render(<QuoteBlock quote={quote({ speakerInferred: true })} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('figcaption')!.textContent).toMatch(/implied by the article/);
    render(<QuoteBlock quote={quote({ speakerInferred: false })} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('figcaption')!.textContent).not.toMatch(/implied/);
  });

  it('names no one when the pack has no speaker', () => {
    render(<QuoteBlock quote={quote()} speaker={undefined} locale="en-GB" />, root);
    expect(root.querySelector('.cc-speaker')?.textContent).toMatch(/unnamed speaker/);
  });

  it('copies through the callback, and shows no button without one', () => {
    const onCopy = vi.fn();
    const q = quote();
    render(<QuoteBlock quote={q} speaker={speaker} locale="en-GB" onCopy={onCopy} />, root);
    root.querySelector('button')!.click();
    expect(onCopy).toHaveBeenCalledWith(q);
    render(<QuoteBlock quote={q} speaker={speaker} locale="en-GB" />, root);
    expect(root.querySelector('button')).toBeNull();
  });

  it('renders markup in the text as inert text', () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Eevil';
    render(<QuoteBlock quote={quote({ text, editorialInsertions: [] })} speaker={{ ...speaker, name: '<b>x</b>' }} locale="en-GB" />, root);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(visibleQuote()).toBe(text);
  });
});
