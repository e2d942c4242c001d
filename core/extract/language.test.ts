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

it('guesses an undeclared Latin-script language from its function words', async () => {
  const { languageFromWords } = await import('./language.ts');
  const es = 'El gobierno dijo que los pueblos del sur reclaman por derechos que permanecen incumplidos, por eso es más eficiente para todos. '.repeat(3);
  const en = 'The government said that the people of the south were asking for rights that had not been kept, and this was the reason for the talks. '.repeat(3);
  const pt = 'O técnico disse que não foi uma boa ideia levar a taça para o ex-presidente, e que os jogadores do time estavam com ele. '.repeat(3);
  expect(languageFromWords(es)).toBe('es');
  expect(languageFromWords(en)).toBe('en');
  expect(languageFromWords(pt)).toBe('pt');
  expect(languageFromWords('Too short to tell.')).toBeNull();
});
