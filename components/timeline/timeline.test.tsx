// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import type { PackEvent } from '../../core/pack/schema';
import { prose } from '../../core/pack/test-pack';

import { eachTestContainer } from '../context/test-messages';
import { Timeline } from './timeline';

const event = (id: string, value: string, precision: 'day' | 'week' | 'month', confidence: 'stated' | 'medium', quoteIds: string[] = []): PackEvent => ({
  id,
  title: prose(`Title of ${id}`),
  date: { value, precision, confidence, evidence: { where: 'article', expression: 'x', paragraph: 0 } },
  quoteIds,
});
const events = [event('aug', '2018-08', 'month', 'stated'), event('hunt', '2018-10-30', 'day', 'stated', ['q1']), event('lu', '2018-11-01', 'day', 'medium', ['q2']), event('wk', '2018-11-05', 'week', 'medium')];

let container: HTMLElement;
eachTestContainer((el) => (container = el));

const show = () => render(<Timeline events={events} locale="en-GB" renderQuotes={(e) => <p class="quotes">{e.quoteIds.join(',')}</p>} />, container);
const mark = (id: string) => container.querySelector<SVGGElement>(`[data-event-id="${id}"]`)!;

it('draws a dot for a day and a band for a week or a month, named with their precision and doubt', () => {
  show();
  expect(mark('hunt').querySelector('circle')).not.toBeNull();
  expect(mark('aug').querySelector('rect.cc-timeline-mark')).not.toBeNull();
  expect(mark('aug').getAttribute('aria-label')).toBe('Aug 2018: Title of aug');
  expect(mark('wk').getAttribute('aria-label')).toBe('about week of 5 Nov 2018: Title of wk');
  expect(mark('lu').textContent).toContain('≈');
  expect(mark('hunt').textContent).not.toContain('≈');
});

it('labels the axis with the months the events cover', () => {
  show();
  const ticks = [...container.querySelectorAll('.cc-timeline-tick-label')].map((t) => t.textContent);
  expect(ticks).toEqual(['Aug 2018', 'Sept', 'Oct', 'Nov']);
});

it('shows the quotations of an event chosen by click or Enter', async () => {
  show();
  expect(container.querySelector('.quotes')).toBeNull();
  await act(async () => void mark('hunt').dispatchEvent(new MouseEvent('click', { bubbles: true })));
  expect(container.querySelector('.quotes')!.textContent).toBe('q1');
  expect(mark('hunt').getAttribute('aria-pressed')).toBe('true');
  await act(async () => void mark('lu').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  expect(container.querySelector('.quotes')!.textContent).toBe('q2');
  await act(async () => void mark('wk').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
  expect(container.querySelector('.cc-timeline-detail')!.textContent).toContain('quotes no one');
});

it('moves focus along the axis with the arrow keys, one tab stop in all', async () => {
  show();
  expect([...container.querySelectorAll('[tabindex="0"]')].map((el) => el.getAttribute('data-event-id'))).toEqual(['aug']);
  mark('aug').focus();
  await act(async () => void mark('aug').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
  expect(document.activeElement?.getAttribute('data-event-id')).toBe('hunt');
  expect([...container.querySelectorAll('[tabindex="0"]')].map((el) => el.getAttribute('data-event-id'))).toEqual(['hunt']);
});

it("writes out a mark's date and event under the axis on focus and on hover, not by colour alone", async () => {
  show();
  const peek = () => container.querySelector('.cc-timeline-peek')!.textContent!.trim();
  expect(peek()).toBe('');
  await act(async () => void mark('hunt').dispatchEvent(new FocusEvent('focus')));
  expect(peek()).toBe('30 Oct 2018: Title of hunt');
  await act(async () => void mark('hunt').dispatchEvent(new FocusEvent('blur')));
  await act(async () => void mark('aug').dispatchEvent(new MouseEvent('mouseenter')));
  expect(peek()).toBe('Aug 2018: Title of aug');
});

it('keeps each legend sign with its caption', () => {
  show();
  const items = [...container.querySelectorAll('.cc-legend-item')].map((i) => i.textContent!.replace(/\s+/g, ' ').trim());
  expect(items[2]).toMatch(/^≈ /);
  expect(items).toHaveLength(3);
});

it('names the source of each mark in its accessible name, its tooltip and the peek line, when sources are given', async () => {
  const sourceOf = (e: PackEvent) => (e.id === 'hunt' ? 'Example News' : 'My Paper');
  render(<Timeline events={events} locale="en-GB" sourceOf={sourceOf} renderQuotes={() => null} />, container);
  expect(mark('hunt').getAttribute('aria-label')).toBe('30 Oct 2018: Title of hunt (source: Example News)');
  expect(mark('aug').querySelector('title')!.textContent).toBe('Aug 2018: Title of aug (source: My Paper)');
  await act(async () => void mark('lu').dispatchEvent(new FocusEvent('focus')));
  expect(container.querySelector('.cc-timeline-peek')!.textContent).toContain('(source: My Paper)');
  await act(async () => void mark('hunt').dispatchEvent(new MouseEvent('click', { bubbles: true })));
  expect(container.querySelector('.cc-timeline-detail')!.textContent).toContain('(source: Example News)');
});
