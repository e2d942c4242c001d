/**
 * `npm run eval:extract`: runs the extraction engine on each hand-annotated corpus page and prints how much of
 * the gold it gets right, against issue 24's targets. Bench-only: never part of the extension.
 * Usage: vite-node bench/extract-eval/run.ts [--pages] [--set=fresh] [slug…]
 * --set=fresh scores the fresh held-out set (bench/extract-eval/fresh: metadata only) instead of the gold.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold } from './gold';
import { addScores, EMPTY_SCORE, refusedScore, scorePage, type ExtractedSummary, type GoldPage, type PageScore } from './score';
import { formatTable, meets, rowsOf } from './report';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'pages');

type ExtractOutcome = { ok: true; pack: unknown; missing: string[] } | { ok: false; code: string; reason: string };
interface Engine {
  extractHtmlInNode(html: string, options: { url?: string; readDay?: string }): Promise<ExtractOutcome>;
  summarizePack(pack: unknown): ExtractedSummary;
}

// The engine is built on another branch (contract: docs of issue 24); imported by path at run time so that this
// runner type-checks before it lands. The names are the contract's; nothing here stands in for them.
async function loadEngine(): Promise<Engine> {
  const nodeEntry = join(root, 'scripts', 'extract', 'extract-node.ts');
  const summary = join(root, 'core', 'extract', 'summary.ts');
  for (const path of [nodeEntry, summary]) {
    if (!existsSync(path)) throw new Error(`extraction engine not found: ${path} (issue 24's engine branch not merged?)`);
  }
  const a = (await import(/* @vite-ignore */ nodeEntry)) as Partial<Engine>;
  const b = (await import(/* @vite-ignore */ summary)) as Partial<Engine>;
  if (typeof a.extractHtmlInNode !== 'function' || typeof b.summarizePack !== 'function') {
    throw new Error('extraction engine does not export extractHtmlInNode / summarizePack');
  }
  return { extractHtmlInNode: a.extractHtmlInNode, summarizePack: b.summarizePack };
}

function loadGolds(set: string, only: string[]): GoldPage[] {
  const dir = join(here, set);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const golds: GoldPage[] = [];
  for (const file of files) {
    const parsed = parseGold(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    if (`${parsed.gold.slug}.json` !== file) throw new Error(`${file}: slug ${parsed.gold.slug} does not match the file name`);
    if (only.length === 0 || only.includes(parsed.gold.slug)) golds.push(parsed.gold);
  }
  return golds;
}

/** One fixed reading day, later than every page: nothing from the gold reaches the engine, so it must find the dates itself. */
const READ_DAY = '2026-12-01';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const perPage = args.includes('--pages');
  const only = args.filter((a) => !a.startsWith('--'));
  const set = args.includes('--set=fresh') ? 'fresh' : 'gold';
  if (!existsSync(corpus)) {
    console.error(`corpus not found at ${corpus}`);
    process.exit(2);
  }
  const golds = loadGolds(set, only);
  const engine = await loadEngine();
  let total: PageScore = { ...EMPTY_SCORE };
  let refused = 0;
  for (const gold of golds) {
    const html = readFileSync(join(corpus, gold.slug, 'source.html'), 'utf8');
    const outcome = await engine.extractHtmlInNode(html, { url: gold.url ?? undefined, readDay: READ_DAY });
    let score: PageScore;
    if (outcome.ok) {
      score = scorePage(gold, engine.summarizePack(outcome.pack));
    } else {
      refused += 1;
      score = refusedScore(gold);
      console.log(`${gold.slug}: refused (${outcome.code}: ${outcome.reason})`);
    }
    if (perPage) console.log(`${gold.slug}: ${JSON.stringify(score)}`);
    total = addScores(total, score);
  }
  const rows = rowsOf(total, golds.length);
  console.log(`Extraction against the hand-made ${set === 'gold' ? 'gold' : 'fresh held-out set (metadata only)'}: ${golds.length} pages${refused ? `, ${refused} refused` : ''}\n`);
  console.log(formatTable(rows));
  // A set annotated for metadata only measures no quotation: those targets are left out, not failed.
  const targets = rows.filter((row) => row.target !== undefined && row.of > 0);
  const met = targets.filter((row) => meets(row)).length;
  const unscored = rows.filter((row) => row.target !== undefined && row.of === 0).length;
  console.log(`\ntargets met: ${met} of ${targets.length}${unscored ? ` (${unscored} not scored: nothing annotated)` : ''}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
