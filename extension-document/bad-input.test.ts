// Input that is not an article gives a specific refusal in one line, or a partial pack that says what is
// missing; never a throw. Through the Node entry, so the parser is the real one (jsdom).
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { PackSchema, type ContextPack } from '../core/pack/schema.ts';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of a plain report on the harbour works, which the council approved after a long debate about costs and the tides.</p>`).join('');
const ARTICLE = `<!doctype html><html lang="en"><head><title>Harbour works approved</title></head><body><article><h1>Harbour works approved</h1>${para(6)}</article></body></html>`;

async function refusal(html: string) {
  const outcome = await extractHtmlInNode(html, { readDay: '2026-12-06', url: 'https://example.org/a' });
  if (outcome.ok) throw new Error('expected a refusal');
  expect(outcome.reason).not.toContain('\n');
  return outcome.code;
}

describe('bad input', () => {
  it('refuses an empty document', async () => {
    expect(await refusal('')).toBe('empty');
    expect(await refusal('   \n ')).toBe('empty');
    expect(await refusal('<!doctype html><html><head></head><body></body></html>')).toBe('no-text');
  });

  it('refuses a 20 MB page without parsing it', async () => {
    const big = `<html><body>${'<p>word </p>'.repeat(20_000_000 / 12)}</body></html>`;
    const t = performance.now();
    expect(await refusal(big)).toBe('too-large');
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('refuses an image, as bytes or as a page that shows only an image', async () => {
    expect(await refusal('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toBe('image');
    expect(await refusal('GIF89a\u0001\u0000\u0001\u0000')).toBe('image');
    expect(await refusal('<html><body style="margin:0"><img src="photo.jpg"></body></html>')).toBe('image');
  });

  it('refuses a feed', async () => {
    expect(await refusal('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>A</title></item></channel></rss>')).toBe('feed');
    expect(await refusal('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')).toBe('feed');
  });

  it('refuses a login wall', async () => {
    const html = `<html><head><title>Sign in</title></head><body><h1>Sign in to keep reading</h1><form action="/login"><input name="user"><input type="password" name="pw"><button>Sign in</button></form><p>Subscribers get unlimited access to all our journalism.</p></body></html>`;
    expect(await refusal(html)).toBe('login-wall');
  });

  it('refuses a search page and other pages with no article', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/r/${i}">Result ${i} about harbour works</a></li>`).join('');
    const html = `<html><head><title>Search: harbour</title></head><body><form role="search" action="/search"><input type="search" name="q"></form><ul>${links}</ul></body></html>`;
    expect(await refusal(html)).toBe('not-an-article');
  });

  it('reads broken HTML as a browser would, into a pack', async () => {
    const broken = ARTICLE.replace(/<\/p>/g, '').replace('</article></body></html>', '<div><span><b>unclosed');
    const outcome = await extractHtmlInNode(broken, { readDay: '2026-12-06', url: 'https://example.org/a' });
    expect(outcome.ok).toBe(true);
  });

  it('keeps markup inside attributes and text as data, validated by the schema', async () => {
    // The visible <h1> is the cited headline, so the markup-like text goes there too.
    const html = ARTICLE.replace('<h1>Harbour works approved</h1>', '<h1>Harbour &lt;script&gt;alert(1)&lt;/script&gt; works</h1>').replace('<title>Harbour works approved</title>', '<title>Harbour &lt;script&gt;alert(1)&lt;/script&gt; works</title><meta name="author" content="<img src=x onerror=alert(1)>"><meta property="og:site_name" content="&quot;><script>x()</script>"><link rel="canonical" href="javascript:alert(1)">');
    const outcome = await extractHtmlInNode(html, { readDay: '2026-12-06' });
    if (!outcome.ok) throw new Error(outcome.reason);
    const pack = outcome.pack as ContextPack;
    expect(v.safeParse(PackSchema, pack).success).toBe(true);
    expect(pack.source.title).toBe('Harbour <script>alert(1)</script> works');
    expect(pack.source.authors).toEqual([]);
    expect(pack.source.url).not.toMatch(/^javascript:/);
  });

  it('gives a partial pack that lists what is missing', async () => {
    const outcome = await extractHtmlInNode(ARTICLE, { readDay: '2026-12-06' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.missing).toEqual(expect.arrayContaining(['author (no byline with a name)', 'publication date', 'site name', 'address (URL)']));
    expect((outcome.pack as ContextPack).source.notes?.[0]).toMatch(/^Not found on the page: /);
  });
});
