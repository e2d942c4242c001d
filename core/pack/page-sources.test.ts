import { describe, expect, it } from 'vitest';
import { readerPack } from '../sources/test-source.ts';
import { minimalPack } from './test-pack.ts';
import { PAGE_SOURCES_LIMIT, sourcesForPage } from './page-sources.ts';
import type { SourceLabel } from './term-content.ts';

const curated = { pack: minimalPack(), label: { kind: 'curated' } as SourceLabel };
const added = (id: string, over: Partial<ReturnType<typeof readerPack>> = {}) => ({ pack: { ...readerPack(id), ...over }, label: { kind: 'added', reviewedAt: null } as SourceLabel });
const unlinked = (id: string) => added(id, { termLinks: [] });
// A finder that sees the term "widget" wherever the word is written.
const find = (text: string) => (/\bwidgets?\b/i.test(text) ? [{ termId: 'widget' }] : []);

describe('sourcesForPage', () => {
  it('keeps the curated source, and a reader\'s source that links to a term the page mentions', () => {
    const linked = added('linked');
    expect(sourcesForPage([curated, linked, unlinked('other')], ['widget'], find).map((s) => s.pack.id)).toEqual(['test-pack', 'linked']);
  });

  it('counts a quotation or an event title that mentions the term, as the matcher finds it', () => {
    const base = unlinked('quoted');
    const quoted = { ...base, pack: { ...base.pack, quotes: base.pack.quotes.map((q) => ({ ...q, text: 'the widgets were late' })) } };
    const dated = unlinked('dated');
    dated.pack.events = [{ ...dated.pack.events[0]!, title: [{ text: 'A widget fair opened.', evidence: [] }] }];
    const ids = sourcesForPage([curated, quoted, dated, unlinked('silent')], ['widget'], find).map((s) => s.pack.id);
    expect(ids).toEqual(['test-pack', 'quoted', 'dated']);
    // Without the matcher only explicit links count.
    expect(sourcesForPage([curated, quoted], ['widget']).map((s) => s.pack.id)).toEqual(['test-pack']);
  });

  it('shows only the curated source when the page mentions nothing, or another term', () => {
    expect(sourcesForPage([curated, added('linked')], []).map((s) => s.pack.id)).toEqual(['test-pack']);
    expect(sourcesForPage([curated, added('linked')], ['gadget'], find).map((s) => s.pack.id)).toEqual(['test-pack']);
  });

  it('caps the reader\'s sources, curated first', () => {
    const many = Array.from({ length: PAGE_SOURCES_LIMIT + 5 }, (_, i) => added(`mine-${i}`));
    const shown = sourcesForPage([...many, curated], ['widget'], find);
    expect(shown).toHaveLength(PAGE_SOURCES_LIMIT + 1);
    expect(shown[0]).toBe(curated);
    expect(shown[1]!.pack.id).toBe('mine-0');
  });
});
