import { describe, expect, it } from 'vitest';
import { compareRuns, type PageRun } from './compare-runs.ts';

const page = (over: Partial<PageRun> = {}): PageRun => ({
  slug: 'p',
  title: 'Harbour works approved',
  authors: [{ given: 'Jane', family: 'Roe' }],
  published: '2019-05-20',
  updated: null,
  siteName: 'Daily Planet',
  quotations: [{ text: 'We will build it.', speaker: 'Jane Roe' }],
  dates: 2,
  ...over,
});

describe('comparing two runs over the corpus', () => {
  it('reports nothing for equal runs', () => {
    expect(compareRuns([page()], [page()])).toEqual({ lines: [], losses: 0 });
  });

  it('counts a lost author, a lost date and a newly refused page as losses', () => {
    expect(compareRuns([page()], [page({ authors: [] })]).losses).toBe(1);
    expect(compareRuns([page()], [page({ published: null })]).losses).toBe(1);
    expect(compareRuns([page()], [{ slug: 'p', refused: 'failed' }]).losses).toBe(1);
    expect(compareRuns([page()], []).losses).toBe(1);
  });

  it('reports a gained author or a changed speaker without counting it as a loss', () => {
    const gained = compareRuns([page({ authors: [] })], [page()]);
    expect(gained).toEqual({ lines: ['p:', '  authors: (none) → Jane Roe'], losses: 0 });
    const speaker = compareRuns([page()], [page({ quotations: [{ text: 'We will build it.', speaker: null }] })]);
    expect(speaker.lines).toContain('    speaker Jane Roe → -: “We will build it.”');
    expect(speaker.losses).toBe(0);
  });

  it('pairs a text quoted twice occurrence by occurrence', () => {
    const quotations = [{ text: 'With respect, sir,', speaker: 'Turkey' }, { text: 'With respect, sir,', speaker: null }];
    expect(compareRuns([page({ quotations })], [page({ quotations })])).toEqual({ lines: [], losses: 0 });
    const swapped = compareRuns([page({ quotations })], [page({ quotations: [quotations[0]!, { text: 'With respect, sir,', speaker: 'Nippers' }] })]);
    expect(swapped.lines).toEqual(['p:', '    speaker - → Nippers: “With respect, sir,”']);
  });
});
