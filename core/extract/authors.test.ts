import { describe, expect, it } from 'vitest';
import { authorOf, authorsFromByline, splitPersonName } from './authors.ts';

describe('authors', () => {
  it('splits people into given and family names, particles with the family name', () => {
    expect(authorOf('Jane Smith')).toEqual({ given: 'Jane', family: 'Smith' });
    expect(authorOf('Maria Anna Lindqvist')).toEqual({ given: 'Maria Anna', family: 'Lindqvist' });
    expect(splitPersonName('Ludwig van der Berg')).toEqual({ given: 'Ludwig', family: 'van der Berg' });
    expect(authorOf('Goodin, Dan')).toEqual({ given: 'Dan', family: 'Goodin' });
    expect(authorOf('JOHN C. WELCH')).toEqual({ given: 'John C.', family: 'Welch' });
  });
  it('keeps organisations literal and names no author from boilerplate', () => {
    expect(authorOf('Associated Press')).toEqual({ literal: 'Associated Press' });
    expect(authorOf('Reuters', 'organisation')).toEqual({ literal: 'Reuters' });
    expect(authorOf('CNN staff')).toBeNull();
    expect(authorsFromByline('By CNN Staff')).toEqual([]);
    expect(authorOf('https://example.org/people/jane')).toBeNull();
  });
  it('reads bylines with several names, affiliations and dates', () => {
    expect(authorsFromByline('By Jane Smith and Omar Haddad, CNN')).toEqual([
      { given: 'Jane', family: 'Smith' },
      { given: 'Omar', family: 'Haddad' },
    ]);
    expect(authorsFromByline('By Stella Kim, Jennifer Jett & Chidi Okafor | Updated Dec 7, 2024')).toHaveLength(3);
    expect(authorsFromByline('Hong Kong CNN —', true)).toEqual([]);
    expect(authorsFromByline('Reuters', true)).toEqual([]);
    expect(authorsFromByline('By Reuters', true)).toEqual([{ literal: 'Reuters' }]);
  });
});

describe('author names with parentheses', () => {
  it('drops a nickname in parentheses', () => {
    expect(authorOf('Richard (R.J.) Eskow', 'person')).toEqual({ given: 'Richard', family: 'Eskow' });
  });
});
