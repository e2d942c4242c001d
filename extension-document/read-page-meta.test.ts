// Meta tags read through the real parser (jsdom): a tag with both property and itemprop gives both keys.
import { describe, expect, it } from 'vitest';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';
import { summarizePack } from '../core/extract/summary.ts';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of a plain report on the harbour works, which the council approved after a long debate about costs and the tides.</p>`).join('');

describe('meta tags', () => {
  it('reads itemprop=datePublished on a meta that also has a property', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Harbour works approved</title>
<meta property="article:unknown" itemprop="datePublished" content="2016-07-29T16:42:34-04:00"></head>
<body><article><h1>Harbour works approved</h1>${para(6)}</article></body></html>`;
    const out = await extractHtmlInNode(html, { readDay: '2026-12-06', url: 'https://example.org/2016/07/30/harbour' });
    if (!out.ok) throw new Error(out.reason);
    expect(summarizePack(out.pack).published).toBe('2016-07-29');
  });
});
