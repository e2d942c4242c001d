/**
 * For people changing the engine: what it extracts from the corpus pages outside the gold, saved to a file, and
 * what changed between two such files (an author or a date lost, a title changed, speakers given, dropped or
 * changed), so a rule tuned on the gold is checked on pages it was not tuned on. Bench-only.
 * Usage: vite-node bench/extract-eval/corpus-compare.ts --save <file.json> [--fresh]
 *        vite-node bench/extract-eval/corpus-compare.ts --diff <before.json> <after.json>
 * Pages read by the DOM layer are cached in $TMPDIR/extract-compare-pages; --fresh rereads them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../core/extract/extract';
import { summarizePack, type ExtractedSummary } from '../../core/extract/summary';
import { toPack } from '../../core/extract/to-pack';
import type { PageData } from '../../core/extract/types';
import { readPage } from '../../extension-document/read-page';
import { parseWithJsdom } from '../../scripts/extract/extract-node';
import { compareRuns, type PageRun } from './compare-runs';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '..', '..', '..', 'shared', 'corpus', 'pages');
const cache = join(tmpdir(), 'extract-compare-pages');
const READ_DAY = '2026-12-01';

function pageData(slug: string, fresh: boolean): PageData {
  const file = join(cache, `${slug}.json`);
  if (!fresh && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PageData;
  const html = readFileSync(join(corpus, slug, 'source.html'), 'utf8');
  const page = readPage(parseWithJsdom(html), null, html.length);
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, JSON.stringify(page));
  return page;
}

function run(slug: string, fresh: boolean): PageRun {
  const article = extractArticle(pageData(slug, fresh), { readDay: READ_DAY });
  if ('ok' in article) return { slug, refused: article.code };
  const packed = toPack(article, { readDay: READ_DAY, topic: { id: 'topic', label: 'topic' } });
  if (!packed.ok) return { slug, refused: 'invalid-pack' };
  const s: ExtractedSummary = summarizePack(packed.pack);
  return { slug, title: s.title, authors: s.authors, published: s.published, updated: s.updated, siteName: s.siteName, quotations: s.quotations, dates: s.dates.length };
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--diff' && args[1] && args[2]) {
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as PageRun[];
    const { lines, losses } = compareRuns(read(args[1]), read(args[2]));
    console.log(lines.join('\n') || 'no change');
    console.log(`\n${losses} page(s) lost an author or a date`);
    process.exit(losses > 0 ? 1 : 0);
  }
  const save = args[0] === '--save' ? args[1] : undefined;
  if (!save) {
    console.error('usage: corpus-compare.ts --save <file.json> [--fresh] | --diff <before.json> <after.json>');
    process.exit(2);
  }
  const gold = new Set(readdirSync(join(here, 'gold')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
  const slugs = readdirSync(corpus).filter((s) => !gold.has(s) && existsSync(join(corpus, s, 'source.html'))).sort();
  const runs = slugs.map((slug) => run(slug, args.includes('--fresh')));
  writeFileSync(save, `${JSON.stringify(runs, null, 1)}\n`);
  console.log(`${runs.length} pages saved to ${save}`);
}

main();
