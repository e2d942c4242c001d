// The DOM-facing half of extraction: reads a parsed document into plain data (PageData) for core/extract.
// It runs where a DOM exists but no page does: Chrome's offscreen document, Firefox's background page, and
// jsdom in Node. Readability changes the document it is given, so it gets its own clone.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { PageBlock, PageData } from '../core/extract/types.ts';
import { articleBodyIn, nearestFirst, readabilityBylineNear } from './near-article.ts';

// Constants of the DOM standard, so the layer needs no global Node (jsdom documents have their own).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const MAX_META = 400;
const MAX_VALUE = 4000;
const MAX_JSON_LD = 200_000;

const BLOCK_KIND: Record<string, PageBlock['kind']> = {
  p: 'paragraph', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  blockquote: 'quote', figcaption: 'caption', li: 'item', pre: 'other', td: 'other', th: 'other', dd: 'other', dt: 'other',
};
/** Elements whose text ends a block even when they hold no block element. */
const BREAKS = new Set([...Object.keys(BLOCK_KIND), 'div', 'section', 'article', 'header', 'footer', 'figure', 'ul', 'ol', 'table', 'tr', 'br', 'hr', 'main', 'aside', 'dl']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea']);

const clip = (s: string, max = MAX_VALUE) => (s.length > max ? s.slice(0, max) : s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The article's blocks: each block element's text with white space collapsed, in document order. Nested
 * blocks split their parent; inline text between blocks forms its own block. The same rule in every DOM
 * gives the same text, so offsets agree between the browser and Node.
 */
export function blocksOf(root: Element): PageBlock[] {
  const blocks: PageBlock[] = [];
  let buffer = '';
  let kind: PageBlock['kind'] = 'other';
  const flush = () => {
    const text = squash(buffer);
    if (text) blocks.push({ text, kind });
    buffer = '';
    kind = 'other';
  };
  const walk = (node: ChildNode, inherited: PageBlock['kind'] | null) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      if (inherited && kind === 'other') kind = inherited;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName;
    if (SKIP.has(name)) return;
    const breaks = BREAKS.has(name);
    if (breaks) flush();
    const own = BLOCK_KIND[name] ?? inherited;
    for (const child of Array.from(node.childNodes)) walk(child, own);
    if (breaks) flush();
  };
  walk(root, null);
  flush();
  return blocks;
}

function metaOf(doc: Document): PageData['meta'] {
  const out: PageData['meta'] = [];
  for (const el of Array.from(doc.querySelectorAll('meta')).slice(0, MAX_META)) {
    const value = el.getAttribute('content');
    if (value === null) continue;
    // A tag may carry both property and itemprop ("article:published" and "datePublished"): each is a key.
    const keys = [el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('http-equiv'), el.getAttribute('itemprop')];
    for (const key of new Set(keys.filter((k): k is string => !!k?.trim()).map((k) => clip(k.trim().toLowerCase(), 200)))) out.push({ key, value: clip(value) });
  }
  return out;
}

function textOf(el: Element): string {
  return clip(squash(el.textContent ?? ''), 500);
}

const BYLINE_SELECTOR = [
  '[rel~="author"]', '[itemprop~="author"]', '[class*="byline" i]', '[class*="author-name" i]', '[id*="byline" i]',
  '[data-testid*="byline" i]', 'address[class*="author" i]',
].join(',');
const DATELINE_SELECTOR = [
  '[itemprop="datePublished"]', '[class*="dateline" i]', '[class*="timestamp" i]', '[class*="publish" i][class*="date" i]',
  '[class*="datetime" i]', '[class*="pubtime" i]', '[id*="pubtime" i]', '[class*="posted" i]', '[class*="post-date" i]', '[class*="entry-date" i]',
].join(',');
/** Elements that credit the text's source or agency; not picture credits, which name whose the image is. */
const CREDIT_SELECTOR = ['[class*="agency" i]', '[id*="agency" i]', '[class*="source" i]', '[id*="source" i]', '[class*="signature" i]'].join(',');
const PICTURE = 'figure, figcaption, picture, [class*="caption" i], [class*="photo" i], [class*="image" i], [class*="img" i]';
const MAX_VISIBLE_TEXT = 1_000_000;
const MAX_BYLINES = 20;

/** The body's text as readers see it: text nodes outside scripts, styles and hidden elements, walked without recursion. */
function visibleTextOf(body: Element): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Array<ChildNode | null> = [body];
  while (stack.length > 0 && length < MAX_VISIBLE_TEXT) {
    const node = stack.pop();
    // null marks the end of a block element: its text does not run into the next block's.
    if (node === null || node === undefined) {
      parts.push(' ');
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (SKIP.has(el.localName) || el.hasAttribute('hidden')) continue;
    if (BREAKS.has(el.localName)) {
      parts.push(' ');
      stack.push(null);
    }
    const children = Array.from(el.childNodes);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] ?? null);
  }
  return squash(parts.join('')).slice(0, MAX_VISIBLE_TEXT);
}

/** Reads a parsed page into PageData. `doc` is left unchanged: Readability works on a clone. */
export function readPage(doc: Document, url: string | null, htmlLength: number): PageData {
  const root = doc.documentElement;
  const body = doc.body;
  const bodyText = body ? squash(body.textContent ?? '') : '';
  let linkTextLength = 0;
  if (body) for (const a of Array.from(body.querySelectorAll('a'))) linkTextLength += squash(a.textContent ?? '').length;
  const searchForms = Array.from(doc.querySelectorAll('form')).filter((f) =>
    /search|query|[?&]q=/i.test(`${f.getAttribute('action') ?? ''} ${f.getAttribute('role') ?? ''}`) || f.querySelector('input[type="search"]') !== null,
  ).length;

  let probablyReaderable = false;
  let article: PageData['article'] = null;
  if (body) {
    try {
      probablyReaderable = isProbablyReaderable(doc);
    } catch {
      probablyReaderable = false;
    }
    try {
      // The serializer hands back Readability's own element, so its text is read node by node and the
      // article is never turned into markup and parsed again.
      const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { keepClasses: false, serializer: (el) => el }).parse();
      if (parsed?.content) {
        article = {
          title: parsed.title ? clip(squash(parsed.title)) : null,
          byline: parsed.byline ? clip(squash(parsed.byline), 500) : null,
          siteName: parsed.siteName ? clip(squash(parsed.siteName), 500) : null,
          excerpt: parsed.excerpt ? clip(squash(parsed.excerpt)) : null,
          publishedTime: parsed.publishedTime ? clip(parsed.publishedTime.trim(), 100) : null,
          lang: parsed.lang ? clip(parsed.lang.trim(), 50) : null,
          blocks: blocksOf(parsed.content as Element),
        };
      }
    } catch {
      article = null;
    }
  }

  // Bylines and datelines nearest the article's body come first, so a teaser's cannot crowd out the article's.
  const articleBody = article ? articleBodyIn(doc, article.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)) : null;
  const bylines = nearestFirst(Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).filter((el) => textOf(el)), articleBody);
  const datelines = nearestFirst(Array.from(doc.querySelectorAll(DATELINE_SELECTOR)).filter((el) => textOf(el)), articleBody);
  if (article?.byline && articleBody) {
    const near = readabilityBylineNear(doc, article.byline, articleBody, bylines.ranked[0] ?? null);
    if (near !== null) article.bylineNearArticle = near;
  }

  return {
    url,
    htmlLang: root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? null,
    documentTitle: doc.title ? clip(squash(doc.title)) : null,
    meta: metaOf(doc),
    jsonLd: Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))
      .map((s) => clip(s.textContent ?? '', MAX_JSON_LD))
      .slice(0, 50),
    links: Array.from(doc.querySelectorAll('link[rel]'))
      .slice(0, MAX_META)
      .map((l) => ({ rel: clip((l.getAttribute('rel') ?? '').toLowerCase(), 100), href: clip(l.getAttribute('href') ?? '', 2048), hreflang: l.getAttribute('hreflang') })),
    times: Array.from(doc.querySelectorAll('time'))
      .slice(0, 100)
      .map((t) => ({ datetime: t.getAttribute('datetime'), text: textOf(t), itemprop: t.getAttribute('itemprop'), pubdate: t.hasAttribute('pubdate') })),
    bylines: bylines.ranked.slice(0, MAX_BYLINES).map(textOf),
    ...(articleBody ? { bylinesNearArticle: Math.min(bylines.near, MAX_BYLINES) } : {}),
    datelines: datelines.ranked.slice(0, MAX_BYLINES).map(textOf),
    headings: Array.from(doc.querySelectorAll('h1')).slice(0, 10).map(textOf).filter(Boolean),
    credits: Array.from(doc.querySelectorAll(CREDIT_SELECTOR))
      .filter((el) => el.closest(PICTURE) === null)
      .map(textOf)
      .filter((t) => t.length > 0 && t.length <= 80)
      .slice(0, 20),
    visibleText: body ? visibleTextOf(body) : '',
    article,
    signals: {
      htmlLength,
      rootName: root?.localName ?? '',
      bodyTextLength: bodyText.length,
      passwordFields: doc.querySelectorAll('input[type="password" i]').length,
      mediaElements: body ? body.querySelectorAll('img, video, picture').length : 0,
      searchForms,
      linkTextLength,
      probablyReaderable,
    },
  };
}
