import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/load-pack.ts';
import type { ContextPack } from '../pack/schema.ts';
import { citeSourceOf, englishDate, quoteCopyFor, sourceCitation } from './pack-citation.ts';

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
    expect(copy.text.split('\n')[0]).toContain(`\u201C${quote.text}\u201D \u2014 Lu Kang`);
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
