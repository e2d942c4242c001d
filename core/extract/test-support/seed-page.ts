// The seed article (../shared/seed) rendered as a news page the way publishers mark one up: JSON-LD,
// Open Graph, a canonical link, a photo caption, a dateline and a subheading. Built inside the tests from
// the shared files (not copied into the project). The page states an update on 1 November 2018:
// metadata.json says the text is a version updated on or after that day.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SeedMetadata {
  article: { title: string; publisher: string; url: string; published: string; dateline: string; language: string };
  relative_dates: Array<{ expression: string; date: string; precision?: string }>;
}

export function seedPage(shared: string): { html: string; metadata: SeedMetadata; paragraphs: string[] } {
  const text = readFileSync(path.join(shared, 'seed', 'article.txt'), 'utf8');
  const metadata = JSON.parse(readFileSync(path.join(shared, 'seed', 'metadata.json'), 'utf8')) as SeedMetadata;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [caption = '', dateline = '', ...body] = lines;
  const a = metadata.article;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: `${a.published}T09:00:00Z`,
    dateModified: '2018-11-01T04:33:00Z',
    publisher: { '@type': 'Organization', name: a.publisher },
    inLanguage: a.language,
  };
  const paragraphs = body.map((p) => (p.length < 40 && !/[.!?”]$/.test(p) ? `<h2>${escapeHtml(p)}</h2>` : `<p>${escapeHtml(p)}</p>`));
  const html = `<!DOCTYPE html><html lang="${a.language}"><head><meta charset="utf-8">
<title>${escapeHtml(a.title)} | ${a.publisher}</title>
<link rel="canonical" href="${a.url}">
<meta property="og:site_name" content="${a.publisher}"><meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(a.title)}">
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>${escapeHtml(a.title)}</h1>
<figure><img src="photo.jpg" alt=""><figcaption>${escapeHtml(caption)}</figcaption></figure>
<div class="article-body"><p class="dateline">${escapeHtml(dateline)}</p>
${paragraphs.join('\n')}
</div></article></main><footer><p>© 2018 Cable News Network.</p></footer></body></html>`;
  return { html, metadata, paragraphs: body };
}
