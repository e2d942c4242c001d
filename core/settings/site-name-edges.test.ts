// Edges of what a site is (issue 29: mutants of site-name.ts the suite let through).
import { describe, expect, it } from 'vitest';
import { MAX_SITE_LENGTH, isSite, normalizeSite, siteOfHost } from './site-name';

describe('siteOfHost at its edges', () => {
  it('drops every trailing dot, not only the last', () => {
    expect(siteOfHost('Example.COM..')).toBe('example.com');
  });

  it('drops "www." only at the start of the host', () => {
    expect(siteOfHost('news.www.example.org')).toBe('news.www.example.org');
    expect(siteOfHost('www.www.example.org')).toBe('example.org');
  });

  it('takes a host of exactly the longest DNS length, and nothing longer', () => {
    const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(longest).toHaveLength(MAX_SITE_LENGTH);
    expect(siteOfHost(longest)).toBe(longest);
    expect(siteOfHost(`${longest}e`)).toBeNull();
  });
});

describe('normalizeSite at its edges', () => {
  it('reads an input of up to 2,048 characters, and refuses a longer one', () => {
    const at = (n: number) => `https://example.org/${'p'.repeat(n - 'https://example.org/'.length)}`;
    expect(at(2048)).toHaveLength(2048);
    expect(normalizeSite(at(2048))).toBe('example.org');
    expect(normalizeSite(at(2049))).toBeNull();
  });

  it('takes a scheme only at the start: a URL inside a query is not the site', () => {
    expect(normalizeSite('example.org/?next=https://other.example/')).toBe('example.org');
  });
});

describe('isSite', () => {
  it('is false for anything that is not a string, without throwing', () => {
    for (const value of [42, null, undefined, {}, ['example.org']]) expect(isSite(value)).toBe(false);
  });
});
