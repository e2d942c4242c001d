#!/usr/bin/env node
// `npm run mutation -- <chunk>... [stryker options]`: runs StrykerJS (stryker.config.mjs) one chunk at a time,
// each chunk with its own incremental file (docs/mutation/incremental/<chunk>.json, committed), then merges
// every chunk's results into the score per folder (printed, and written into docs/mutation-testing.md).
// A chunk is a folder as scored (`core/cite`; `content` is its top level only), a file, or a quoted glob.
//   npm run mutation -- core/settings core/pack   two chunks, one after the other
//   npm run mutation -- --report-only             the table from the committed chunks, no run
//   npm run mutation -- --plan                    the chunks of the scope, their mutants, and which are done
//   npm run mutation -- --sample 200 --seed 29    an estimate of the whole scope from 200 random mutant sites
// Without a chunk it runs the whole scope in one go (hours on a 2-core machine; see the doc).
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETUP, scope } from '../stryker.config.mjs';
import { chunkFiles, chunkSlug, filesIn } from './mutation-scope.mjs';
import { mergeAndReport, planChunks } from './mutation-merge.mjs';
import { runSample } from './mutation-sample.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// Chunks come first, then Stryker's own options (`npm run mutation -- core/cite --log-level debug`).
const firstOption = args.findIndex((a) => a.startsWith('-'));
const chunks = firstOption === -1 ? args : args.slice(0, firstOption);
/** The value after an option of ours (`--sample 200`), or undefined. */
const valueOf = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ours = new Set(['--report-only', '--plan', '--sample', '--seed']);
const strykerArgs = (firstOption === -1 ? [] : args.slice(firstOption)).filter((a, i, all) => !ours.has(a) && !ours.has(all[i - 1]));
const concurrency = strykerArgs.includes('--concurrency') ? Number(strykerArgs[strykerArgs.indexOf('--concurrency') + 1]) : 1;

function runStryker(env) {
  return new Promise((resolve) => {
    let tested = null;
    const child = spawn(path.join(root, 'node_modules', '.bin', 'stryker'), ['run', ...strykerArgs], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (data) => {
      process.stdout.write(data);
      // The progress reporter's "N/M tested": the mutants this run tested (reused ones are not among them).
      for (const m of String(data).matchAll(/(\d+)\/(\d+) tested/g)) tested = { done: Number(m[1]), of: Number(m[2]) };
    });
    child.on('error', () => resolve({ code: 127, tested }));
    child.on('close', (exit) => resolve({ code: exit ?? 1, tested }));
  });
}

/** How long a run took, so later sessions can plan (docs/mutation-testing.md reads it). */
function recordRun(run) {
  mkdirSync(path.join(root, 'docs', 'mutation'), { recursive: true });
  appendFileSync(path.join(root, 'docs', 'mutation', 'runs.jsonl'), `${JSON.stringify({ finished: new Date().toISOString(), ...run, concurrency, checker: process.env.STRYKER_TSC === '1', setup: SETUP })}\n`);
}

let code = 0;
if (args.includes('--plan')) {
  await planChunks(root);
} else if (args.includes('--sample')) {
  const n = Number(valueOf('--sample'));
  const seed = Number(valueOf('--seed') ?? Date.now() % 100_000);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error('mutation: --sample needs a number of sites (and --seed an integer)');
    code = 2;
  } else {
    const result = await runSample(root, { n, seed, concurrency, ignoreStatic: strykerArgs.includes('--ignoreStatic'), run: runStryker });
    if (result.code === 0) recordRun({ chunk: `sample-seed-${seed}`, minutes: Number(result.minutes.toFixed(2)), tested: result.tested?.done ?? 0, sampled: result.sampled });
    code = result.code;
  }
} else if (!args.includes('--report-only')) {
  const scopeFiles = filesIn(scope, root);
  for (const chunk of chunks.length ? chunks : [null]) {
    const files = chunk ? chunkFiles(chunk, scopeFiles) : scopeFiles;
    if (!files.length) {
      console.error(`mutation: no file of the scope (stryker.config.mjs) in "${chunk}"`);
      code = 1;
      continue;
    }
    const slug = chunk ? chunkSlug(chunk) : null;
    const started = Date.now();
    const result = await runStryker(slug ? { MUTATION_CHUNK: slug, MUTATION_FILES: files.join(',') } : {});
    const minutes = (Date.now() - started) / 60_000;
    if (slug && result.code === 0) recordRun({ chunk: slug, minutes: Number(minutes.toFixed(2)), tested: result.tested?.done ?? 0, files: files.length });
    code ||= result.code;
  }
}
if (!args.includes('--plan') && !args.includes('--sample')) await mergeAndReport(root, { writeDoc: true });
process.exitCode = code;
