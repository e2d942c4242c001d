// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';

import { eachTestContainer } from '../context/test-messages';
import { WelcomeView } from '../welcome/welcome-view';
import { OptionsView } from './options-view';
import { siteFromInput } from './site-list';

let container: HTMLElement;
eachTestContainer((el) => (container = el));

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over }) as Settings;
const terms = [{ id: 'xinjiang', label: 'Xinjiang' }, { id: 'uyghur', label: 'Uyghurs' }];

function show(s: Settings, onUpdate = vi.fn(), extra: { onReset?: () => void; onErase?: () => void } = {}) {
  render(
    <OptionsView settings={s} terms={terms} citationStyles={[{ id: 'apa', name: 'APA 7th edition' }, { id: 'mla', name: 'MLA 9th edition' }]} onUpdate={onUpdate} onReset={extra.onReset ?? vi.fn()} onErase={extra.onErase ?? vi.fn()} />,
    container,
  );
  // Each onUpdate call gets a change function: apply it to the shown settings to see what it does.
  return (call = 0) => (onUpdate.mock.calls[call]![0] as (x: Settings) => Settings)(s);
}
const input = (sel: string) => container.querySelector(sel) as HTMLInputElement;
const type = async (sel: string, value: string) => {
  const el = input(sel);
  el.value = value;
  await act(async () => void el.dispatchEvent(new Event('input', { bubbles: true })));
};

describe('OptionsView', () => {
  it('changes the highlight colour and style', async () => {
    const onUpdate = vi.fn();
    const applied = show(settings(), onUpdate);
    await act(async () => input('input[name="highlight-color"][value="blue"]').click());
    await act(async () => input('input[name="highlight-style"][value="underline"]').click());
    expect(applied(0).highlightColor).toBe('blue');
    expect(applied(1).highlightStyle).toBe('underline');
  });

  it('adds a disabled site from what the user typed and removes one', async () => {
    const onUpdate = vi.fn();
    const applied = show(settings({ disabledSites: ['a.example'] }), onUpdate);
    await type('#options-site-input', 'https://www.B.example/path');
    await act(async () => (container.querySelector('#options-site-input ~ button') as HTMLButtonElement).click());
    expect(applied(0).disabledSites).toEqual(['a.example', 'b.example']);
    await act(async () => (container.querySelector('[data-list="sites"] button') as HTMLButtonElement).click());
    expect(applied(1).disabledSites).toEqual([]);
  });

  it('says what is wrong with a site name it cannot read', async () => {
    const onUpdate = vi.fn();
    show(settings(), onUpdate);
    await type('#options-site-input', 'not a site!');
    await act(async () => (container.querySelector('#options-site-input ~ button') as HTMLButtonElement).click());
    expect(onUpdate).not.toHaveBeenCalled();
    expect(input('#options-site-input').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.cc-error')!.textContent).toContain('news.example.com');
  });

  it('lists muted terms by label and site, and unmutes', async () => {
    const onUpdate = vi.fn();
    const applied = show(settings({ mutedTerms: { 'a.example': ['uyghur'] } }), onUpdate);
    expect(container.querySelector('[data-list="muted"]')!.textContent).toContain('Uyghurs on a.example');
    await act(async () => (container.querySelector('[data-list="muted"] button') as HTMLButtonElement).click());
    expect(applied(0).mutedTerms).toEqual({});
  });

  it('mutes a chosen term on a typed site', async () => {
    const onUpdate = vi.fn();
    const applied = show(settings(), onUpdate);
    const form = container.querySelectorAll('form')[1]!;
    const site = form.querySelector('input') as HTMLInputElement;
    site.value = 'c.example';
    await act(async () => void site.dispatchEvent(new Event('input', { bubbles: true })));
    await act(async () => form.querySelector('button')!.click());
    expect(applied(0).mutedTerms).toEqual({ 'c.example': ['xinjiang'] });
  });

  it('erases only after a confirmation, and can be cancelled', async () => {
    const onErase = vi.fn();
    show(settings(), vi.fn(), { onErase });
    const erase = () => container.querySelector('.cc-danger') as HTMLButtonElement;
    await act(async () => erase().click());
    expect(onErase).not.toHaveBeenCalled();
    await act(async () => (container.querySelector('.cc-confirm .cc-button:not(.cc-danger)') as HTMLButtonElement).click());
    expect(container.querySelector('.cc-confirm')).toBeNull();
    await act(async () => erase().click());
    await act(async () => (container.querySelector('.cc-confirm .cc-danger') as HTMLButtonElement).click());
    expect(onErase).toHaveBeenCalledTimes(1);
  });

  it('states the privacy policy: no network, local only, private windows', () => {
    show(settings());
    const privacy = container.querySelector('#options-privacy')!.parentElement!.textContent!;
    expect(privacy).toMatch(/no network requests/);
    expect(privacy).toMatch(/never synced/);
    expect(privacy).toMatch(/private windows/i);
    expect(privacy).toMatch(/cleared when the tab closes/);
  });

  it('sets the default citation style and quiet mode', async () => {
    const onUpdate = vi.fn();
    const applied = show(settings(), onUpdate);
    const select = container.querySelector('#options-citation-style') as HTMLSelectElement;
    select.value = 'mla';
    await act(async () => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await act(async () => input('input[name="quiet-mode"]').click());
    expect(applied(0).citationStyle).toBe('mla');
    expect(applied(1).quietMode).toBe(true);
  });
});

describe('siteFromInput', () => {
  it.each([
    ['news.example', 'news.example'],
    ['https://www.News.example/a?b', 'news.example'],
    ['  sub.site.example  ', 'sub.site.example'],
    ['', null],
    ['bad host!', null],
  ])('reads %j as %j', (raw, site) => {
    expect(siteFromInput(raw)).toBe(site);
  });
});

describe('WelcomeView', () => {
  it('explains the extension, says nothing leaves the device, and offers quiet mode off by default', async () => {
    const onQuietMode = vi.fn();
    render(<WelcomeView quietMode={false} onQuietMode={onQuietMode} onOpenOptions={vi.fn()} />, container);
    expect(container.textContent).toContain('Nothing leaves your device');
    expect(container.textContent).toContain('runs normally');
    const box = container.querySelector('input[name="quiet-mode"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await act(async () => box.click());
    expect(onQuietMode).toHaveBeenCalledWith(true);
  });
});
