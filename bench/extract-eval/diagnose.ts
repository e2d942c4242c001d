/**
 * For people tuning the engine: scores the development and check halves of the gold and the fresh held-out set
 * (bench/extract-eval/fresh, metadata only) apart and, with --show, prints what went wrong on each page of the
 * development half (metadata, wrong speakers, missed quotations and dates); --show=check or --show=fresh prints
 * a held-out set's, which spends it (docs/extraction.md says when that was done). Bench-only.
 * Usage: vite-node bench/extract-eval/diagnose.ts [--show[=dev|check|fresh]] [--fresh] [slug…]
 * Pages read by the DOM layer are cached in $TMPDIR (the DOM layer is not what is being tuned); --fresh rereads.
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
import { parseGold } from './gold';
import { formatTable, rowsOf } from './report';
import { addScores, EMPTY_SCORE, normalizeText, quotationCovers, refusedScore, sameSpeaker, scorePage, type GoldPage, type PageScore } from './score';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '..', '..', '..', 'shared', 'corpus', 'pages');
const cache = join(tmpdir(), 'extract-eval-pages');
const READ_DAY = '2026-12-01';

function pageData(gold: GoldPage, fresh: boolean): PageData {
  const file = join(cache, `${gold.slug}.json`);
  if (!fresh && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PageData;
  const html = readFileSync(join(corpus, gold.slug, 'source.html'), 'utf8');
  const page = readPage(parseWithJsdom(html, gold.url ?? undefined), gold.url, html.length);
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, JSON.stringify(page));
  return page;
}

let hows: Array<{ text: string; how: string }> = [];

function summaryOf(page: PageData): ExtractedSummary | null {
  const article = extractArticle(page, { readDay: READ_DAY });
  if ('ok' in article) return null;
  hows = article.quotations.map((q) => ({ text: q.text, how: q.how }));
  const packed = toPack(article, { readDay: READ_DAY, topic: { id: 'topic', label: 'topic' } });
  return packed.ok ? summarizePack(packed.pack) : null;
}

const howOf = (text: string) => hows.find((h) => h.text.includes(text) || text.includes(h.text))?.how ?? '?';

function show(gold: GoldPage, got: ExtractedSummary, score: PageScore): void {
  const out: string[] = [];
  if (!score.title) out.push(`  title: got ${JSON.stringify(got.title)} want ${JSON.stringify(gold.title)}`);
  if (!score.authors) out.push(`  authors: got ${JSON.stringify(got.authors)} want ${JSON.stringify(gold.authors)}`);
  if (!score.published) out.push(`  published: got ${got.published} want ${gold.published}`);
  if (!score.siteName) out.push(`  site: got ${JSON.stringify(got.siteName)} want ${JSON.stringify(gold.siteName)}`);
  const speech = (gold.quotations ?? []).filter((q) => q.isSpeech);
  const found = new Set<number>();
  for (const q of got.quotations) {
    const covered = quotationCovers(q.text, speech.map((s) => s.text));
    covered.forEach((i) => found.add(i));
    for (const i of covered) {
      const want = speech[i]?.speaker ?? null;
      if (q.speaker !== null && (want === null || !sameSpeaker(want, q.speaker))) {
        out.push(`  WRONG speaker ${JSON.stringify(q.speaker)} want ${JSON.stringify(want)}: “${q.text.slice(0, 80)}”\n      (${howOf(q.text)})`);
      } else if (q.speaker === null && want !== null) out.push(`  no speaker (want ${want}): “${q.text.slice(0, 70)}”`);
    }
    if (covered.length === 0 && !(gold.scareQuotes ?? []).some((s) => normalizeText(s) === normalizeText(q.text))) {
      out.push(`  extra (${q.speaker ?? '-'}): “${q.text.slice(0, 80)}”`);
    }
  }
  speech.forEach((q, i) => {
    if (!found.has(i)) out.push(`  MISSED (${q.speaker ?? '-'}): “${q.text.slice(0, 80)}”`);
  });
  for (const s of gold.scareQuotes ?? []) if (got.quotations.some((q) => normalizeText(q.text) === normalizeText(s))) out.push(`  scare as speech: “${s}”`);
  for (const d of gold.dates ?? []) {
    const near = got.dates.filter((e) => normalizeText(e.text).toLowerCase().includes(normalizeText(d.text).toLowerCase()) || normalizeText(d.text).toLowerCase().includes(normalizeText(e.text).toLowerCase()));
    if (!near.some((e) => e.value === d.value)) out.push(`  date “${d.text}” want ${d.value} got ${near.map((e) => `${e.text}=${e.value}`).join(', ') || 'nothing'}`);
  }
  if (out.length) console.log(`${gold.slug}:\n${out.join('\n')}`);
}

type SetName = 'dev' | 'check' | 'fresh';

function readGold(dir: string, file: string): GoldPage {
  const parsed = parseGold(JSON.parse(readFileSync(join(here, dir, file), 'utf8')));
  if (!parsed.ok) throw new Error(`${dir}/${file}: ${parsed.reason}`);
  return parsed.gold;
}

/** The gold sorted by slug, alternately development and check (fixed before tuning), then the fresh set. */
function allSets(): Array<{ set: SetName; gold: GoldPage }> {
  const json = (dir: string) => (existsSync(join(here, dir)) ? readdirSync(join(here, dir)).filter((f) => f.endsWith('.json')).sort() : []);
  return [
    ...json('gold').map((file, i) => ({ set: (i % 2 === 0 ? 'dev' : 'check') as SetName, gold: readGold('gold', file) })),
    ...json('fresh').map((file) => ({ set: 'fresh' as SetName, gold: readGold('fresh', file) })),
  ];
}

function main(): void {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith('--'));
  const shown = new Set(args.filter((a) => a.startsWith('--show')).map((a) => a.split('=')[1] ?? 'dev'));
  const totals: Record<SetName, PageScore> = { dev: { ...EMPTY_SCORE }, check: { ...EMPTY_SCORE }, fresh: { ...EMPTY_SCORE } };
  const counts: Record<SetName, number> = { dev: 0, check: 0, fresh: 0 };
  for (const { set, gold } of allSets()) {
    if (only.length > 0 && !only.includes(gold.slug)) continue;
    const got = summaryOf(pageData(gold, args.includes('--fresh')));
    const score = got ? scorePage(gold, got) : refusedScore(gold);
    if (got && shown.has(set)) show(gold, got, score);
    totals[set] = addScores(totals[set], score);
    counts[set] += 1;
  }
  for (const set of ['dev', 'check', 'fresh', 'gold (dev + check)'] as const) {
    const total = set === 'gold (dev + check)' ? addScores(totals.dev, totals.check) : totals[set];
    const n = set === 'gold (dev + check)' ? counts.dev + counts.check : counts[set];
    console.log(`\n== ${set} (${n} pages)\n${formatTable(rowsOf(total, n))}`);
  }
}

main();
