// Edges of frames.ts: sites told apart without the Public Suffix List, same-site addresses, and mention keys
// (issue 29: mutants the suite let through).
import { describe, expect, it } from 'vitest';
import { KEY_CONTEXT_CHARS, mentionKey, sameSite, siteKey } from './frames';

describe('siteKey at its edges', () => {
  it('drops every trailing dot', () => {
    expect(siteKey('News.Example.com..')).toBe('example.com');
    expect(siteKey('example.com.')).toBe('example.com');
  });

  it('keeps a one-label host whole', () => {
    expect(siteKey('localhost')).toBe('localhost');
  });

  it('takes the last two labels of a host under a long top-level domain', () => {
    expect(siteKey('news.example.com')).toBe('example.com');
  });

  it('takes three labels under a country domain whose second level has up to three letters', () => {
    expect(siteKey('www.abc.net.au')).toBe('abc.net.au');
    expect(siteKey('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteKey('www.bbcx.uk')).toBe('bbcx.uk');
  });

  it('treats only an all-digit host as an IP address, not one that starts or ends with a digit', () => {
    expect(siteKey('1cdn.example.com')).toBe('example.com');
    expect(siteKey('img.cdn.host1')).toBe('cdn.host1');
    expect(siteKey('10.0.0.1')).toBe('10.0.0.1');
  });
});

describe('sameSite at its edges', () => {
  it('matches http, https and file addresses of one site, each scheme on its own', () => {
    expect(sameSite('http://a.example.com/x', 'http://b.example.com/y')).toBe(true);
    expect(sameSite('https://a.example.com/x', 'https://b.example.com/y')).toBe(true);
    expect(sameSite('file:///home/a.html', 'file:///home/b.html')).toBe(true);
    expect(sameSite('http://example.com/', 'https://example.com/')).toBe(false);
  });

  it('is false for other schemes and for what is no address, even when both sides are alike', () => {
    expect(sameSite('ftp://example.com/a', 'ftp://example.com/b')).toBe(false);
    expect(sameSite('about:blank', 'about:blank')).toBe(false);
    expect(sameSite('not a url', 'not a url')).toBe(false);
  });
});

/** FNV-1a, 32 bits, in base 36: the hash frames.ts documents, written out here as the reference. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

describe('mentionKey', () => {
  it('is the term and the FNV-1a hash of the context, the text and the context after', () => {
    expect(fnv1a('a')).toBe((0xe40c292c).toString(36)); // the published FNV-1a test vector
    expect(mentionKey('xinjiang', 'Reports from ', 'Xinjiang', ' today')).toBe(`xinjiang:${fnv1a('Reports from \u0000Xinjiang\u0000 today')}`);
  });

  it('folds runs of white space to one space, and does not drop them', () => {
    expect(mentionKey('t', 'a \n\t b', 'x', '')).toBe(mentionKey('t', 'a b', 'x', ''));
    expect(mentionKey('t', 'a b', 'x', '')).not.toBe(mentionKey('t', 'ab', 'x', ''));
  });

  it('looks only at the nearest characters on each side', () => {
    const near = 'n'.repeat(KEY_CONTEXT_CHARS);
    expect(mentionKey('t', `far one ${near}`, 'x', `${near} far one`)).toBe(mentionKey('t', `other ${near}`, 'x', `${near} other`));
  });
});
