// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { eachTestContainer } from '../context/test-messages';
import { filterSources, type SourceRow } from './filter-sources';
import { SourcesApp, UNDO_MS, type SourcesDeps } from './sources-app';

let container: HTMLElement;
eachTestContainer((el) => (container = el));

const row = (over: Partial<SourceRow>): SourceRow => ({
  id: 'a',
  title: 'Harbour report draws questions',
  site: 'News Example',
  published: '2026-11-30',
  quotes: 3,
  dates: 2,
  origin: 'added',
  pageUrl: 'https://news.example/harbour',
  addedAt: '2026-12-06T10:00:00Z',
  reviewedAt: '2026-12-06T10:05:00Z',
  enabled: true,
  ...over,
});
const ROWS = [
  row({}),
  row({ id: 'b', title: 'Árctic shipping lanes', site: 'Polar Daily', published: null, quotes: 1, dates: 0, origin: 'imported', reviewedAt: null, enabled: false, authors: ['Mira Holm'] }),
];

const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function show(over: Partial<SourcesDeps> = {}) {
  let rows = [...ROWS];
  const deps: SourcesDeps = {
    list: vi.fn(async () => rows),
    setEnabled: vi.fn(async () => ({ ok: true })),
    remove: vi.fn(async (id: string) => {
      rows = rows.filter((r) => r.id !== id);
      return { ok: true, undoToken: `undo-${id}` };
    }),
    undo: vi.fn(async () => {
      rows = [...ROWS];
      return { ok: true };
    }),
    review: vi.fn(async () => ({ draftId: 'd-9' })),
    openReview: vi.fn(),
    exportSources: vi.fn(async (ids?: string[]) => ({ fileName: ids ? 'context-cards-sources-1.json' : 'context-cards-sources.json', text: '{}' })),
    download: vi.fn(),
    importSources: vi.fn(async () => ({ draftIds: ['d-1', 'd-2'], refused: ['pack 3: a URL is not http(s)'], notes: ['pack 1: 2 quotations over the limit were left out'] })),
    draftTitle: vi.fn(async (id: string) => (id === 'd-1' ? 'First imported' : null)),
    maxImportBytes: 1024,
    reviewHref: (id) => `/review.html?draft=${id}`,
    locale: 'en-GB',
    ...over,
  };
  await act(async () => render(<SourcesApp deps={deps} />, container));
  await flush();
  return deps;
}
const $ = <E extends Element = HTMLElement>(sel: string) => container.querySelector<E>(sel)!;
const text = (sel: string) => $(sel).textContent!.replace(/\s+/g, ' ').trim();
const click = (el: Element) => act(async () => (el as HTMLElement).click());
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
const ids = () => [...container.querySelectorAll('[data-source-id]')].map((el) => el.getAttribute('data-source-id'));
const pickFile = async (file: File) => {
  const input = $<HTMLInputElement>('#sources-import');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await flush();
};

describe('filterSources', () => {
  it('matches every typed word in the title, site or an author, ignoring case and accents', () => {
    expect(filterSources(ROWS, '').map((r) => r.id)).toEqual(['a', 'b']);
    expect(filterSources(ROWS, 'arctic').map((r) => r.id)).toEqual(['b']);
    expect(filterSources(ROWS, 'news harbour').map((r) => r.id)).toEqual(['a']);
    expect(filterSources(ROWS, 'holm').map((r) => r.id)).toEqual(['b']);
    expect(filterSources(ROWS, 'harbour polar')).toEqual([]);
  });
});

describe('SourcesApp', () => {
  it('lists each source with its site, date, counts, origin and review', async () => {
    await show();
    expect(ids()).toEqual(['a', 'b']);
    const a = text('[data-source-id="a"]');
    expect(a).toContain('News Example · 30 Nov 2026 · 3 quotation(s) · 2 date(s)');
    expect(text('[data-source-id="a"] [data-provenance]')).toBe('Added by you, extracted by the extension · reviewed by you on 6 Dec 2026');
    expect(text('[data-source-id="b"] [data-provenance]')).toBe('Imported from a file · not reviewed');
    expect(text('[data-source-id="b"]')).toContain('no date');
    expect($<HTMLInputElement>('[data-source-id="b"] input[name="enabled"]').checked).toBe(false);
    expect(text('#sources-search-count')).toBe('2 source(s)');
  });

  it('filters by the search', async () => {
    await show();
    const input = $<HTMLInputElement>('#sources-search');
    input.value = 'polar';
    await act(async () => void input.dispatchEvent(new Event('input', { bubbles: true })));
    expect(ids()).toEqual(['b']);
    expect(text('#sources-search-count')).toBe('1 of 2 source(s) match');
    input.value = 'nothing like it';
    await act(async () => void input.dispatchEvent(new Event('input', { bubbles: true })));
    expect(text('main')).toContain('No source matches your search.');
  });

  it('turns a source on and off', async () => {
    const deps = await show();
    await click($('[data-source-id="b"] input[name="enabled"]'));
    await flush();
    expect(deps.setEnabled).toHaveBeenCalledWith('b', true);
    expect(text('[role="status"].cc-status')).toBe('“Árctic shipping lanes” is on.');
  });

  it('deletes with an Undo that takes the focus and puts the source back', async () => {
    const deps = await show();
    await click($('[data-source-id="a"] button:last-child'));
    await flush();
    expect(deps.remove).toHaveBeenCalledWith('a');
    expect(ids()).toEqual(['b']);
    expect(text('.cc-toast p')).toBe('Deleted “Harbour report draws questions”.');
    expect(document.activeElement?.textContent).toBe('Undo');
    await click(button('Undo'));
    await flush();
    expect(deps.undo).toHaveBeenCalledWith('undo-a');
    expect(ids()).toEqual(['a', 'b']);
    expect(container.querySelector('.cc-toast')).toBeNull();
    expect(text('[role="status"].cc-status')).toBe('“Harbour report draws questions” is back.');
  });

  it('stops offering Undo after a while', async () => {
    await show();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await click($('[data-source-id="a"] button:last-child'));
      await act(async () => void (await vi.advanceTimersByTimeAsync(10)));
      expect(container.querySelector('.cc-toast')).not.toBeNull();
      await act(async () => void (await vi.advanceTimersByTimeAsync(UNDO_MS)));
      expect(container.querySelector('.cc-toast')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when a delete or an undo fails', async () => {
    await show({ remove: vi.fn(async () => ({ ok: false, undoToken: '' })), undo: vi.fn(async () => ({ ok: false })) });
    await click($('[data-source-id="a"] button:last-child'));
    await flush();
    expect(text('[role="alert"]')).toContain('That did not work');
    expect(container.querySelector('.cc-toast')).toBeNull();
  });

  it('opens a new review of a kept source', async () => {
    const deps = await show();
    await click($('[data-source-id="b"] .cc-row-actions button'));
    await flush();
    expect(deps.review).toHaveBeenCalledWith('b');
    expect(deps.openReview).toHaveBeenCalledWith('d-9');
  });

  it('exports all, or the selected sources, as a download named by the background', async () => {
    const deps = await show();
    expect(button('Export selected (0)').disabled).toBe(true);
    await click(button('Export all'));
    await flush();
    expect(deps.exportSources).toHaveBeenCalledWith(undefined);
    expect(deps.download).toHaveBeenCalledWith('context-cards-sources.json', '{}');
    await click($('[data-source-id="b"] input[name="selected"]'));
    await click(button('Export selected (1)'));
    await flush();
    expect(deps.exportSources).toHaveBeenLastCalledWith(['b']);
    expect(text('[role="status"].cc-status')).toBe('Saved as context-cards-sources-1.json.');
  });

  it('imports a file: lists the drafts to review, the refusals and the notes', async () => {
    const deps = await show();
    await pickFile(new File(['{"format":"context-cards-sources"}'], 'set.json', { type: 'application/json' }));
    expect(deps.importSources).toHaveBeenCalledWith('{"format":"context-cards-sources"}');
    const links = [...container.querySelectorAll('[data-import-result] a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Review “First imported”', '/review.html?draft=d-1'],
      ['Review “d-2”', '/review.html?draft=d-2'],
    ]);
    expect(text('[data-refused]')).toBe('pack 3: a URL is not http(s)');
    expect(text('[data-notes]')).toBe('pack 1: 2 quotations over the limit were left out');
    expect(deps.openReview).not.toHaveBeenCalled();
  });

  it('opens the review at once when a file holds one source', async () => {
    const deps = await show({ importSources: vi.fn(async () => ({ draftIds: ['d-1'], refused: [], notes: [] })) });
    await pickFile(new File(['{}'], 'one.json'));
    expect(deps.openReview).toHaveBeenCalledWith('d-1');
  });

  it('refuses a file that is too large before reading it, and says so', async () => {
    const deps = await show();
    await pickFile(new File(['x'.repeat(2048)], 'big.json'));
    expect(deps.importSources).not.toHaveBeenCalled();
    expect(text('[role="alert"]')).toBe('This file is too large to import (more than 1 kB).');
  });

  it('says when nothing in a file can be imported', async () => {
    await show({ importSources: vi.fn(async () => ({ draftIds: [], refused: ['not JSON'], notes: [] })) });
    await pickFile(new File(['<html>'], 'x.json'));
    expect(text('[data-import-result]')).toContain('Nothing in this file can be imported.');
    expect(text('[data-refused]')).toBe('not JSON');
  });
});
