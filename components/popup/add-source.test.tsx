// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { eachTestContainer } from '../context/test-messages';
import { AddSource, type AddSourceAnswer } from './add-source';

let container: HTMLElement;
eachTestContainer((el) => (container = el));

async function show(onAdd: () => Promise<AddSourceAnswer>, onOpenSources = vi.fn()) {
  await act(async () => render(<AddSource onAdd={onAdd} onOpenSources={onOpenSources} />, container));
  return { add: container.querySelector('button')!, sources: container.querySelector('.cc-link') as HTMLButtonElement, alert: container.querySelector('[role="alert"]')! };
}

describe('AddSource', () => {
  it('shows the reason when the page is refused, and says it is busy meanwhile', async () => {
    let answer!: (a: AddSourceAnswer) => void;
    const { add, alert } = await show(() => new Promise((resolve) => (answer = resolve)));
    await act(async () => add.click());
    expect(add.textContent).toBe('Reading the page…');
    expect(add.disabled).toBe(true);
    await act(async () => answer({ ok: false, reason: 'the browser’s own pages cannot be read' }));
    expect(alert.textContent).toBe('This page cannot be added: the browser’s own pages cannot be read');
    expect(add.disabled).toBe(false);
  });

  it('shows nothing wrong when the draft is made (the entry point opens the review)', async () => {
    const onAdd = vi.fn(async (): Promise<AddSourceAnswer> => ({ ok: true, draftId: 'd-1' }));
    const { add, alert } = await show(onAdd);
    await act(async () => add.click());
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(alert.textContent).toBe('');
    expect(add.textContent).toBe('Add this page as a source');
  });

  it('says so when the extension does not answer, and opens the Sources page', async () => {
    const onOpenSources = vi.fn();
    const { add, sources, alert } = await show(() => Promise.reject(new Error('no receiver')), onOpenSources);
    await act(async () => add.click());
    expect(alert.textContent).toContain('did not answer');
    await act(async () => sources.click());
    expect(onOpenSources).toHaveBeenCalled();
  });
});
