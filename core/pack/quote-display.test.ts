import { describe, expect, it } from 'vitest';
import { quotationAsShown, translationCredit, translationNoteInEnglish } from './quote-display.ts';
import { minimalPack } from './test-pack.ts';

describe('quotationAsShown', () => {
  it('drops the comma, semicolon or colon the source set inside the closing mark', () => {
    expect(quotationAsShown({ text: 'those reports are broadly accurate,', partial: false })).toBe('those reports are broadly accurate');
    expect(quotationAsShown({ text: 'first part;', partial: true })).toBe('first part');
    expect(quotationAsShown({ text: 'as follows:', partial: true })).toBe('as follows');
  });

  it('drops the full stop of a partial quotation (it ends the source\'s sentence) but keeps a whole sentence\'s', () => {
    expect(quotationAsShown({ text: 'in all appropriate forums.', partial: true })).toBe('in all appropriate forums');
    expect(quotationAsShown({ text: 'There is still a long way to go.', partial: false })).toBe('There is still a long way to go.');
  });

  it('keeps question and exclamation marks, ellipses and inner punctuation', () => {
    expect(quotationAsShown({ text: 'Is it accurate?', partial: true })).toBe('Is it accurate?');
    expect(quotationAsShown({ text: 'we will see!', partial: true })).toBe('we will see!');
    expect(quotationAsShown({ text: 'and then...', partial: true })).toBe('and then...');
    expect(quotationAsShown({ text: 'very great, and growing, concern,', partial: false })).toBe('very great, and growing, concern');
  });
});

describe('translationCredit', () => {
  it('names the source\'s publisher, a named entity, or nobody', () => {
    const pack = minimalPack();
    const quote = pack.quotes[0]!;
    expect(translationCredit(pack, quote)).toBeUndefined();
    expect(translationCredit(pack, { ...quote, translation: { by: 'source', fromLang: 'zh', evidence: [] } })).toEqual({ by: 'named', name: 'Example News' });
    expect(translationCredit(pack, { ...quote, translation: { by: 'entity', entityId: 'ann-example', evidence: [] } })).toEqual({ by: 'named', name: 'Ann Example' });
    expect(translationCredit(pack, { ...quote, translation: { by: 'unknown', evidence: [] } })).toEqual({ by: 'unknown' });
  });

  it('says it in English for a copied quotation', () => {
    expect(translationNoteInEnglish({ by: 'named', name: 'CNN' })).toBe("CNN's translation");
    expect(translationNoteInEnglish({ by: 'unknown' })).toBe('translation; translator not named');
  });
});
