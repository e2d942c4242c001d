import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteOf } from './settings';
import { isSite, normalizeSite } from './site-name';

describe('normalizeSite', () => {
  it.each([
    ['news.example', 'news.example'],
    ['https://www.News.example/a?b', 'news.example'],
    ['  sub.site.example  ', 'sub.site.example'],
    ['Example.COM.', 'example.com'],
    ['my_host.test', 'my_host.test'],
    ['[::1]', '[::1]'],
    ['http://[::1]:8080/x', '[::1]'],
    ['[0:0:0:0:0:0:0:1]', '[::1]'],
    ['localhost:8080', 'localhost'],
    ['127.0.0.1:3000/path', '127.0.0.1'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['例子.测试', 'xn--fsqu00a.xn--0zwm56d'],
    ['www.www.example.org', 'example.org'],
    ['', null],
    ['bad host!', null],
    ['ftp://files.example', null],
    ['user@host.example', null],
    ['a'.repeat(254), null],
  ])('reads %j as %j', (raw, site) => {
    expect(normalizeSite(raw)).toBe(site);
  });

  it('gives every page the same site whatever way the reader types its host', () => {
    const pairs: [string, string][] = [
      ['http://my_host.test/page', 'MY_HOST.test'],
      ['http://[::1]:8080/', '[::1]'],
      ['http://localhost:8080/app', 'localhost:8080'],
      ['https://xn--bcher-kva.example/', 'Bücher.example'],
      ['https://www.example.com./a', 'example.com'],
    ];
    for (const [url, typed] of pairs) {
      expect(siteOf(url), url).toBe(normalizeSite(typed));
    }
  });
});

/** Web URLs with any host a page can have: names, IDN, IPv4, IPv6, underscores, ports, trailing dots. */
const anyHost = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV6().map((ip) => `[${ip}]`),
  fc.stringMatching(/^[a-z0-9_-]{1,20}(\.[a-z0-9_-]{1,20}){0,3}\.?$/),
  fc.constantFrom('bücher.example', '例子.测试', 'localhost', 'WWW.Example.ORG'),
);
const anyUrl = fc
  .tuple(fc.constantFrom('http', 'https'), anyHost, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), fc.webPath())
  .map(([scheme, host, port, path]) => `${scheme}://${host}${port ? `:${port}` : ''}${path}`);

describe('sites, for any URL', () => {
  it('the site of any web page is a storable site, and reads back as itself', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        const site = siteOf(url);
        return site === null || (isSite(site) && normalizeSite(site) === site);
      }),
      { numRuns: 300 },
    );
  });

  it('normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(anyHost, anyUrl, fc.string(), fc.ipV6().map((ip) => `[${ip}]`), fc.ipV4()), (input) => {
        const once = normalizeSite(input);
        return once === null || normalizeSite(once) === once;
      }),
      { numRuns: 300 },
    );
  });
});
