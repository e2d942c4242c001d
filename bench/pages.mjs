// The benchmark's pages, built in memory from ../shared/corpus: the real pages made inert, each with topic
// mentions injected (sparse and dense), two large pages made by concatenating bodies, and the
// infinite-scroll page. Nothing here is shipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
const pagesDir = path.join(sharedDir, 'corpus', 'pages');
const topicIndex = path.join(sharedDir, 'corpus', 'topic', 'index.jsonl');

/** One mention injected into sparse pages every this many text nodes (at least one per page). */
export const SPARSE_EVERY = 150;
/** Dense pages: one mention in every tenth text node, as the issue asks. */
export const DENSE_EVERY = 10;

/** Fails loudly when the shared corpus is missing: the benchmark has no pages without it. */
export function requireCorpus() {
  if (!existsSync(pagesDir)) throw new Error(`bench: the page corpus is missing (${pagesDir})`);
}

/** Makes a stored page inert (corpus README): scripts stay in the DOM but never run; nothing navigates. */
export function makeInert(html) {
  return html
    .replace(/<script(?=[\s>/])/gi, '<script type="text/x-inert"')
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?\s*(?:refresh|content-security-policy)\b[^>]*>/gi, '')
    .replace(/<base\b[^>]*>/gi, '')
    // An iframe's srcdoc is a page of its own, with its own (escaped) scripts: keep it as data only.
    .replace(/(<iframe\b[^>]*?\s)srcdoc(?=\s*=)/gi, '$1data-inert-srcdoc');
}

/** Real mention phrases written by other people (the topic corpus), in several languages and scripts. */
export function mentionPhrases() {
  const phrases = new Set();
  for (const line of readFileSync(topicIndex, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    if (item.label !== 'pos') continue;
    for (const m of item.mentions ?? []) if (m.length <= 60 && !/[<>&]/.test(m)) phrases.add(m);
  }
  return [...phrases];
}

// Tokens of an HTML string: raw-text elements whole (never injected into), comments, tags, text.
const TOKENS = /<(script|style|textarea|title|noscript|template|svg|select|math)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>|[^<]+/gi;

/** Appends a phrase to every `every`-th visible text token of the body (at least one), cycling phrases. */
export function injectMentions(html, every, phrases) {
  const bodyAt = html.search(/<body\b/i);
  const start = bodyAt < 0 ? 0 : bodyAt;
  let seen = 0;
  let injected = 0;
  let firstText = -1;
  const parts = [];
  TOKENS.lastIndex = start;
  for (let m = TOKENS.exec(html); m; m = TOKENS.exec(html)) {
    const token = m[0];
    if (token[0] !== '<' && /\S{3}/.test(token)) {
      if (firstText < 0) firstText = parts.length;
      if (++seen % every === 0) {
        parts.push(withPhrase(token, phrases[injected++ % phrases.length]));
        continue;
      }
    }
    parts.push(token);
  }
  if (!injected && firstText >= 0) {
    parts[firstText] = withPhrase(parts[firstText], phrases[0]);
    injected = 1;
  }
  return { html: html.slice(0, start) + parts.join(''), injected, textNodes: seen };
}

function withPhrase(text, phrase) {
  const trimmed = text.trimEnd();
  return `${trimmed} ${phrase}.${text.slice(trimmed.length) || ' '}`;
}

function bodyOf(html) {
  const open = /<body\b[^>]*>/i.exec(html);
  const from = open ? open.index + open[0].length : 0;
  const close = html.search(/<\/body\s*>/i);
  return html.slice(from, close > from ? close : html.length);
}

/** Every real page with its sparse and dense copies (inert, UTF-8). */
export function realPages(phrases = mentionPhrases(), only = null) {
  requireCorpus();
  const slugs = readdirSync(pagesDir).filter((s) => existsSync(path.join(pagesDir, s, 'source.html'))).sort();
  const list = [];
  for (const slug of slugs) {
    if (only && !only.includes(slug)) continue;
    const inert = makeInert(readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8'));
    const sparse = injectMentions(inert, SPARSE_EVERY, phrases);
    const dense = injectMentions(inert, DENSE_EVERY, phrases);
    list.push({ slug, kind: 'sparse', html: sparse.html, injected: sparse.injected, bytes: Buffer.byteLength(sparse.html) });
    list.push({ slug, kind: 'dense', html: dense.html, injected: dense.injected, bytes: Buffer.byteLength(dense.html) });
  }
  return list;
}

/** A page of about `targetBytes` of HTML: the bodies of sparse pages, concatenated in order, repeated as needed. */
export function largePage(sparsePages, targetBytes, name) {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>\n`;
  const parts = [head];
  let bytes = Buffer.byteLength(head);
  let injected = 0;
  for (let i = 0; bytes < targetBytes; i = (i + 1) % sparsePages.length) {
    const page = sparsePages[i];
    const section = `<section data-from="${page.slug}">${bodyOf(page.html)}</section>\n`;
    parts.push(section);
    bytes += Buffer.byteLength(section);
    injected += page.injected;
  }
  parts.push('</body></html>\n');
  const html = parts.join('');
  return { slug: name, kind: 'large', html, injected, bytes: Buffer.byteLength(html) };
}

/** Paragraph texts from the real pages (decoded crudely), with sparse mentions, for the infinite scroll. */
export function scrollParagraphs(sparsePages, count, phrases) {
  const texts = [];
  const decode = (s) => s.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/\s+/g, ' ').trim();
  for (const page of sparsePages) {
    for (const m of page.html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
      const text = decode(m[1]);
      if (text.length >= 80 && text.length <= 1200) texts.push(text);
      if (texts.length >= count) break;
    }
    if (texts.length >= count) break;
  }
  while (texts.length < count) texts.push(texts[texts.length % Math.max(texts.length, 1)] ?? 'Lorem ipsum dolor sit amet.');
  return texts.map((t, i) => (i % 25 === 7 ? `${t} ${phrases[i % phrases.length]}.` : t));
}

/** The infinite-scroll page: a shell the page's own code (run by the benchmark) appends paragraphs to. */
export function scrollShell(first = 'The first story of the feed.') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>feed</title></head><body><header><h1>Feed</h1></header><main id="feed"><article><p>${first}</p></article></main></body></html>`;
}

/** Real pages as stored, made inert, with no mention injected: what the heap at rest is measured on. */
export function idlePages(count, only = null) {
  requireCorpus();
  const slugs = readdirSync(pagesDir).filter((s) => existsSync(path.join(pagesDir, s, 'source.html')) && (!only || only.includes(s))).sort();
  const all = slugs.map((slug) => {
    const html = makeInert(readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8'));
    return { slug, kind: 'idle', html, bytes: Buffer.byteLength(html) };
  });
  // Spread by size, so neither the tiny nor the huge pages decide the median.
  const bySize = [...all].sort((a, b) => a.bytes - b.bytes);
  const step = Math.max(1, bySize.length / count);
  const picked = [];
  for (let i = 0; picked.length < Math.min(count, bySize.length); i += step) picked.push(bySize[Math.floor(i)]);
  return picked;
}

/**
 * A topic page: a real article page (the one whose text nodes come closest to `mentions` times 20) with a
 * real topic phrase injected evenly so that about `mentions` are in it.
 */
export function topicPage(sparsePages, phrases, mentions = 100) {
  const candidates = sparsePages.map((p) => ({ p, nodes: injectMentions(p.html, 1e9, phrases).textNodes }));
  const best = candidates.reduce((a, b) => (Math.abs(b.nodes - mentions * 20) < Math.abs(a.nodes - mentions * 20) ? b : a));
  // Phrases strong enough to make the page relevant come first, so every mention is looked for.
  const strong = phrases.filter((m) => /xinjiang|uyghur|uighur|新疆|维吾尔/i.test(m));
  const list = [...strong, ...phrases.filter((m) => !strong.includes(m))];
  const every = Math.max(1, Math.floor(best.nodes / mentions));
  const out = injectMentions(best.p.html, every, list);
  return { slug: `topic-${best.p.slug}`, kind: 'topic', html: out.html, injected: out.injected, bytes: Buffer.byteLength(out.html) };
}

/** The topic page with `frames` more frames in it (idle corpus pages), as a tab often holds. */
export function withFrames(html, srcs) {
  const frames = srcs.map((src) => `<iframe src="${src}" width="600" height="300" title="frame"></iframe>`).join('');
  const at = html.search(/<\/body\s*>/i);
  return at < 0 ? html + frames : html.slice(0, at) + frames + html.slice(at);
}
