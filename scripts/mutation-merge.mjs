// Merges the chunks' incremental files (docs/mutation/incremental/*.json, Stryker's mutation-testing
// reports) into one score per folder, set against the mutants of the whole scope (scripts/mutation-scope.mjs).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SETUP, scope } from '../stryker.config.mjs';
import { filesIn, mutantCounts } from './mutation-scope.mjs';
import { DETECTED, folderOf } from './mutation-score.mjs';

const START = '<!-- mutation-scores:start (written by scripts/mutation-merge.mjs) -->';
const END = '<!-- mutation-scores:end -->';

/** Every file's result from the chunks: where a file was run in several chunks, the run of its current
 * source wins, else the latest (by runs.jsonl). `stale` marks results of a source that has changed since. */
export function mergeChunks(root) {
  const dir = path.join(root, 'docs', 'mutation', 'incremental');
  const merged = new Map();
  if (!existsSync(dir)) return merged;
  // When each chunk last ran, from runs.jsonl: a checkout gives every file the same modification time.
  const runs = path.join(root, 'docs', 'mutation', 'runs.jsonl');
  const finished = new Map();
  if (existsSync(runs)) {
    for (const line of readFileSync(runs, 'utf8').split('\n').filter(Boolean)) {
      const run = JSON.parse(line);
      if (!run.experiment) finished.set(run.chunk, Math.max(finished.get(run.chunk) ?? 0, Date.parse(run.finished)));
    }
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = path.join(dir, name);
    const at = finished.get(name.replace(/\.json$/, '')) ?? statSync(file).mtimeMs;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    for (const [source, result] of Object.entries(report.files ?? {})) {
      const rel = source.replace(/\\/g, '/');
      const onDisk = existsSync(path.join(root, rel)) ? readFileSync(path.join(root, rel), 'utf8') : null;
      const entry = { chunk: name.replace(/\.json$/, ''), at, stale: result.source !== onDisk, mutants: result.mutants ?? [] };
      const known = merged.get(rel);
      if (!known || (known.stale && !entry.stale) || (known.stale === entry.stale && entry.at > known.at)) merged.set(rel, entry);
    }
  }
  return merged;
}

/** Runs recorded by scripts/mutation.mjs at concurrency 1 with the current set-up (`SETUP`; runs before it
 * was recorded used the first, 'isolated'), without the TypeScript checker (the way the committed chunks
 * run) or with it: minutes per 1,000 mutants tested, or undefined. */
export function pace(root, checker = false, setup = SETUP) {
  const file = path.join(root, 'docs', 'mutation', 'runs.jsonl');
  if (!existsSync(file)) return undefined;
  const runs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.tested > 0 && r.concurrency === 1 && r.checker === checker && (r.setup ?? 'isolated') === setup);
  const tested = runs.reduce((n, r) => n + r.tested, 0);
  const minutes = runs.reduce((n, r) => n + r.minutes, 0);
  return tested ? { perThousand: (1000 * minutes) / tested, tested, minutes } : undefined;
}

/** Rows per folder: mutants in scope, tested, detected (killed or timed out), survived, no coverage,
 * errors (did not compile, or crashed the runner: not scored), and the score. */
export async function folderRows(root) {
  const files = filesIn(scope, root);
  const counts = await mutantCounts(files, root);
  const merged = mergeChunks(root);
  const rows = new Map();
  const row = (folder) => {
    if (!rows.has(folder)) rows.set(folder, { folder, inScope: 0, tested: 0, detected: 0, survived: 0, noCoverage: 0, errors: 0, staleFiles: 0 });
    return rows.get(folder);
  };
  for (const file of files) {
    const r = row(folderOf(file));
    r.inScope += counts.get(file) ?? 0;
    const result = merged.get(file);
    if (!result) continue;
    if (result.stale) r.staleFiles += 1;
    for (const m of result.mutants) {
      r.tested += 1;
      if (DETECTED.has(m.status)) r.detected += 1;
      else if (m.status === 'Survived') r.survived += 1;
      else if (m.status === 'NoCoverage') r.noCoverage += 1;
      else r.errors += 1;
    }
  }
  const list = [...rows.values()].sort((a, b) => a.folder.localeCompare(b.folder));
  const total = { folder: 'all', inScope: 0, tested: 0, detected: 0, survived: 0, noCoverage: 0, errors: 0, staleFiles: 0 };
  for (const r of list) for (const k of Object.keys(total)) if (k !== 'folder') total[k] += r[k];
  for (const r of [...list, total]) {
    const valid = r.detected + r.survived + r.noCoverage;
    r.score = valid ? (100 * r.detected) / valid : undefined;
  }
  return { rows: list, total, merged };
}

const pct = (x) => (x === undefined ? 'n/a' : `${x.toFixed(1)} %`);

function markdown({ rows, total }, speed, withChecker) {
  const lines = [
    '| folder | mutants in scope | tested | score | killed + timed out | survived | no coverage | not scored (compile/runtime error) | stale files |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of [...rows, total]) {
    const name = r === total ? '**all**' : `\`${r.folder}\``;
    lines.push(`| ${name} | ${r.inScope} | ${r.tested} | ${r.tested ? pct(r.score) : 'not run'} | ${r.detected} | ${r.survived} | ${r.noCoverage} | ${r.errors} | ${r.staleFiles} |`);
  }
  const left = total.inScope - total.tested;
  if (speed) lines.push('', `Pace so far (set-up \`${SETUP}\`, concurrency 1, no TypeScript checker, this 2-core shared machine), chunk start-up included: ${speed.perThousand.toFixed(0)} minutes per 1,000 mutants tested (${speed.tested} mutants in ${speed.minutes.toFixed(0)} minutes); what is left (${left} mutants) would take about ${((speed.perThousand * left) / 60_000).toFixed(1)} hours.`);
  if (withChecker) lines.push('', `With the checker (STRYKER_TSC=1): ${withChecker.perThousand.toFixed(0)} minutes per 1,000 mutants (${withChecker.tested} mutants in ${withChecker.minutes.toFixed(0)} minutes); what is left would take about ${((withChecker.perThousand * left) / 60_000).toFixed(1)} hours.`);
  return lines.join('\n');
}

/** The survivors, file by file, for the next session to kill or to list as equivalent. */
function survivors(merged) {
  const out = ['# Surviving mutants (written by scripts/mutation-merge.mjs; do not edit)', '', 'Survived or not covered, from the committed chunks (docs/mutation/incremental/). Kill each with a test, or list it as equivalent, with why, in docs/mutation-testing.md.', ''];
  for (const [file, result] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
    const left = result.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
    if (!left.length) continue;
    out.push(`## ${file}${result.stale ? ' (source changed since its run)' : ''}`, '');
    for (const m of left.sort((a, b) => a.location.start.line - b.location.start.line)) {
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
      out.push(`- line ${m.location.start.line}: ${m.mutatorName} → \`${replacement.replace(/`/g, "'")}\`${m.status === 'NoCoverage' ? ' (no test covers it)' : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Prints the table; with writeDoc, also puts it into docs/mutation-testing.md and the survivors' list. */
export async function mergeAndReport(root, { writeDoc }) {
  const result = await folderRows(root);
  const speed = pace(root);
  console.log('\nmutation score per folder, from the committed chunks; score = (killed + timed out) / (killed + timed out + survived + no coverage):');
  for (const r of [...result.rows, result.total]) {
    const score = r.tested ? `${r.score === undefined ? '  n/a' : r.score.toFixed(1).padStart(5)}%` : 'not run';
    console.log(`  ${score.padStart(7)}  ${r.folder.padEnd(20)} ${String(r.tested).padStart(5)} of ${String(r.inScope).padStart(5)} tested: ${r.detected} killed, ${r.survived} survived, ${r.noCoverage} no coverage, ${r.errors} not scored${r.staleFiles ? `, ${r.staleFiles} file(s) changed since` : ''}`);
  }
  if (speed) console.log(`  pace: ${speed.perThousand.toFixed(0)} min per 1,000 mutants (concurrency 1, no checker)`);
  const withChecker = pace(root, true);
  if (withChecker) console.log(`  pace: ${withChecker.perThousand.toFixed(0)} min per 1,000 mutants (concurrency 1, STRYKER_TSC=1)`);
  if (!writeDoc) return result;
  const doc = path.join(root, 'docs', 'mutation-testing.md');
  const text = readFileSync(doc, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a !== -1 && b > a) writeFileSync(doc, `${text.slice(0, a + START.length)}\n${markdown(result, speed, pace(root, true))}\n${text.slice(b)}`);
  writeFileSync(path.join(root, 'docs', 'mutation', 'survivors.md'), survivors(result.merged));
  return result;
}

/** The scope's folders as chunks: mutants, how many are tested, and the time left at the pace so far. */
export async function planChunks(root) {
  const { rows, total } = await folderRows(root);
  const perThousand = pace(root)?.perThousand;
  console.log('chunk (folder)        mutants  tested  left  minutes left at the pace so far');
  for (const r of [...rows, total]) {
    const left = r.inScope - r.tested;
    console.log(`  ${r.folder.padEnd(20)} ${String(r.inScope).padStart(6)} ${String(r.tested).padStart(7)} ${String(left).padStart(5)}  ${perThousand ? ((perThousand * left) / 1000).toFixed(0) : '?'}`);
  }
}
