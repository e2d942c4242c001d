// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ContextPack } from '../../core/pack/schema';
import type { Draft } from '../../core/sources/types';
import { eachTestContainer } from '../context/test-messages';
import { ReviewApp, type ReviewDeps } from './review-app';
import { testDraft } from './test-draft';

let container: HTMLElement;
eachTestContainer((el) => (container = el));

const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function show(draft: Draft | null, over: Partial<ReviewDeps> = {}) {
  const deps: ReviewDeps = {
    draftId: 'd-1',
    getDraft: vi.fn(async () => (draft ? { draft } : null)),
    save: vi.fn(async () => ({ ok: true as const, id: 'x' })),
    discard: vi.fn(async () => ({ ok: true })),
    reveal: vi.fn(async () => true),
    citationStyle: 'apa',
    today: new Date(2026, 11, 6),
    locale: 'en-GB',
    sourcesHref: '/sources.html',
    ...over,
  };
  await act(async () => render(<ReviewApp deps={deps} />, container));
  await flush();
  return deps;
}
const $ = <E extends Element = HTMLElement>(sel: string) => container.querySelector<E>(sel)!;
const text = (sel: string) => $(sel).textContent!.replace(/\s+/g, ' ').trim();
const type = async (sel: string, value: string) => {
  const el = $<HTMLInputElement>(sel);
  el.value = value;
  await act(async () => void el.dispatchEvent(new Event('input', { bubbles: true })));
};
const choose = async (sel: string, value: string) => {
  const el = $<HTMLSelectElement>(sel);
  el.value = value;
  await act(async () => void el.dispatchEvent(new Event('change', { bubbles: true })));
};
const click = (el: Element) => act(async () => (el as HTMLElement).click());
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
const savedPack = (deps: ReviewDeps) => (deps.save as ReturnType<typeof vi.fn>).mock.calls[0]![1] as ContextPack;

describe('ReviewApp', () => {
  it('labels an extracted draft, shows its notes, metadata, citation, quotations and dates', async () => {
    await show(testDraft());
    expect(text('.cc-provenance')).toContain('Extracted by the extension, not reviewed');
    expect(text('.cc-provenance')).toContain('Not found on the page: the update date.');
    expect($<HTMLInputElement>('#review-title').value).toBe('Harbour report draws questions');
    expect($<HTMLInputElement>('#review-author-0-family').value).toBe('Ruiz');
    expect($<HTMLInputElement>('#review-published').value).toBe('2026-11-30');
    expect(text('#review-published-help')).toBe('Read from the page’s structured data.');
    expect(text('[data-testid="citation"]')).toBe('Ruiz, A. (2026, November 30). Harbour report draws questions. News Example. https://news.example/harbour');
    expect(container.querySelectorAll('[data-quote-id]')).toHaveLength(3);
    expect(text('[data-quote-id="q-unnamed"]')).toContain('Speaker not identified; the page says “a resident”.');
    expect(text('[data-quote-id="q-we-will-look"]')).toContain('Paragraph 3');
    expect(text('[data-quote-id="q-we-will-look"] .cc-snippet')).toBe('…said Li We will look at every case on Monday…');
    expect(text('[data-event-id="e-monday"]')).toContain('2026-11-30');
    expect(text('[data-event-id="e-monday"]')).toContain('The page says “on Monday”.');
    expect(text('[data-event-id="e-last-year"]')).toContain('resolved, medium confidence');
  });

  it('re-renders the citation as the metadata is edited, and saves the edited pack', async () => {
    const deps = await show(testDraft());
    await type('#review-title', 'Harbour report, corrected');
    await type('#review-author-0-family', 'Ruiz Soto');
    await type('#review-author-0-given', 'Ana María');
    await click(button('Add an organisation'));
    await type('#review-author-1-name', 'Harbour Desk');
    await type('#review-published', '2026-12-01');
    expect(text('[data-testid="citation"]')).toBe('Ruiz Soto, A. M., & Harbour Desk. (2026, December 1). Harbour report, corrected. News Example. https://news.example/harbour');
    expect(deps.save).not.toHaveBeenCalled();
    await click(button('Save'));
    await flush();
    const pack = savedPack(deps);
    expect(pack.source.title).toBe('Harbour report, corrected');
    expect(pack.source.authors).toEqual([{ given: 'Ana María', family: 'Ruiz Soto' }, { literal: 'Harbour Desk' }]);
    expect(pack.source).toMatchObject({ published: '2026-12-01', publishedFrom: 'reader' });
    expect(text('.cc-finished')).toContain('Saved.');
  });

  it('removes a quotation and puts it back; the saved pack leaves out what stays removed', async () => {
    const deps = await show(testDraft());
    await click($('[data-quote-id="q-no-comment"] button[data-action="remove"]'));
    expect(text('#review-quotes-h')).toBe('Quotations (2)');
    expect(text('[data-quote-id="q-no-comment"]')).toContain('Removed, will not be saved');
    await click($('[data-quote-id="q-no-comment"] button'));
    expect(text('#review-quotes-h')).toBe('Quotations (3)');
    await click($('[data-quote-id="q-we-will-look"] button[data-action="remove"]'));
    await click($('[data-event-id="e-last-year"] button[data-action="remove"]'));
    await click(button('Save'));
    await flush();
    const pack = savedPack(deps);
    expect(pack.quotes.map((q) => q.id)).toEqual(['q-no-comment', 'q-unnamed']);
    expect(pack.events.map((e) => e.id)).toEqual(['e-monday']);
    expect(pack.termLinks).toEqual([{ termId: 'xinjiang', quoteIds: ['q-no-comment'], eventIds: ['e-monday'] }]);
  });

  it('changes a speaker, names a new one, and renames one for all their quotations', async () => {
    const deps = await show(testDraft());
    await choose('#review-quote-0-speaker', 'unidentified');
    expect(text('[data-quote-id="q-we-will-look"]')).toContain('Speaker not identified: the quotation is shown without a name');
    await choose('#review-quote-2-speaker', 'new');
    await type('#review-quote-2-new-name', 'Omar Haddad');
    await click($('[data-quote-id="q-unnamed"] form button[type="submit"]'));
    expect($<HTMLSelectElement>('#review-quote-2-speaker').value).toBe('entity:r-omar-haddad');
    const ministry = [...container.querySelectorAll('[data-entity-id="o-ministry"] input')][0]!;
    await type(`#${ministry.id}`, 'The Ministry of Ports');
    await click(button('Save'));
    await flush();
    const pack = savedPack(deps);
    expect(pack.quotes[0]!.source).toEqual({ kind: 'unidentified' });
    expect(pack.quotes[2]!.source).toEqual({ kind: 'person', entityId: 'r-omar-haddad' });
    expect(pack.entities.find((e) => e.id === 'o-ministry')!.name).toBe('The Ministry of Ports');
  });

  it('refuses to save with an empty title or family name, says why, and marks the fields', async () => {
    const deps = await show(testDraft());
    await type('#review-title', '   ');
    await type('#review-author-0-family', '');
    await click(button('Save'));
    expect(deps.save).not.toHaveBeenCalled();
    expect($('#review-title').getAttribute('aria-invalid')).toBe('true');
    expect(text('#review-title-error')).toBe('Enter the title (at most 400 characters).');
    expect($('#review-author-0-family').getAttribute('aria-invalid')).toBe('true');
    expect(text('[role="alert"]')).toBe('Not saved: correct the 2 field(s) marked below.');
  });

  it('shows the background\'s refusal and lets the reader save again', async () => {
    const save = vi.fn().mockResolvedValueOnce({ ok: false, error: 'the store is full' }).mockResolvedValueOnce({ ok: true, id: 'x' });
    await show(testDraft(), { save });
    await click(button('Save'));
    await flush();
    expect(text('[role="alert"]')).toBe('Not saved: the store is full');
    await click(button('Save'));
    await flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(text('.cc-finished')).toContain('Saved.');
  });

  it('shows a passage in the open page, and says so when the page has gone', async () => {
    const reveal = vi.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    await show(testDraft(), { reveal });
    await click($('[data-quote-id="q-we-will-look"] button[aria-label^="Show in page"]'));
    expect(reveal).toHaveBeenLastCalledWith(7, expect.objectContaining({ start: 120, end: 146, text: expect.any(String) }));
    await click($('[data-event-id="e-monday"] button[aria-label^="Show in page"]'));
    await flush();
    expect(reveal).toHaveBeenLastCalledWith(7, { start: 312, end: 321, text: 'The ministry answered on Monday.' });
    expect(text('[role="alert"]')).toContain('no longer open');
    // A quotation without an offset has nothing to show.
    expect(container.querySelector('[data-quote-id="q-unnamed"] button[aria-label^="Show in page"]')).toBeNull();
  });

  it('labels an imported draft as unverified, with no way to show a page', async () => {
    const { tabId: _tab, ...imported } = testDraft({ origin: 'imported', notes: [] });
    await show(imported);
    expect(text('.cc-provenance')).toContain('Imported from a file: evidence not verified on this device');
    expect(container.querySelector('button[aria-label^="Show in page"]')).toBeNull();
  });

  it('discards only after a confirmation', async () => {
    const deps = await show(testDraft());
    await click(button('Discard'));
    expect(deps.discard).not.toHaveBeenCalled();
    await click($('.cc-confirm .cc-danger'));
    await flush();
    expect(deps.discard).toHaveBeenCalledWith('d-1');
    expect(text('.cc-finished')).toContain('Discarded. Nothing was saved.');
  });

  it('says so when the draft is gone', async () => {
    await show(null);
    expect(text('[role="alert"]')).toContain('There is no source to review here');
    await show(null, { getDraft: () => Promise.reject(new Error('no answer')) });
    expect(text('[role="alert"]')).toContain('could not be read');
  });
});

describe('ReviewApp provenance', () => {
  const reviewed = (draft: Draft): Draft => ({ ...draft, pack: { ...draft.pack, provenance: { kind: 'reader-reviewed', url: 'https://news.example/harbour', extracted: '2026-12-01', reviewed: '2026-12-02' } } });

  it('says when the reader reviewed a source they review again', async () => {
    await show(reviewed(testDraft({ replaces: 'x-news-example-harbour-report' })));
    expect(text('.cc-provenance')).toContain('Extracted by the extension, reviewed by you on 2 Dec 2026');
    expect(text('.cc-provenance')).toContain('saving replaces it');
  });

  it('does not call a file\'s review the reader\'s', async () => {
    const { tabId: _tab, ...imported } = reviewed(testDraft({ origin: 'imported' }));
    await show(imported);
    expect(text('.cc-provenance')).toContain('Imported from a file: evidence not verified on this device');
    expect(text('.cc-provenance')).toContain('reviewed on 2 Dec 2026, by whoever made it: not by you.');
  });

  it('says why the page could not be added when the context menu sent a refusal, as text', async () => {
    await show(null, { draftId: null, refused: '<b>The browser’s own pages cannot be read.</b>' });
    expect(text('[role="alert"]')).toContain('<b>The browser’s own pages cannot be read.</b>');
    expect(container.querySelector('[role="alert"] b')).toBeNull();
  });
});
