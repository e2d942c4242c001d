import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/plan-matcher.ts';
import { keyedTerms } from './term-key.ts';
import { loadPack } from './load-pack.ts';
import type { ContextPack, Quote } from './schema.ts';
import { TERM_CONTENT_LIMITS, termContent, type SourceLabel } from './term-content.ts';
import { minimalPack, prose } from './test-pack.ts';

const curated: SourceLabel = { kind: 'curated' };
const added: SourceLabel = { kind: 'added', reviewedAt: '2026-12-01T10:00:00.000Z' };
const imported: SourceLabel = { kind: 'imported', reviewedAt: null };

function shippedPack(): ContextPack {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
  const result = loadPack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(result.error.message);
  return result.pack;
}

function quote(id: string, text: string, extra: Partial<Quote> = {}): Quote {
  return {
    id,
    text,
    lang: 'en',
    source: { kind: 'unidentified' },
    partial: false,
    key: false,
    editorialInsertions: [],
    speakerInferred: false,
    evidence: { paragraph: 0 },
    ...extra,
  };
}

/** A reader's source: no terms of its own, a link to `widget`, and quotations that may mention it. */
function readerPack(id: string, published: string | undefined, quotes: Quote[], linked: string[] = []): ContextPack {
  const pack = minimalPack();
  pack.id = id;
  pack.provenance = { kind: 'extracted', url: `https://${id}.example/story`, extracted: '2026-12-01' };
  pack.source = { ...pack.source, title: `Story of ${id}`, publisher: `${id} Daily`, url: `https://${id}.example/story` };
  if (published) pack.source.published = published;
  else delete pack.source.published;
  delete pack.summary;
  pack.terms = [];
  pack.quotes = quotes;
  pack.events = [{ id: 'e-dated', title: prose('A day to remember.'), date: { value: '2021-03-04', precision: 'day', confidence: 'stated', evidence: { where: 'article', expression: '4 March', paragraph: 0 } }, quoteIds: quotes.slice(0, 1).map((q) => q.id) }];
  pack.termLinks = linked.length ? [{ termId: 'widget', quoteIds: linked, eventIds: [] }] : undefined;
  return pack;
}

const widget = { packId: 'test-pack', termId: 'widget' };

const find = (pack: ContextPack) => {
  const matcher = compileMatcher(keyedTerms([pack]));
  return (text: string) => matcher.find(text);
};

describe('termContent', () => {
  it('gives the shipped pack\'s term its label, note, gist and its own quotations in curated order', () => {
    const pack = shippedPack();
    for (const term of pack.terms) {
      const content = termContent({ packId: pack.id, termId: term.id }, [{ pack, label: curated }], find(pack))!;
      expect(content.label).toBe(term.label);
      expect(content.note.map((s) => s.text)).toEqual(term.note.map((s) => s.text));
      expect(content.gist?.map((s) => s.text)).toEqual(pack.summary?.origin === 'project' ? pack.summary.gist.map((s) => s.text) : undefined);
      expect(content.sources).toHaveLength(1);
      expect(content.sources[0]!.quotes.map((q) => q.id), term.id).toEqual(term.quoteIds);
      expect(content.sources[0]!.dates.map((d) => d.id).sort(), term.id).toEqual([...term.eventIds].sort());
    }
  });

  it('names each source with its title, publisher, date and label', () => {
    const content = termContent(widget, [{ pack: minimalPack(), label: curated }])!;
    expect(content.sources[0]!.source).toEqual({ id: 'test-pack', title: 'A headline', publisher: 'Example News', published: '2020-01-02', url: 'https://news.example/2020/01/02/story', language: 'en', label: curated });
  });

  it('keeps only what a card shows: no evidence, no maintainers\' notes, speakers resolved', () => {
    const pack = minimalPack();
    pack.quotes[0]!.note = 'for maintainers only';
    pack.quotes[0]!.passage = 'text=we%20will%20see';
    const content = termContent(widget, [{ pack, label: curated }])!;
    const [q] = content.sources[0]!.quotes;
    expect(q).toEqual({ id: 'q-one', text: 'we will see', lang: 'en', partial: true, editorialInsertions: [], speakerInferred: false, date: { value: '2020-01-01', precision: 'day', confidence: 'stated' }, speaker: { name: 'Ann Example' } });
    expect(JSON.stringify(content)).not.toMatch(/maintainers|passage|"paragraph"|"expression"/);
    expect(content.note).toEqual([{ text: 'A thing.', evidence: [] }]);
  });

  it('keeps the evidence that marks a sentence as background', () => {
    const pack = minimalPack();
    pack.terms[0]!.note = [{ text: 'Outside.', evidence: [{ kind: 'background', sourceId: 'hansard' }] }];
    expect(termContent(widget, [{ pack, label: curated }])!.note).toEqual(pack.terms[0]!.note);
  });

  it('lists dates newest first', () => {
    const pack = minimalPack();
    pack.terms[0]!.eventIds = ['e-speech', 'e-earlier', 'e-later'];
    const dates = termContent(widget, [{ pack, label: curated }])!.sources[0]!.dates.map((d) => d.date.value);
    expect(dates).toEqual(['2020-01-06', '2020-01-01', '2019-12']);
  });

  it('draws on a reader\'s source through its links and the quotations that mention the term', () => {
    const pack = minimalPack();
    const reader = readerPack('r', '2021-05-01', [
      quote('q-a', 'Nothing about it here.'),
      quote('q-b', 'The widgets were everywhere.'),
      quote('q-c', 'Linked by the reader.'),
      quote('q-d', 'Another unrelated line.'),
    ], ['q-c']);
    const content = termContent(widget, [{ pack, label: curated }, { pack: reader, label: added }], find(pack))!;
    expect(content.sources.map((s) => s.source.id)).toEqual(['test-pack', 'r']);
    const theirs = content.sources[1]!;
    expect(theirs.source.label).toEqual(added);
    expect(theirs.quotes.map((q) => q.id)).toEqual(['q-b', 'q-c']);
    // No quotation of the event's mentions the term and its title does not either: no dates.
    expect(theirs.dates).toEqual([]);
    // Without a finder only the links count.
    expect(termContent(widget, [{ pack, label: curated }, { pack: reader, label: added }])!.sources[1]!.quotes.map((q) => q.id)).toEqual(['q-c']);
  });

  it('gives a reader\'s source the dates of events whose quotations or titles concern the term', () => {
    const pack = minimalPack();
    const reader = readerPack('r', '2021-05-01', [quote('q-b', 'A widget spoke.')]);
    const content = termContent(widget, [{ pack, label: curated }, { pack: reader, label: added }], find(pack))!;
    expect(content.sources[1]!.dates.map((d) => d.id)).toEqual(['e-dated']);
    reader.quotes = [quote('q-x', 'Unrelated.')];
    reader.events[0]!.quoteIds = ['q-x'];
    reader.events[0]!.title = prose('The widget fair opened.');
    expect(termContent(widget, [{ pack, label: curated }, { pack: reader, label: added }], find(pack))!.sources[1]!.dates.map((d) => d.id)).toEqual(['e-dated']);
  });

  it('puts the curated source first, then the newest, undated last, and leaves out sources that say nothing', () => {
    const pack = minimalPack();
    const mention = [quote('q-m', 'one widget')];
    const sources = [
      { pack: readerPack('old', '2019-01-01', mention), label: added },
      { pack: readerPack('undated', undefined, mention), label: imported },
      { pack: readerPack('silent', '2025-01-01', [quote('q-s', 'nothing')]), label: added },
      { pack, label: curated },
      { pack: readerPack('new', '2024-06-30', mention), label: imported },
    ];
    const content = termContent(widget, sources, find(pack))!;
    expect(content.sources.map((s) => s.source.id)).toEqual(['test-pack', 'new', 'old', 'undated']);
  });

  it('caps sources, quotations and dates at what a card renders, keeping the defining source', () => {
    const pack = minimalPack();
    const many = Array.from({ length: 30 }, (_, i) => quote(`q-${i}`, `widget number ${i}`));
    const readers = Array.from({ length: 8 }, (_, i) => ({ pack: readerPack(`r${i}`, `2030-01-0${i + 1}`, many), label: added }));
    const content = termContent(widget, [...readers, { pack, label: curated }], find(pack))!;
    expect(content.sources).toHaveLength(TERM_CONTENT_LIMITS.sources);
    expect(content.sources[0]!.source.id).toBe('test-pack');
    for (const s of content.sources.slice(1)) expect(s.quotes).toHaveLength(TERM_CONTENT_LIMITS.quotes);
    expect(content.sources.slice(1).map((s) => s.source.id)).toEqual(['r7', 'r6', 'r5', 'r4']);
  });

  it('is null for a term no source defines, and a reader\'s source never defines one', () => {
    const pack = minimalPack();
    expect(termContent({ packId: 'test-pack', termId: 'no-such-term' }, [{ pack, label: curated }])).toBeNull();
    const reader = readerPack('r', '2021-05-01', [quote('q-b', 'widget')], ['q-b']);
    expect(termContent(widget, [{ pack: reader, label: added }])).toBeNull();
  });
  it('takes a term from the pack named, and a same-id term of another pack is another term', () => {
    const pack = minimalPack();
    const other = minimalPack();
    other.id = 'other-pack';
    other.terms[0]!.label = 'Other widget';
    other.terms[0]!.variants = [{ text: 'gadget', lang: 'en', inflection: 'en' }];
    other.quotes[0]!.text = 'a gadget here';
    const sources = [{ pack, label: curated }, { pack: other, label: curated }];
    const both = compileMatcher(keyedTerms([pack, other]));
    const find = (text: string) => both.find(text);
    const mine = termContent(widget, sources, find)!;
    expect([mine.packId, mine.label, mine.sources.map((s) => s.source.id)]).toEqual(['test-pack', 'Widget', ['test-pack']]);
    const theirs = termContent({ packId: 'other-pack', termId: 'widget' }, sources, find)!;
    expect([theirs.packId, theirs.label, theirs.sources[0]!.source.id, theirs.sources[0]!.quotes.map((q) => q.text)]).toEqual(['other-pack', 'Other widget', 'other-pack', ['a gadget here']]);
    expect(termContent({ packId: 'no-pack', termId: 'widget' }, sources, find)).toBeNull();
  });
});
