import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/load-pack.ts';
import { proseText } from '../pack/prose.ts';
import { quotationAsShown } from '../pack/quote-display.ts';
import type { ContextPack } from '../pack/schema.ts';
import { minimalPack } from '../pack/test-pack.ts';
import { buildCslItem } from './csl-item.ts';
import { formatCitation } from './format-citation.ts';
import { citeSourceOf, copyStrings, englishDate, quoteCopyFor, sourceCitation } from './pack-citation.ts';

const today = new Date(2026, 0, 15);

const result = loadPack(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error(result.error.message);
const pack: ContextPack = result.pack;

describe('citations of a pack', () => {
  it('cites the source with no author when the source has no byline', () => {
    const source = citeSourceOf(pack.source);
    expect(source.authors).toEqual([]);
    expect(source.issued).toEqual({ year: 2018, month: 10, day: 31 });
    expect(sourceCitation(pack, 'apa', new Date(2026, 10, 28)).text).not.toMatch(/\bet al\b|Anonymous/);
  });

  it('fills in the access date from the day it is given', () => {
    const text = sourceCitation(pack, 'harvard', new Date(2027, 0, 2)).text;
    expect(text).toContain('(Accessed: 2 January 2027)');
  });

  it('copies a quotation verbatim with its speaker, its date and the stored passage link', () => {
    const quote = pack.quotes.find((q) => q.id === 'lu-firmly-opposed')!;
    const copy = quoteCopyFor(pack, quote, 'apa', new Date(2026, 10, 28));
    // Verbatim but for the full stop that ends CNN's sentence inside the closing mark; CNN translated it.
    expect(copy.text.split('\n')[0]).toContain(`\u201C${quote.text.slice(0, -1)}\u201D \u2014 Lu Kang`);
    expect(copy.text.split('\n')[0]).toMatch(/\(CNN's translation\)$/);
    expect(copy.text).toContain('1 November 2018');
    expect(copy.link).toBe(`${pack.source.url}#:~:${quote.passage}`);
    expect(copy.html).toContain('<a href=');
  });

  it('writes week and month dates in English with their precision', () => {
    const week = pack.events.find((e) => e.date.precision === 'week')!;
    expect(englishDate(week.date)).toMatch(/the week of \d+ \w+ \d{4}/);
    const month = pack.events.find((e) => e.date.precision === 'month')!;
    expect(englishDate(month.date)).toMatch(/^(about )?[A-Z][a-z]+ \d{4}$/);
  });
});

describe('copyStrings (card and context menu)', () => {
    const term = pack.terms.find((t) => t.quoteIds.length > 0)!;

  it('gives the source citation in the chosen style for a term', () => {
    const expected = formatCitation(buildCslItem(citeSourceOf(pack.source), { year: 2026, month: 1, day: 15 }, pack.id), 'mla');
    expect(copyStrings([pack], { termId: term.id }, 'mla', today)).toEqual(expected);
  });

  it('gives a quotation verbatim with speaker, occasion, the citation and a link to the passage', () => {
    const quote = pack.quotes.find((q) => q.id === term.quoteIds[0])!;
    const copy = copyStrings([pack], { termId: term.id, quoteId: quote.id }, 'apa', today)!;
    const [first, citation, link] = copy.text.split('\n');
    expect(first).toContain(`\u201C${quotationAsShown(quote).replace(/\s+/g, ' ').trim()}\u201D`);
    expect(first).not.toMatch(/[,;:]\u201D/);
    expect(first).toContain(pack.entities.find((e) => e.id === (quote.source as { entityId: string }).entityId)!.name);
    if (quote.occasion) expect(first).toContain(proseText(quote.occasion));
    expect(citation).toBe(copyStrings([pack], { termId: term.id }, 'apa', today)!.text.trimEnd());
    expect(link).toMatch(/^https:\/\/www\.cnn\.com\/.*#:~:text=/);
    expect(copy.html).toContain('<a href=');
  });

  it('writes a week-precision date as a week', () => {
    const p = minimalPack();
    p.quotes[0]!.date = { value: '2020-01-06', precision: 'week', confidence: 'medium', evidence: { where: 'article', expression: 'next week', paragraph: 1 } };
    expect(copyStrings([p], { termId: 'widget', quoteId: 'q-one' }, 'apa', today)!.text.split('\n')[0]).toContain('week of 6 January 2020');
  });

  it('cites the source named by id, and its quotation, when the card shows another source\'s item', () => {
    const other = minimalPack();
    other.id = 'reader-source';
    other.source.publisher = 'Other Gazette';
    other.terms = [];
    const packs = [pack, other];
    expect(copyStrings(packs, { termId: term.id, sourceId: 'reader-source' }, 'apa', today)).toEqual(sourceCitation(other, 'apa', today));
    expect(copyStrings(packs, { termId: term.id, sourceId: 'reader-source', quoteId: 'q-one' }, 'apa', today)!.text).toContain('Other Gazette');
    // A quotation of another source is not found in the one named.
    expect(copyStrings(packs, { termId: term.id, sourceId: 'reader-source', quoteId: pack.quotes[0]!.id }, 'apa', today)).toBeNull();
    expect(copyStrings(packs, { termId: term.id, sourceId: 'no-such-source' }, 'apa', today)).toBeNull();
  });

  it('answers nothing for an unknown term or quote', () => {
    expect(copyStrings([pack], { termId: 'no-such-term' }, 'apa', today)).toBeNull();
    expect(copyStrings([pack], { termId: term.id, quoteId: 'no-such-quote' }, 'apa', today)).toBeNull();
  });
});
