import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseGold } from './gold';
import { normalizeText } from './score';

// Every gold file is well-formed, and what it says is in the page is in the page: a typo in the gold would
// otherwise count against the engine.
const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '..', '..', '..', 'shared', 'corpus', 'pages');
const files = readdirSync(join(here, 'gold')).filter((f) => f.endsWith('.json')).sort();

function pageText(slug: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const parser = new window.DOMParser();
  const doc = parser.parseFromString(readFileSync(join(corpus, slug, 'source.html'), 'utf8'), 'text/html');
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  const text = doc.body?.textContent ?? '';
  void window.happyDOM.close();
  return normalizeText(text);
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
      const text = pageText(gold.slug);
      const missing = [
        ...gold.quotations.map((q) => q.text),
        ...gold.scareQuotes,
        ...gold.dates.map((d) => d.text),
      ].filter((piece) => !text.includes(normalizeText(piece)));
      expect(missing).toEqual([]);
    }, 60_000); // parsing a 1 MB page takes seconds on a busy 2-core machine
  }
});
