#!/usr/bin/env node
// Where a mutant's time goes: runs the given test files again and again the way Stryker's vitest runner runs
// them for each mutant (one vitest instance, `related`, one worker, a fresh start per run) and prints per run
// the wall time, this process's CPU time, and vitest's own split (worker start, environment, imports, tests).
//   node scripts/mutation-pace.mjs [--config vitest.config.ts] [--runs 8] [--isolate false] <test file>...
// docs/mutation-testing.md ("Pace") has what it found.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { createVitest } from 'vitest/node';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const runs = Number(option('--runs', '8'));
const isolate = option('--isolate', undefined);

const ctx = await createVitest('test', {
  config: option('--config', 'vitest.config.ts'),
  pool: 'threads',
  coverage: { enabled: false },
  maxWorkers: 1,
  maxConcurrency: 1,
  watch: false,
  bail: 1,
  reporters: [],
  onConsoleLog: () => false,
  ...(isolate === undefined ? {} : { isolate: isolate !== 'false' }),
});

const rows = [];
for (let i = 0; i < runs + 1; i += 1) {
  ctx.state.filesMap.clear();
  ctx.config.related = files.map((f) => path.resolve(f));
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await ctx.start(files);
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  const tasks = ctx.state.getFiles();
  const sum = (k) => tasks.reduce((s, f) => s + (f[k] ?? 0), 0);
  const failed = tasks.some((f) => f.result?.state === 'fail');
  // The first run transforms every module; Stryker's dry run pays that once, so it is left out.
  if (i > 0) rows.push({ wall, cpu: (used.user + used.system) / 1000, prepare: sum('prepareDuration'), environment: sum('environmentLoad'), setup: sum('setupDuration'), imports: sum('collectDuration'), tests: tasks.reduce((s, f) => s + (f.result?.duration ?? 0), 0), files: tasks.length, failed });
}
await ctx.close();

const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`${files.length} test file(s), ${rows[0]?.files ?? 0} run, ${runs} runs after the first, isolate ${isolate ?? 'as configured'}; medians in ms:`);
console.log(`  wall ${median('wall').toFixed(0)}, CPU of this process (worker threads included) ${median('cpu').toFixed(0)}`);
console.log(`  vitest's split: worker prepare ${median('prepare').toFixed(0)}, environment ${median('environment').toFixed(0)}, setup files ${median('setup').toFixed(0)}, imports (collect) ${median('imports').toFixed(0)}, tests ${median('tests').toFixed(0)}`);
if (rows.some((r) => r.failed)) console.log('  (some runs had failing tests)');
