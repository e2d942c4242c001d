// Arabic: the conjunctions و ف, then the prepositions ب ك ل and the article ال (ل + ال is written لل)
// before the word; nisba and plural endings after it.
import type { InflectionRule } from './rule.ts';

export const ar: InflectionRule = {
  suffix: () => '(?:يين|يون|يات|ية|ي)?',
  prefix: { pattern: '(?:[وف]?(?:[بك]?ال|لل|[بلك])?)', max: 4, first: 'وفبكلا' },
  examples: [
    { variant: 'أويغور', text: 'وللأويغوريين حقوق', found: ['وللأويغوريين'] },
    { variant: 'إيغور', text: 'الإيغوريين والإيغور', found: ['الإيغوريين', 'والإيغور'] },
  ],
};
