// What the engine will not make a source of, said in one line: checks on the raw input before parsing
// (cheap, and they keep a 20 MB page or an image away from the parser) and on the parsed page after.
import type { PageData, Refusal, RefusalCode } from './types.ts';

/** The largest page the engine parses, in UTF-16 code units (the content script caps what it sends too). */
export const MAX_HTML_CHARS = 8_000_000;
/** An article shorter than this (characters of body text) is not one. */
export const MIN_ARTICLE_CHARS = 200;

const refuse = (code: RefusalCode, reason: string): Refusal => ({ ok: false, code, reason });

const IMAGE_SIGNATURES: Array<[RegExp, string]> = [
  [/^[\u0089\uFFFD]PNG/, 'PNG'], [/^\u00FF\u00D8\u00FF/, 'JPEG'], [/^\uFFFD\uFFFD\uFFFD/, 'binary'], [/^GIF8[79]a/, 'GIF'], [/^RIFF....WEBP/s, 'WebP'],
  [/^\s*<svg[\s>]/i, 'SVG'],
];

/** Checks the input before it is parsed; null when it may be parsed. */
export function refuseRaw(html: string): Refusal | null {
  if (html.trim() === '') return refuse('empty', 'the document is empty');
  if (html.length > MAX_HTML_CHARS) {
    return refuse('too-large', `the page is too large to read (${(html.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_HTML_CHARS / 1e6} million)`);
  }
  const head = html.slice(0, 64);
  for (const [re, kind] of IMAGE_SIGNATURES) {
    if (re.test(head)) return refuse('image', `the input is an image (${kind}), not a web page`);
  }
  // Text with NUL characters is a binary file, not HTML.
  if (html.slice(0, 4096).includes('\u0000')) return refuse('not-html', 'the input is a binary file, not a web page');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(html.slice(0, 4096))) {
    return refuse('feed', 'the input is a news feed (RSS or Atom), not an article page');
  }
  if (/^\s*[{[]/.test(head) && !/<[a-z!]/i.test(html.slice(0, 2000))) return refuse('not-html', 'the input is JSON data, not a web page');
  return null;
}

/** Checks a parsed page; null when it reads as an article. */
export function refusePage(page: PageData, articleChars: number): Refusal | null {
  const s = page.signals;
  if (['rss', 'feed', 'rdf:rdf'].includes(s.rootName)) return refuse('feed', 'the input is a news feed (RSS or Atom), not an article page');
  if (s.bodyTextLength === 0 && s.mediaElements > 0) return refuse('image', 'the page shows only an image, with no text to read');
  if (s.bodyTextLength === 0) return refuse('no-text', 'the page has no text');
  if (s.passwordFields > 0 && articleChars < 1500) return refuse('login-wall', 'the page asks for a password and shows no article: a login or paywall page');
  // A search or index page: mostly link text, with a search form, and no long text of its own.
  if (s.searchForms > 0 && s.linkTextLength > s.bodyTextLength * 0.5 && articleChars < 2000) {
    return refuse('not-an-article', 'the page is a list of links (a search or index page), not an article');
  }
  if (!page.article || articleChars < MIN_ARTICLE_CHARS) {
    return refuse('not-an-article', `no article found on the page (${articleChars} characters of article text; at least ${MIN_ARTICLE_CHARS} needed)`);
  }
  return null;
}
