// Any HTML in: a pack the schema accepts, or a one-line refusal; never a throw, never a hang.
import fc from 'fast-check';
import * as v from 'valibot';
import { expect, it } from 'vitest';
import { PackSchema } from '../core/pack/schema.ts';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';

const word = fc.constantFrom('the', 'minister', 'said', 'Lu', 'Kang', '“', '”', '"', '‘', '’', '«', '»', '„', '「', '」', 'Thursday', 'last', 'week', 'October 10', '2018', ',', '.', 'he', 'told', '<', '>', '&amp;', 'Xinjiang', 'Uyghur');
const text = fc.array(word, { maxLength: 60 }).map((w) => w.join(' '));
const tag = fc.constantFrom('p', 'div', 'h1', 'h2', 'blockquote', 'span', 'article', 'li', 'time', 'script', 'style', 'a', 'table', 'td');
const attr = fc.constantFrom('', ' class="byline"', ' rel="author"', ' itemprop="author"', ' datetime="2018-10-31T10:00:00+08:00"', ' title="<b>x</b>"', ' href="javascript:alert(1)"');
const element = fc.tuple(tag, attr, text, fc.boolean()).map(([t, a, x, close]) => `<${t}${a}>${x}${close ? `</${t}>` : ''}`);
const head = fc.tuple(text, fc.constantFrom('', '<meta property="og:site_name" content="Site">', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Jane Smith"}],"datePublished":"2018-10-31"}</script>', '<script type="application/ld+json">{broken', '<link rel="canonical" href="/a/b">', '<meta name="author" content="By Staff">'));
const page = fc.tuple(head, fc.array(element, { maxLength: 40 }), fc.constantFrom('en', 'de', 'fr', 'zh', 'xx', '')).map(
  ([[title, meta], body, lang]) => `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>${title}</title>${meta}</head><body>${body.join('')}</body></html>`,
);
const anything = fc.oneof(page, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));

it('any HTML gives a valid pack or a clear refusal', async () => {
  await fc.assert(
    fc.asyncProperty(anything, fc.constantFrom(undefined, 'https://example.org/x'), async (html, url) => {
      const outcome = await extractHtmlInNode(html, { readDay: '2026-12-06', ...(url ? { url } : {}) });
      if (outcome.ok) expect(v.safeParse(PackSchema, outcome.pack).success).toBe(true);
      else {
        expect(outcome.code).not.toBe('failed');
        expect(outcome.reason).toMatch(/^[^\n]+$/);
      }
    }),
    { numRuns: 150 },
  );
}, 300_000);
