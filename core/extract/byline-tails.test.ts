import { describe, expect, it } from 'vitest';
import { authorsFromByline } from './authors.ts';
import { nameInBylinePart } from './byline-tails.ts';

describe('what a byline prints after a name', () => {
  it('drops the place, the outlet, the handle and the job title', () => {
    expect(nameInBylinePart('Helen Davidson in Taipei')).toBe('Helen Davidson');
    expect(nameInBylinePart('Marc Dubois à Bruxelles')).toBe('Marc Dubois');
    expect(nameInBylinePart('Ana Souza em Brasília')).toBe('Ana Souza');
    expect(nameInBylinePart('Jane Doe for The Guardian')).toBe('Jane Doe');
    expect(nameInBylinePart('Omar Haddad @ohaddad')).toBe('Omar Haddad');
    expect(nameInBylinePart('Omar Haddad Senior Political Correspondent')).toBe('Omar Haddad');
    expect(nameInBylinePart('Lena Vogt Redakteurin')).toBe('Lena Vogt');
    expect(nameInBylinePart('Jane Doe Follow')).toBe('Jane Doe');
    expect(nameInBylinePart('Jane Doe - Bloomberg')).toBe('Jane Doe');
  });

  it('keeps a name that only looks like one of those', () => {
    expect(nameInBylinePart('Mary Editor')).toBe('Mary Editor');
    expect(nameInBylinePart('Jean-Luc Dupont')).toBe('Jean-Luc Dupont');
  });

  it('takes a picture credit for no author', () => {
    expect(nameInBylinePart('Kim Lee (photography)')).toBeNull();
    expect(nameInBylinePart('Sara Ruiz (fotos)')).toBeNull();
    expect(authorsFromByline('Words by Ruth Amos, Kim Lee (photography)', true)).toEqual([{ given: 'Ruth', family: 'Amos' }]);
    expect(authorsFromByline('Tom Hale and Ruth Amos in Hong Kong', true)).toEqual([
      { given: 'Tom', family: 'Hale' },
      { given: 'Ruth', family: 'Amos' },
    ]);
  });
});
