// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { eachTestContainer } from '../context/test-messages';
import { MutedTerms } from './muted-terms';
import { SiteList } from './site-list';

let container: HTMLElement;
eachTestContainer((el) => (container = el));

const terms = [{ id: 'xinjiang', label: 'Xinjiang' }, { id: 'uyghur', label: 'Uyghurs' }];
const many = (n: number) => Array.from({ length: n }, (_, i) => `site-${i}.example`);

async function submit(value: string, inputSelector = 'input[type="text"]', formIndex = 0) {
  const input = container.querySelector(inputSelector) as HTMLInputElement;
  input.value = value;
  await act(async () => void input.dispatchEvent(new Event('input', { bubbles: true })));
  const form = container.querySelectorAll('form')[formIndex]!;
  await act(async () => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
}

describe('SiteList limits', () => {
  it('says how many sites the list holds and can hold before it is full', () => {
    render(<SiteList sites={many(3)} onChange={vi.fn()} />, container);
    expect(container.querySelector('#options-sites-limit')?.textContent).toBe('You can turn Context Cards off on up to 5,000 sites (3 so far).');
  });

  it('adds hosts the old check refused: underscores, IPv6, ports, IDN', async () => {
    const onChange = vi.fn();
    render(<SiteList sites={[]} onChange={onChange} />, container);
    for (const typed of ['my_host.test', '[::1]', 'localhost:8080', 'Bücher.example.']) await submit(typed);
    expect(onChange.mock.calls.map(([sites]) => sites.at(-1))).toEqual(['my_host.test', '[::1]', 'localhost', 'xn--bcher-kva.example']);
  });

  it('refuses a new site when the list is full, says why, and keeps what was typed', async () => {
    const onChange = vi.fn();
    // A full list of 5,000 renders slowly in happy-dom: the same check with a limit of 3.
    render(<SiteList sites={many(3)} onChange={onChange} limit={3} />, container);
    await submit('one-more.example');
    expect(onChange).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The list is full (3 sites). Remove a site before adding another.');
    expect((container.querySelector('input[type="text"]') as HTMLInputElement).value).toBe('one-more.example');
    // A site already there is no new entry: adding it again is fine.
    await submit('site-1.example');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('MutedTerms limits', () => {
  it('explains the limits before they are reached', () => {
    render(<MutedTerms muted={{}} terms={terms} onMute={vi.fn()} />, container);
    expect(container.textContent).toContain('Up to 200 muted terms on each site, on up to 5,000 sites.');
  });

  it('refuses a term on a site that is full, and a site beyond the limit', async () => {
    const onMute = vi.fn();
    const limits = { perSite: 2, sites: 3 };
    render(<MutedTerms muted={{ 'a.example': ['t-0', 't-1'] }} terms={terms} onMute={onMute} limits={limits} />, container);
    await submit('a.example');
    expect(onMute).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('a.example already has 2 muted terms. Unmute one before muting another.');
    const sites = Object.fromEntries(many(3).map((s) => [s, ['x']]));
    render(<MutedTerms muted={sites} terms={terms} onMute={onMute} limits={limits} />, container);
    await submit('new.example');
    expect(onMute).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Terms are muted on 3 sites already. Remove one of them before adding a new site.');
    await submit('site-0.example');
    expect(onMute).toHaveBeenCalledWith('site-0.example', 'xinjiang', true);
  });
});
