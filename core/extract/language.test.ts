import { expect, it } from 'vitest';
import { languageFromScript, normalizeLanguage } from './language.ts';
import { dayInUrl, dayOf } from './day-of.ts';

it('normalises language tags', () => {
  expect(normalizeLanguage('en_US')).toBe('en-US');
  expect(normalizeLanguage('ZH-hans-cn')).toBe('zh-Hans-CN');
  expect(normalizeLanguage('not a tag!')).toBeNull();
  expect(languageFromScript('新疆维吾尔自治区的职业技能教育培训中心')).toBe('zh');
  expect(languageFromScript('Plain English text')).toBeNull();
});

it('reads the day a publisher meant from its timestamps', () => {
  expect(dayOf('2018-10-31T21:30:00-04:00')).toBe('2018-10-31');
  expect(dayOf('2018-10-31')).toBe('2018-10-31');
  expect(dayOf('Wed, 31 Oct 2018 09:00:00 GMT')).toBe('2018-10-31');
  expect(dayOf('31.10.2018')).toBe('2018-10-31');
  expect(dayOf('2018-02-30')).toBeNull();
  expect(dayOf('last week')).toBeNull();
  expect(dayInUrl('https://www.cnn.com/2018/10/31/uk/x/index.html')).toBe('2018-10-31');
  expect(dayInUrl('https://example.org/about')).toBeNull();
});
