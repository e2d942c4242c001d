// Hebrew: the one-letter words written onto the next word (ו and, ה the, ב in, ל to, מ from, ש that, כ as),
// up to four in a row (ובשינג'יאנג, וכשהאויגורים), with a hyphen or maqaf before a word that looks foreign
// (ב-שינג'יאנג); the plural endings after it. The match must still start a word (the boundary check before
// it), so a name inside a longer word is not found.
import type { InflectionRule } from './rule.ts';

const CLITICS = 'ובהלמשכ';

export const he: InflectionRule = {
  suffix: () => '(?:ים|ות)?',
  prefix: { pattern: `(?:[${CLITICS}]{1,4}[\\u05BE-]?)?`, max: 5, first: CLITICS },
  examples: [
    { variant: "שינג'יאנג", text: "בשינג'יאנג, ובשינג׳יאנג וב-שינג'יאנג", found: ["בשינג'יאנג", 'ובשינג׳יאנג', "וב-שינג'יאנג"] },
    { variant: 'אויגורי', text: 'המיעוט האויגורי והנשים האויגוריות', found: ['האויגורי', 'האויגוריות'] },
    { variant: 'אויגורים', text: 'וכשהאויגורים, לא בתאויגורים', found: ['וכשהאויגורים'] },
  ],
};
