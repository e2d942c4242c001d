import { describe, expect, it } from 'vitest';
import { authorOf, splitByline } from './authors.ts';
import { creditFromProfileUrl, isAnonymousCredit } from './credits.ts';
import { cleanSiteName } from './site-name.ts';

describe('credits that say more than their names', () => {
  it('takes the visible credit a profile URL spells', () => {
    expect(creditFromProfileUrl(['https://news.example/auteur/2005-afp'], ['Par Jean Rivet', 'AFP'])).toEqual([{ literal: 'AFP' }]);
    expect(creditFromProfileUrl(['https://news.example/by/jane-roe/'], ['Jane Roe'])).toEqual([{ given: 'Jane', family: 'Roe' }]);
    expect(creditFromProfileUrl(['https://news.example/by/jane-roe'], ['John Doe'])).toEqual([]);
  });

  it('knows a staff credit with no name', () => {
    expect(isAnonymousCredit(['Our Foreign Staff'])).toBe(true);
    expect(isAnonymousCredit(['By Metro Desk'])).toBe(true);
    expect(isAnonymousCredit(['Jane Roe'])).toBe(false);
  });

  it('strips a byline’s leading word only when it is a word ("AFP" is not "af" + "P")', () => {
    expect(authorOf('AFP')).toEqual({ literal: 'AFP' });
    expect(splitByline('Par Jean Rivet')).toEqual(['Jean Rivet']);
    expect(splitByline('Parker Lowe')).toEqual(['Parker Lowe']);
  });

  it('drops the domain from a site name written as one', () => {
    expect(cleanSiteName('TMZ.COM')).toBe('TMZ');
    expect(cleanSiteName('Daily Planet')).toBe('Daily Planet');
    expect(cleanSiteName('http://www.example.com')).toBeNull();
  });
});
