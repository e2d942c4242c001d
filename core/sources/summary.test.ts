import { describe, expect, it } from 'vitest';
import { datesIn, missingNotes, summarize } from './summary.ts';
import { readerPack } from './test-source.ts';
import { uniqueId } from './unique-id.ts';

describe('a source in the list', () => {
  it('counts its quotations and dates from its pack, the site falling back to the publisher', () => {
    const pack = readerPack();
    const record = { id: pack.id, pack, origin: 'imported' as const, pageUrl: pack.source.url, addedAt: '2026-12-06T12:00:00.000Z', reviewedAt: null, enabled: false };
    expect(summarize(record)).toEqual({
      id: pack.id, title: 'A headline', site: 'Example News', published: '2020-01-02', quotes: 1, dates: 3,
      origin: 'imported', pageUrl: pack.source.url, addedAt: '2026-12-06T12:00:00.000Z', reviewedAt: null, enabled: false,
    });
    pack.source.containerTitle = 'Example';
    delete pack.source.published;
    expect(summarize({ ...record, pack })).toMatchObject({ site: 'Example', published: null });
  });

  it('counts a dated quotation once when its event lists it, and on its own otherwise', () => {
    const pack = readerPack();
    expect(datesIn(pack)).toBe(3);
    pack.events[0]!.quoteIds = [];
    delete pack.quotes[0]!.eventId;
    expect(datesIn(pack)).toBe(4);
  });

  it('tells the reviewer what is missing', () => {
    const pack = readerPack();
    expect(missingNotes(pack)).toEqual(['No author was found: add one if the page names one.']);
    pack.source.authors = [{ literal: 'Example News staff' }];
    delete pack.source.published;
    pack.quotes = [];
    delete pack.termLinks;
    expect(missingNotes(pack)).toEqual([
      'No publication date was found: add it if the page states one.',
      'No quotations were found.',
      'The source mentions none of the topic\'s terms: cards will not show it.',
    ]);
  });
});

describe('a free id', () => {
  it('adds the lowest free number, keeping a valid id within 80 characters', () => {
    expect(uniqueId('story', new Set())).toBe('story');
    expect(uniqueId('story', new Set(['story', 'story-2']))).toBe('story-3');
    const long = `${'a'.repeat(77)}-bc`;
    const renamed = uniqueId(long, new Set([long]));
    expect(renamed).toBe(`${'a'.repeat(77)}-2`);
    expect(renamed.length).toBeLessThanOrEqual(80);
    expect(uniqueId(`${'a'.repeat(78)}-b`, new Set([`${'a'.repeat(78)}-b`]))).toMatch(/^a{78}-2$/);
  });
});
