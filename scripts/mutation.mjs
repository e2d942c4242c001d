#!/usr/bin/env node
// `npm run mutation [-- stryker options]`: runs StrykerJS (stryker.config.mjs), then prints the mutation
// score per folder from its JSON report. Extra arguments go to `stryker run`, e.g.
// `npm run mutation -- --mutate 'core/cite/**/*.ts'` for one folder, or `--concurrency 1`.
// `npm run mutation -- --report-only` prints the table from the last report without running.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoresByFolder } from './mutation-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(root, 'reports', 'mutation', 'mutation.json');
const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');

let code = 0;
if (!reportOnly) {
  code = await new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'stryker'), ['run', ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('close', (exit) => resolve(exit ?? 1));
  });
}
if (!existsSync(report)) {
  console.error(`no mutation report at ${path.relative(root, report)}`);
  process.exit(code || 1);
}
const rows = scoresByFolder(JSON.parse(readFileSync(report, 'utf8')));
console.log('\nmutation score per folder (killed + timed out) / (killed + timed out + survived + no coverage):');
for (const row of rows) {
  const score = row.score === undefined ? '  n/a' : `${row.score.toFixed(1).padStart(5)}%`;
  console.log(`  ${score}  ${row.folder.padEnd(22)} ${row.detected} killed, ${row.survived} survived, ${row.noCoverage} no coverage, ${row.other} other`);
}
process.exitCode = code;
