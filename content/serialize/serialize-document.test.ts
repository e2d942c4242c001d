// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serializeDocument, type SerializeOptions } from './serialize-document';

const whole = (doc: Document) => {
  const d = doc.doctype;
  const doctype = d ? `<!DOCTYPE ${d.name}${d.publicId ? ` PUBLIC "${d.publicId}"` : ''}${d.systemId ? ` "${d.systemId}"` : ''}>` : '';
  // eslint-disable-next-line no-restricted-syntax
  return doctype + doc.documentElement.outerHTML;
};

const PAGE = `<!DOCTYPE html><html lang="en-GB" class="a"><head><title>T &amp; t</title>
<script type="application/ld+json">{"headline":"A & B <c>", "body": "a long text of JSON data, with & and < and > in it"}</script><style>p > a { color: red }</style></head>
<body data-x="1 &amp; 2 &quot;q&quot;"><!-- a comment --><div id="wrap"><header><h1>Title</h1></header>
<article><p>One&nbsp;two &lt;three&gt; &amp; four</p><p>Five <b>six</b> <i>seven</i></p>
<svg viewBox="0 0 10 10"><foreignObject><p>in svg</p></foreignObject><linearGradient id="g"></linearGradient></svg>
<template><p>in a template</p></template><noscript><p>no script</p></noscript>
<ul>${Array.from({ length: 40 }, (_, i) => `<li>item ${i} <a href="/x?a=1&amp;b=${i}">link</a></li>`).join('')}</ul>
<textarea>raw &lt;text&gt;</textarea><pre>
leading newline</pre><img src="a.png" alt="x"><br></article></div>text at the end</body></html>`;

const noYield = () => Promise.resolve();

/** The serializer with the slices it emits collected, in order. */
async function serialize(doc: Document, options: Omit<SerializeOptions, 'emit'>) {
  const pieces: string[] = [];
  const out = await serializeDocument(doc, { ...options, emit: (html) => void pieces.push(html) });
  return { ...out, pieces };
}

describe('serializeDocument', () => {
  it('gives what outerHTML gives, whole or in pieces', async () => {
    const doc = new JSDOM(PAGE).window.document;
    const expected = whole(doc);
    for (const [chunkElements, chunkChars] of [[100_000, 1e6], [50, 1e6], [5, 1e6], [0, 1e6], [0, 7], [3, 1]]) {
      const out = await serialize(doc, { maxChars: 1e6, chunkElements, chunkChars, sliceMs: 1e9, yieldToPage: noYield });
      if (!out.ok) throw new Error('refused');
      expect(out.pieces.join(''), `chunk ${chunkElements}, ${chunkChars}`).toBe(expected);
    }
    // With a slice after every piece, the page's thread gets the pieces one slice at a time.
    const sliced = await serialize(doc, { maxChars: 1e6, chunkElements: 0, chunkChars: 7, sliceMs: 0, yieldToPage: noYield });
    if (!sliced.ok) throw new Error('refused');
    expect(sliced.pieces.length).toBeGreaterThan(100);
    expect(sliced.pieces.join('')).toBe(expected);
  });

  it('cut into pieces, the page parses back to the same text and attributes', async () => {
    const doc = new JSDOM(PAGE.replace('data-x="1', 'data-y="<b> &gt;" data-x="1')).window.document;
    const out = await serialize(doc, { maxChars: 1e6, chunkElements: 0, chunkChars: 5, sliceMs: 1e9, yieldToPage: noYield });
    if (!out.ok) throw new Error('refused');
    const again = new JSDOM(out.pieces.join('')).window.document;
    expect(again.body.getAttribute('data-y')).toBe('<b> >');
    expect(again.body.textContent).toBe(doc.body.textContent);
    // eslint-disable-next-line no-restricted-syntax
    expect(again.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('keeps a quirks-mode page in quirks mode (its doctype, or none, is kept)', async () => {
    for (const html of ['<p>x<table><tr><td>y</td></tr></table>', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><p>x<table><tr><td>y</td></tr></table>']) {
      const doc = new JSDOM(html).window.document;
      const out = await serialize(doc, { maxChars: 1e6, chunkElements: 0, yieldToPage: noYield });
      if (!out.ok) throw new Error('refused');
      const again = new JSDOM(out.pieces.join('')).window.document;
      expect(again.compatMode).toBe(doc.compatMode);
      expect(again.doctype?.publicId ?? '').toBe(doc.doctype?.publicId ?? '');
    }
    expect(new JSDOM((await serialize(new JSDOM('<p>x').window.document, { maxChars: 1e6, yieldToPage: noYield })).pieces.join('')).window.document.compatMode).toBe('BackCompat');
  });

  it('yields between slices and reports the longest one', async () => {
    const doc = new JSDOM(PAGE).window.document;
    let clock = 0;
    let yields = 0;
    const out = await serialize(doc, {
      maxChars: 1e6,
      chunkElements: 0,
      sliceMs: 3,
      now: () => (clock += 1),
      yieldToPage: async () => void yields++,
    });
    expect(out.ok).toBe(true);
    expect(yields).toBeGreaterThan(10);
    expect(out.stats.slices).toBe(yields + 1);
    expect(out.stats.longestSliceMs).toBeGreaterThanOrEqual(3);
    expect(out.stats.longestSliceMs).toBeLessThanOrEqual(5);
  });

  it('yields after a slice’s worth of characters, however fast the clock says it went', async () => {
    const doc = new JSDOM(`<body>${'<p>0123456789</p>'.repeat(500)}</body>`).window.document;
    let yields = 0;
    const out = await serialize(doc, { maxChars: 1e6, chunkElements: 10, sliceChars: 1000, now: () => 0, yieldToPage: async () => void yields++ });
    if (!out.ok) throw new Error('refused');
    expect(yields).toBeGreaterThanOrEqual(8);
    expect(Math.max(...out.pieces.map((p) => p.length))).toBeLessThan(1000 + 200);
  });

  it('refuses a page over the size cap without writing the rest', async () => {
    const doc = new JSDOM(`<body>${'<p>0123456789</p>'.repeat(2000)}</body>`).window.document;
    const out = await serialize(doc, { maxChars: 5000, chunkElements: 10, yieldToPage: noYield });
    expect(out).toMatchObject({ ok: false, code: 'too-large' });
    if (out.ok) throw new Error('not refused');
    expect(out.chars).toBeGreaterThan(5000);
    expect(out.chars).toBeLessThan(6000);
  });

  it('reports the address, title, language and type', async () => {
    const doc = new JSDOM(PAGE, { url: 'https://news.example/a/1' }).window.document;
    const out = await serialize(doc, { maxChars: 1e6, yieldToPage: noYield });
    expect(out).toMatchObject({ ok: true, url: 'https://news.example/a/1', title: 'T & t', lang: 'en-GB', contentType: 'text/html' });
  });

  it('emits each slice before yielding, and stops when the taker throws', async () => {
    const doc = new JSDOM(`<body>${'<p>0123456789</p>'.repeat(200)}</body>`).window.document;
    const order: string[] = [];
    await serializeDocument(doc, { maxChars: 1e6, chunkElements: 10, sliceChars: 500, yieldToPage: async () => void order.push('yield'), emit: () => void order.push('emit') });
    expect(order.length).toBeGreaterThan(6);
    expect(order.every((step, i) => step === (i % 2 === 0 ? 'emit' : 'yield'))).toBe(true);
    let emitted = 0;
    const stopped = serializeDocument(doc, {
      maxChars: 1e6, chunkElements: 10, sliceChars: 500, yieldToPage: noYield,
      emit: () => {
        if (++emitted === 3) throw new Error('the port closed');
      },
    });
    await expect(stopped).rejects.toThrow('the port closed');
    expect(emitted).toBe(3);
  });

  it('hands a slice larger than emitChars out in parts, a yield between them, counted as slices', async () => {
    const doc = new JSDOM(`<body data-big="${'v'.repeat(2500)}"><p>x</p></body>`).window.document;
    const order: string[] = [];
    const out = await serializeDocument(doc, {
      maxChars: 1e6, emitChars: 1000, yieldToPage: async () => void order.push('yield'),
      emit: (html) => void order.push(html),
    });
    const parts = order.filter((step) => step !== 'yield');
    expect(parts.map((p) => p.length)).toEqual([1000, 1000, expect.any(Number)]);
    expect(order.filter((step) => step === 'yield')).toHaveLength(2);
    expect(out.stats.slices).toBe(3);
    expect(parts.join('')).toBe(whole(doc));
  });
});
