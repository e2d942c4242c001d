// English: plural and possessive endings.
import { APOS_CLASS } from '../letter-units.ts';
import type { InflectionRule } from './rule.ts';

export const en: InflectionRule = {
  suffix: () => `(?:e?s)?(?:${APOS_CLASS}s?)?`,
  examples: [
    { variant: 'Uyghur', text: 'Uyghurs, the Uyghur’s home, the Uyghurs’ camps, not Uyghurism', found: ['Uyghurs', 'Uyghur’s', 'Uyghurs’'] },
    { variant: 'training centre', text: 'training centres and a training centre', found: ['training centres', 'training centre'] },
  ],
};
