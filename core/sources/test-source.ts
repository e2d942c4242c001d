// Fixtures for the sources tests: the curated test pack, and a reader's source of its topic that attaches
// to its term by id (as the extraction engine makes one).
import { minimalPack } from '../pack/test-pack.ts';
import type { ContextPack } from '../pack/schema.ts';

/** The curated packs a source may attach to. */
export function curatedPacks(): ContextPack[] {
  return [minimalPack()];
}

/** A fresh, valid reader's source (extracted, unreviewed) linking its quotation and dates to the "widget" term. */
export function readerPack(id = 'news-example-a-headline'): ContextPack {
  const { summary: _project, ...pack } = minimalPack();
  return {
    ...pack,
    id,
    packVersion: '1.0.0',
    provenance: { kind: 'extracted', url: pack.source.url, extracted: '2026-12-01', extractor: 'test' },
    summary: { origin: 'source', text: 'What the page says about itself.', from: 'page-metadata' },
    terms: [],
    termLinks: [{ termId: 'widget', quoteIds: ['q-one'], eventIds: ['e-speech'] }],
  };
}
