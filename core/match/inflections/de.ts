// German: declension and compounds, at the end (Uigurenlager) and, for variants that open with a letter, at
// the start (Zwangsumerziehungslager); names shared with English keep their possessive.
import { APOS_CLASS } from '../letter-units.ts';
import type { InflectionRule } from './rule.ts';

export const de: InflectionRule = {
  suffix: () => `[a-zäöüß]{0,24}(?:${APOS_CLASS}s)?`,
  compounds: true,
  examples: [
    { variant: 'Uigur', text: 'Uiguren, uigurische Familien, Uigurenlager', found: ['Uiguren', 'uigurische', 'Uigurenlager'] },
    { variant: 'Xinjiang', text: 'die Xinjiangpolitik und Xinjiang’s Lager', found: ['Xinjiangpolitik', 'Xinjiang’s'] },
    { variant: 'Umerziehung', text: 'Zwangsumerziehungslager und Umerziehungszentren', found: ['Zwangsumerziehungslager', 'Umerziehungszentren'] },
  ],
};
