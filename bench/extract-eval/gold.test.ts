import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold } from './gold';
import { normalizeText } from './score';

// Every gold file is well-formed, and what it says is in the page is in the page: a typo in the gold would
// otherwise count against the engine.
const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '..', '..', '..', 'shared', 'corpus', 'pages');
const files = readdirSync(join(here, 'gold')).filter((f) => f.endsWith('.json')).sort();
const freshFiles = readdirSync(join(here, 'fresh')).filter((f) => f.endsWith('.json')).sort();

// The page's text, cheaply: a DOM parser costs seconds a page on this machine, and the check only needs the
// words. Tags go (inline tags sit inside words), entities are decoded; an entity left undecoded fails the test.
const NAMED: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  ndash: '–', mdash: '—', hellip: '…', aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ',
  iexcl: '¡', ccedil: 'ç', agrave: 'à', egrave: 'è',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

function pageText(slug: string): string {
  const html = readFileSync(join(corpus, slug, 'source.html'), 'utf8');
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return normalizeText(decodeEntities(text));
}

describe('gold files', () => {
  it('number at least 30', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });
  for (const file of files) {
    it.skipIf(!existsSync(corpus))(`${file} is valid and quotes its page verbatim`, () => {
      const parsed = parseGold(JSON.parse(readFileSync(join(here, 'gold', file), 'utf8')));
      if (!parsed.ok) throw new Error(parsed.reason);
      const gold = parsed.gold;
      expect(`${gold.slug}.json`).toBe(file);
      // The gold proper is annotated in full: only the fresh set may leave quotations and dates out.
      expect([gold.quotations, gold.scareQuotes, gold.dates].every((field) => field !== undefined)).toBe(true);
      const text = pageText(gold.slug);
      const missing = [
        ...(gold.quotations ?? []).map((q) => q.text),
        ...(gold.scareQuotes ?? []),
        ...(gold.dates ?? []).map((d) => d.text),
      ].filter((piece) => !text.includes(normalizeText(piece)));
      expect(missing).toEqual([]);
    });
  }
});

// The fresh held-out set is metadata only: its titles and the names of its people are in the page's text.
describe('fresh held-out files', () => {
  it('number at least 10 and are not in the gold', () => {
    expect(freshFiles.length).toBeGreaterThanOrEqual(10);
    expect(freshFiles.filter((f) => files.includes(f))).toEqual([]);
  });
  for (const file of freshFiles) {
    it.skipIf(!existsSync(corpus))(`${file} is valid and names what its page shows`, () => {
      const parsed = parseGold(JSON.parse(readFileSync(join(here, 'fresh', file), 'utf8')));
      if (!parsed.ok) throw new Error(parsed.reason);
      const gold = parsed.gold;
      expect(`${gold.slug}.json`).toBe(file);
      expect(gold.quotations).toBeUndefined();
      const text = pageText(gold.slug).toLowerCase();
      const names = gold.authors.flatMap((a) => [a.given, a.family, a.literal]).filter((n): n is string => n !== undefined);
      const missing = [gold.title, ...names].filter((piece) => !text.includes(normalizeText(piece).toLowerCase()));
      expect(missing).toEqual([]);
    });
  }
});
