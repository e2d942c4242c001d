// The engine end to end on plain page data: article, pack format 2 validated, summary for the evaluation.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackSchema } from '../pack/schema.ts';
import { extractArticle } from './extract.ts';
import { summarizePack } from './summary.ts';
import { pageData } from './test-support/page-data.ts';
import { toPack } from './to-pack.ts';

const TERMS = [{ id: 'xinjiang', strength: 'strong' as const, caseSensitive: false, variants: [{ text: 'Xinjiang' }] }, { id: 'hunt', strength: 'weak' as const, caseSensitive: true, variants: [{ text: 'Jeremy Hunt' }] }];
const PARAS = [
  'UK Foreign Secretary Jeremy Hunt told Parliament on Tuesday that the reports from Xinjiang were “broadly accurate in every respect.”',
  '“We had our own diplomats visiting the province in August,” he said.',
  'The council approved the harbour works after a long debate about costs, tides and the fishing fleet of the town.',
];

describe('extractArticle and toPack', () => {
  const page = pageData({ url: 'https://example.org/2018/10/31/a', meta: [{ key: 'og:site_name', value: 'Example' }, { key: 'author', value: 'Jane Smith' }], htmlLang: 'en' }, PARAS);

  it('makes a pack the schema accepts, with provenance "extracted" and links to the topic’s terms', () => {
    const a = extractArticle(page, { readDay: '2026-12-06', terms: TERMS });
    if ('ok' in a) throw new Error(a.reason);
    const packed = toPack(a, { readDay: '2026-12-06', topic: { id: 'xinjiang-detention', label: 'Xinjiang' } });
    if (!packed.ok) throw new Error(packed.reason);
    expect(v.safeParse(PackSchema, packed.pack).success).toBe(true);
    expect(packed.pack.provenance).toMatchObject({ kind: 'extracted', url: 'https://example.org/2018/10/31/a', extracted: '2026-12-06' });
    expect(packed.pack.terms).toEqual([]);
    expect(packed.pack.termLinks?.map((t) => t.termId).sort()).toEqual(['hunt', 'xinjiang']);
    const quote = packed.pack.quotes[0]!;
    expect(a.text.slice(quote.evidence.offset!, quote.evidence.offset! + quote.text.length)).toBe(quote.text);
    const s = summarizePack(packed.pack);
    expect(s).toMatchObject({ title: 'Harbour works approved', authors: [{ given: 'Jane', family: 'Smith' }], published: '2018-10-31', siteName: 'Example', language: 'en' });
    expect(s.quotations.map((q) => q.speaker)).toEqual(['Jeremy Hunt', 'Jeremy Hunt']);
    expect(s.dates).toEqual(expect.arrayContaining([{ text: 'on Tuesday', value: '2018-10-30' }, { text: 'August', value: '2018-08' }]));
  });

  it('says in the pack when the language has no date reader', () => {
    const a = extractArticle({ ...page, htmlLang: 'tr' }, { readDay: '2026-12-06' });
    if ('ok' in a) throw new Error(a.reason);
    expect(a.datesRead).toBe(false);
    const packed = toPack(a, { readDay: '2026-12-06', topic: { id: 't', label: 'T' } });
    if (!packed.ok) throw new Error(packed.reason);
    expect(packed.pack.source.notes?.join(' ')).toMatch(/Dates were not read/);
  });

  it('refuses a page with no article, and summarises anything without throwing', () => {
    expect(extractArticle(pageData({ article: null }), { readDay: '2026-12-06' })).toMatchObject({ ok: false, code: 'not-an-article' });
    expect(summarizePack(null)).toMatchObject({ title: null, quotations: [], dates: [] });
  });
});
