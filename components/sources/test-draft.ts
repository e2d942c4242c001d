/** Test support: a small extracted draft in our own words, valid under the pack schema (unit tests only). */
import type { ContextPack } from '../../core/pack/schema';
import type { Draft } from '../../core/sources/types';

/** A fresh copy of the test pack each call, so a test's edits cannot leak into another's. */
export function testPack(): ContextPack {
  return {
    formatVersion: 2,
    id: 'x-news-example-harbour-report',
    packVersion: '1.0.0',
    provenance: { kind: 'extracted', url: 'https://news.example/harbour', extracted: '2026-12-06', extractor: 'context-cards extract 1' },
    topic: { id: 'xinjiang', label: 'Xinjiang' },
    source: {
      title: 'Harbour report draws questions',
      publisher: 'News Example',
      containerTitle: 'News Example',
      url: 'https://news.example/harbour',
      published: '2026-11-30',
      publishedFrom: 'structured-data',
      language: 'en',
      authors: [{ given: 'Ana', family: 'Ruiz' }],
      type: 'article-newspaper',
    },
    quotes: [
      {
        id: 'q-we-will-look',
        text: 'We will look at every case',
        lang: 'en',
        source: { kind: 'person', entityId: 'p-li-wen' },
        partial: false,
        key: false,
        editorialInsertions: [],
        speakerInferred: true,
        evidence: { paragraph: 2, offset: 120 },
        passage: 'text=said%20Li-,We%20will%20look%20at%20every%20case,-on%20Monday',
      },
      {
        id: 'q-no-comment',
        text: 'no comment at this time',
        lang: 'en',
        source: { kind: 'organisation', entityId: 'o-ministry' },
        partial: true,
        key: false,
        editorialInsertions: [],
        speakerInferred: false,
        evidence: { paragraph: 4, offset: 300 },
        eventId: 'e-monday',
      },
      {
        id: 'q-unnamed',
        text: 'It was quiet',
        lang: 'en',
        source: { kind: 'unidentified', as: 'a resident' },
        partial: false,
        key: false,
        editorialInsertions: [],
        speakerInferred: false,
        evidence: { paragraph: 5 },
      },
    ],
    scareQuotes: [],
    events: [
      {
        id: 'e-monday',
        title: [{ text: 'The ministry answered on Monday.', evidence: [{ kind: 'body', start: 290, end: 322 }] }],
        date: { value: '2026-11-30', precision: 'day', confidence: 'high', evidence: { where: 'article', expression: 'on Monday', paragraph: 4, offset: 312 } },
        quoteIds: ['q-no-comment'],
      },
      {
        id: 'e-last-year',
        title: [{ text: 'The port opened last year.', evidence: [{ kind: 'body', start: 400, end: 426 }] }],
        date: { value: '2025', precision: 'year', confidence: 'medium', evidence: { where: 'article', expression: 'last year', paragraph: 6, offset: 416 } },
        quoteIds: [],
      },
    ],
    entities: [
      { id: 'p-li-wen', kind: 'person', name: 'Li Wen', role: 'port official', evidence: { where: 'article', expression: 'Li Wen', paragraph: 1, offset: 80 } },
      { id: 'o-ministry', kind: 'organisation', name: 'the ministry', evidence: { where: 'article', expression: 'the ministry', paragraph: 4, offset: 290 } },
      { id: 'pl-harbour', kind: 'place', name: 'the harbour', evidence: { where: 'article', expression: 'the harbour', paragraph: 0, offset: 10 } },
    ],
    terms: [],
    termLinks: [{ termId: 'xinjiang', quoteIds: ['q-we-will-look', 'q-no-comment'], eventIds: ['e-monday'] }],
  };
}

/** A draft of the test pack, read in tab 7 (or imported). */
export function testDraft(over: Partial<Draft> = {}): Draft {
  return { draftId: 'd-1', pack: testPack(), origin: 'added', pageUrl: 'https://news.example/harbour', tabId: 7, createdAt: '2026-12-06T10:00:00Z', notes: ['Not found on the page: the update date.'], ...over };
}
