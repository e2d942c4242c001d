import { describe, expect, it } from 'vitest';
import { extractQuotations } from './quotations.ts';
import { isPossessiveDescription, namesSomeoneElse } from './speaker-relations.ts';

const speakerOf = (sentence: string, lang = 'en') =>
  extractQuotations(sentence, [0], ['paragraph'], lang)
    .filter((q) => q.speech)
    .map((q) => q.speaker?.name ?? null);

describe('names in an attribution that are not the speaker', () => {
  it('knows a description tied to someone else by a preposition or a possessive', () => {
    expect(namesSomeoneElse('a spokesman for', ['Omar', 'Haddad'])).toBe(true);
    expect(namesSomeoneElse('un proche de', ['Marie', 'Curie'])).toBe(true);
    expect(namesSomeoneElse('court documents filed by', ['Omar', 'Haddad'])).toBe(true);
    expect(namesSomeoneElse('', ['von', 'Angela', 'Schmidt'])).toBe(true);
    expect(namesSomeoneElse('', ['Omar', 'Haddad’s'])).toBe(true);
    expect(namesSomeoneElse('former', ['Omar', 'Haddad'])).toBe(false);
    expect(isPossessiveDescription('Haddad’s lawyer')).toBe(true);
    expect(isPossessiveDescription("the boy's mother")).toBe(true);
    expect(isPossessiveDescription('Haddad’s lawyer Jane Roe')).toBe(false);
  });

  it('leaves the speaker of a spokesman, a relative or a document not identified, in several languages', () => {
    expect(speakerOf('“We will appeal the ruling at once,” said a spokesman for Omar Haddad.')).toEqual([null]);
    expect(speakerOf('“He was never the same after the war,” said Omar Haddad’s brother, Sami.')).toEqual([null]);
    expect(speakerOf('According to court papers filed by Omar Haddad, the firm “misled its investors for many years.”')).toEqual([null]);
    expect(speakerOf('« Nous ne céderons pas à la pression », dit un proche de Marie Curie.', 'fr')).toEqual([null]);
    expect(speakerOf('„Wir werden nicht aufgeben, niemals“, sagte ein Sprecher von Angela Schmidt.', 'de')).toEqual([null]);
    expect(speakerOf('“No vamos a rendirnos nunca”, dijo un portavoz de Ana García.', 'es')).toEqual([null]);
    expect(speakerOf('“Não vamos desistir nunca”, disse um porta-voz de Ana Souza.', 'pt')).toEqual([null]);
  });

  it('still names the speaker the words name', () => {
    expect(speakerOf('“We will appeal the ruling at once,” said Jane Roe, a lawyer for Omar Haddad.')).toEqual(['Jane Roe']);
    expect(speakerOf('“It is not fair to anyone,” Haddad’s spokesperson Jane Roe told reporters.')).toEqual(['Jane Roe']);
    expect(speakerOf('“The border stays closed until further notice,” a spokesman for the Interior Ministry said.')).toEqual(['the Interior Ministry']);
  });

  it('leaves words relayed from someone else without a speaker', () => {
    expect(speakerOf('“The vote was rigged from the very start,” Haddad wrote on Twitter, quoting Jane Roe.')).toEqual([null]);
  });
});
