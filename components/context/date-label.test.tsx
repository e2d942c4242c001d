// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { PackDate } from '../../core/pack/schema';

import { formatPackDate, isoWeek } from './date-format';
import { DateLabel } from './date-label';
import { eachTestContainer, useShippedMessages } from './test-messages';

const date = (value: string, precision: PackDate['precision'], confidence: PackDate['confidence'] = 'stated'): PackDate => ({
  value,
  precision,
  confidence,
  evidence: { where: 'article', expression: 'x', paragraph: 0 },
});

describe('formatPackDate', () => {
  const weekOf = (day: string) => `week of ${day}`;

  it('shows a day in the locale\'s order', () => {
    expect(formatPackDate(date('2018-10-30', 'day'), 'en-GB', weekOf).text).toBe('30 Oct 2018');
    expect(formatPackDate(date('2018-10-30', 'day'), 'en-US', weekOf).text).toBe('Oct 30, 2018');
  });

  it('shows a month without a day', () => {
    const shown = formatPackDate(date('2018-10', 'month'), 'en-GB', weekOf);
    expect(shown).toEqual({ text: 'Oct 2018', datetime: '2018-10', approximate: false });
    expect(formatPackDate(date('2018-10', 'month'), 'zh-CN', weekOf).text).toBe('2018年10月');
  });

  it('names a week by its Monday and gives an ISO week as datetime', () => {
    const shown = formatPackDate(date('2018-11-05', 'week', 'medium'), 'en-GB', weekOf);
    expect(shown).toEqual({ text: 'week of 5 Nov 2018', datetime: '2018-W45', approximate: true });
  });

  it('does not shift a date across midnight in a far time zone', () => {
    // Dates are calendar days: formatting must not depend on the machine's zone.
    expect(formatPackDate(date('2018-01-01', 'day'), 'en-GB', weekOf).text).toBe('1 Jan 2018');
  });

  it('counts ISO weeks from the week holding the year\'s first Thursday', () => {
    expect(isoWeek('2018-01-01')).toBe('2018-W01');
    expect(isoWeek('2018-12-31')).toBe('2019-W01');
    expect(isoWeek('2020-12-28')).toBe('2020-W53');
  });
});

describe('DateLabel', () => {
  let root: HTMLElement;
  eachTestContainer((el) => (root = el));

  it('marks a medium-confidence date with ≈ and explains it', () => {
    render(<DateLabel date={date('2018-11-01', 'day', 'medium')} locale="en-GB" />, root);
    const abbr = root.querySelector('abbr');
    expect(abbr?.textContent).toBe('≈');
    expect(abbr?.getAttribute('title')).toMatch(/approximate/);
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2018-11-01');
  });

  it('shows a stated date without ≈', () => {
    render(<DateLabel date={date('2018-08-29', 'day', 'stated')} locale="en-GB" />, root);
    expect(root.textContent).toBe('29 Aug 2018');
    expect(root.querySelector('abbr')).toBeNull();
  });

  it('words a week with the UI string', () => {
    render(<DateLabel date={date('2018-11-05', 'week', 'medium')} locale="en-GB" />, root);
    expect(root.textContent).toBe('≈ week of 5 Nov 2018');
  });

  it('words a week in Chinese with the Chinese UI string', () => {
    useShippedMessages('zh_CN', 'zh-CN');
    render(<DateLabel date={date('2018-11-05', 'week', 'high')} locale="zh-CN" />, root);
    expect(root.textContent).toBe('2018年11月5日 那一周');
  });
});
