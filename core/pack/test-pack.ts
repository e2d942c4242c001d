// A small, valid format-2 pack for tests: every collection has one or two items, linked to each other.
import type { ContextPack, Prose } from './schema.ts';

/** Prose of one sentence resting on the source's title (test packs carry no source text). */
export function prose(text: string): Prose {
  return [{ text, evidence: [{ kind: 'metadata', field: 'title' }] }];
}

/** A fresh copy of a minimal valid pack (tests may mutate it). */
export function minimalPack(): ContextPack {
  const date = (value: string, precision: 'day' | 'month' | 'week', expression: string, paragraph: number) => ({
    value,
    precision,
    confidence: 'stated' as const,
    evidence: { where: 'article' as const, expression, paragraph },
  });
  return {
    formatVersion: 2,
    id: 'test-pack',
    packVersion: '0.1.0',
    provenance: { kind: 'curated', reviewed: '2026-01-15' },
    topic: { id: 'test-topic', label: 'A test topic' },
    source: {
      title: 'A headline',
      publisher: 'Example News',
      url: 'https://news.example/2020/01/02/story',
      published: '2020-01-02',
      language: 'en',
      authors: [],
      type: 'webpage',
    },
    summary: { origin: 'project', gist: prose('Someone said something.'), short: prose('Someone said something on a Monday.') },
    quotes: [
      {
        id: 'q-one',
        text: 'we will see',
        lang: 'en',
        source: { kind: 'person', entityId: 'ann-example' },
        eventId: 'e-speech',
        date: date('2020-01-01', 'day', 'on Wednesday', 2),
        partial: true,
        key: true,
        editorialInsertions: [],
        speakerInferred: false,
        evidence: { paragraph: 2 },
      },
    ],
    scareQuotes: [{ text: 'so-called', paragraph: 3, note: 'a term' }],
    events: [
      { id: 'e-speech', title: prose('Ann spoke.'), date: date('2020-01-01', 'day', 'on Wednesday', 2), quoteIds: ['q-one'] },
      { id: 'e-later', title: prose('Something followed.'), date: date('2020-01-06', 'week', 'next week', 4), quoteIds: [] },
      { id: 'e-earlier', title: prose('Something came first.'), date: date('2019-12', 'month', 'last month', 1), quoteIds: [] },
    ],
    entities: [
      { id: 'ann-example', kind: 'person', name: 'Ann Example', evidence: { where: 'article', expression: 'Ann Example', paragraph: 2 } },
    ],
    terms: [
      {
        id: 'widget',
        label: 'Widget',
        kind: 'concept',
        strength: 'strong',
        caseSensitive: false,
        note: prose('A thing.'),
        quoteIds: ['q-one'],
        eventIds: ['e-later', 'e-speech'],
        variants: [{ text: 'widget', lang: 'en', inflection: 'en' }],
        examples: [{ text: 'a widget', lang: 'en', expect: ['widget'] }],
        nearMisses: [{ text: 'widgetry', lang: 'en', why: 'another word' }],
      },
    ],
  };
}
