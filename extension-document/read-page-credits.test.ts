// The DOM layer's reading of credits, datelines and visible text, through a spec-compliant parser (jsdom).
import { describe, expect, it } from 'vitest';
import { parseWithJsdom } from '../scripts/extract/extract-node.ts';
import { summarizePack } from '../core/extract/summary.ts';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';
import { readPage } from './read-page.ts';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of a plain report on the harbour works, which the council approved after a long debate about costs and the tides.</p>`).join('');
const read = (html: string) => readPage(parseWithJsdom(html, 'https://news.example/a'), 'https://news.example/a', html.length);

describe('credits and visible text', () => {
  it('reads source and agency credits, not picture credits', () => {
    const page = read(`<!doctype html><html><body><article><h1>Harbour</h1>
<div class="info"><span id="source_baidu">来源：<a href="/x">人民日报海外版</a></span></div>
<figure><img src="a.jpg"><figcaption><span class="source">Reuters</span></figcaption></figure>
${para(3)}<div class="c-signature"><strong class="c-signature__agency">UOL</strong></div></article></body></html>`);
    expect(page.credits).toEqual(['来源：人民日报海外版', 'UOL', 'UOL']);
  });

  it('keeps scripts, styles and hidden elements out of the visible text, and blocks apart', () => {
    const page = read(`<!doctype html><html><body><p>Harbour</p><p>works</p><script>var author = "Bruno Rodrigues";</script>
<style>.x{}</style><div hidden>Secret Name</div><span>app<b>roved</b></span></body></html>`);
    expect(page.visibleText).toBe('Harbour works approved');
  });

  it('takes the publication day from a visible "posted on" line when the page has no machine-readable date', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Harbour works approved</title></head>
<body><article><h1>Harbour works approved</h1><span class="buzz_datetime">posted on April 21, 2015, at 11:29 a.m.</span>${para(6)}</article></body></html>`;
    const out = await extractHtmlInNode(html, { readDay: '2026-12-06', url: 'https://news.example/harbour' });
    if (!out.ok) throw new Error(out.reason);
    expect(summarizePack(out.pack).published).toBe('2015-04-21');
  });

  it('credits the agency, not the CMS user in JSON-LD whom the page never shows (Portuguese page, Chinese page)', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tite diz que errou', datePublished: '2018-12-21T12:55:00Z', author: [{ '@type': 'Person', name: 'Bruno Rodrigues' }] });
    const pt = `<!doctype html><html lang="pt-BR"><head><title>Tite diz que errou</title><script type="application/ld+json">${ld}</script></head>
<body><article><h1>Tite diz que errou</h1>${para(6)}<div class="c-signature"><strong class="c-signature__agency">UOL</strong></div></article></body></html>`;
    const outPt = await extractHtmlInNode(pt, { readDay: '2026-12-06', url: 'https://news.example/tite' });
    if (!outPt.ok) throw new Error(outPt.reason);
    expect(summarizePack(outPt.pack).authors).toEqual([{ literal: 'UOL' }]);
    const zh = `<!doctype html><html lang="zh-CN"><head><title>海外留学生看两会</title><meta name="author" content="崔宁宁"></head>
<body><div class="l_tit">海外留学生看两会</div><div class="l_time">发稿时间：<span id="pubtime_baidu">2017-03-10 08:42:00</span> <span id="source_baidu">来源：<a href="/x">人民日报海外版</a></span></div>
<article>${para(6)}</article><div class="rdwz_fh"><span id="editor_baidu">责任编辑：崔宁宁</span></div></body></html>`;
    const outZh = await extractHtmlInNode(zh, { readDay: '2026-12-06', url: 'https://news.example/liuxue' });
    if (!outZh.ok) throw new Error(outZh.reason);
    expect(summarizePack(outZh.pack).authors).toEqual([{ literal: '人民日报海外版' }]);
    expect(summarizePack(outZh.pack).published).toBe('2017-03-10');
  });
});
