import { describe, expect, it } from 'vitest';
import { cleanSiteName, mastheadName, sameSite, titleSuffix, withoutSuffixes } from './site-name.ts';
import { readMetadata } from './metadata.ts';
import { pageData } from './test-support/page-data.ts';

describe('site name', () => {
  it('drops a tagline and refuses a URL', () => {
    expect(cleanSiteName('Daily Planet - All the news that fits')).toBe('Daily Planet');
    expect(cleanSiteName('Kurier.at | Nachrichten')).toBe('Kurier.at');
    expect(cleanSiteName('http://www.example.com')).toBeNull();
    expect(cleanSiteName('Metropolis-Post')).toBe('Metropolis-Post');
  });

  it('knows short forms of the same name, and not other names', () => {
    expect(sameSite('NYTimes', 'The New York Times')).toBe(true);
    expect(sameSite('Gazette.fr', 'Gazette')).toBe(true);
    expect(sameSite('Planet', 'Planet Weekly')).toBe(true);
    expect(sameSite('Planet', 'Daily Star')).toBe(false);
    expect(sameSite('AB', 'ABC News')).toBe(false);
  });

  it('cuts author and site suffixes from titles, and keeps other tails', () => {
    expect(titleSuffix('Harbour works approved - The Daily Planet')).toBe('The Daily Planet');
    expect(titleSuffix('港口工程获批_新闻频道_星球网')).toBe('星球网');
    expect(withoutSuffixes('Harbour works approved | Jane Smith', ['Jane Smith'])).toBe('Harbour works approved');
    expect(withoutSuffixes('Harbour works: the vote', ['Daily Planet'])).toBe('Harbour works: the vote');
  });

  it('keeps the fuller of two writings of the same name', () => {
    expect(mastheadName('Gazeta do Povo', 'Gazeta')).toBe('Gazeta do Povo');
    expect(mastheadName('Kurier', 'The Kurier')).toBe('The Kurier');
    expect(mastheadName('HeraldStar', 'Herald Star')).toBe('Herald Star');
    expect(mastheadName('Daily Star', 'Weather')).toBe('Daily Star');
  });

  it('prefers the masthead in the <title> over a short og:site_name', () => {
    const m = readMetadata(pageData({ documentTitle: 'Harbour works approved - The Daily Planet', meta: [{ key: 'og:site_name', value: 'DPlanet' }] }), null);
    expect(m.siteName?.value).toBe('The Daily Planet');
    expect(m.title?.value).toBe('Harbour works approved');
  });
});
