import { describe, expect, it } from 'vitest';
import { namesSomeoneElseBetween } from './continuation.ts';
import { extractQuotations } from './quotations.ts';

function speakers(paragraphs: string[], lang = 'en') {
  const text = paragraphs.join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return extractQuotations(text, starts, paragraphs.map(() => 'paragraph'), lang)
    .filter((q) => q.speech)
    .map((q) => q.speaker?.name ?? null);
}

describe('a quotation continuing the speaker before it', () => {
  it('looks past the previous attribution, its roles and abbreviations, for anyone else named', () => {
    expect(namesSomeoneElseBetween(' said C. Eugene Roe, a fellow at the Urban Institute. ', 'C. Eugene Roe')).toBe(false);
    expect(namesSomeoneElseBetween(' said Ann Lee, a former U.S. envoy to Peru. ', 'Ann Lee')).toBe(false);
    expect(namesSomeoneElseBetween(' Haddad said. But Jane Roe disagreed. ', 'Omar Haddad')).toBe(true);
    expect(namesSomeoneElseBetween(' a dit Paul Martin. Marie Curie a répondu. ', 'Paul Martin')).toBe(true);
    expect(namesSomeoneElseBetween(' Haddad said on Monday. He paused. ', 'Omar Haddad')).toBe(false);
  });

  it('continues the speaker when nothing else is named, and not otherwise (en, fr)', () => {
    expect(speakers(['“We want peace and nothing else,” Omar Haddad said.', '“It is what the people asked us for.”'])).toEqual(['Omar Haddad', 'Omar Haddad']);
    expect(speakers(['“We want peace and nothing else,” Omar Haddad said. Jane Roe, his rival, disagreed.', '“It is just talk and nothing more than talk.”'])).toEqual(['Omar Haddad', null]);
    expect(speakers(['« Nous voulons la paix, rien de plus », a déclaré Paul Martin. Marie Curie a répondu aussitôt.', '« Ce ne sont que des mots et rien de plus. »'], 'fr')).toEqual(['Paul Martin', null]);
  });
});
