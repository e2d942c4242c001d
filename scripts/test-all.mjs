#!/usr/bin/env node
// `npm test`: every check in order, each printing its own output live, then one combined line
// "N passed, N failed, N skipped" over all of them, after the skipped tests grouped by the reason each
// gives (core/test-support/declare-missing.ts). Test suites count their tests; every other step
// (typecheck, lint, build, web-ext lint, the benchmark smoke run) counts as one test.
// Exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cc-test-all-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
/** Skipped tests by reason, over all suites. */
const skipReasons = new Map();
/** Notes a step wants shown in the summary (e.g. the bench smoke run on a generated page). */
const notes = [];

/** Runs a command with inherited output (or captured stdout) and resolves with its exit code. */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'] });
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve({ code: 127, stdout });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout }));
  });
}

function banner(name) {
  console.log(`\n━━━ ${name} ━━━`);
}

function record(name, counts, seconds) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  summary.push({ name, ...counts, seconds });
}

/** A step that is not a test suite: one passed or one failed. */
async function check(name, command, args) {
  banner(name);
  const start = Date.now();
  const { code } = await run(command, args);
  record(name, { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }, (Date.now() - start) / 1000);
  return code === 0;
}

/** A vitest run: counts its tests from the JSON reporter, and a crash or a broken file as a failure. */
async function vitestSuite(name, extraArgs) {
  banner(name);
  const start = Date.now();
  const report = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  const { code } = await run(bin('vitest'), ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed = json.numPassedTests ?? 0;
    counts.failed = json.numFailedTests ?? 0;
    counts.skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A file that fails to load has no failed test, only a failed suite: count each such file.
    for (const file of json.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status !== 'pending' && test.status !== 'skipped' && test.status !== 'todo') continue;
        const reason = skipReasonOf(test);
        skipReasons.set(reason, (skipReasons.get(reason) ?? 0) + 1);
      }
    }
    const brokenFiles = (json.testResults ?? []).filter((file) => file.status === 'failed' && !file.assertionResults?.some((t) => t.status === 'failed'));
    counts.failed += brokenFiles.length;
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  record(name, counts, (Date.now() - start) / 1000);
}

/** Why a test was skipped: set at run time (skipWithReason) or in its block's title ("[skipped: reason]"). */
function skipReasonOf(test) {
  if (typeof test.meta?.skipReason === 'string') return test.meta.skipReason;
  const titled = /\[skipped: ([^\]]+)\]/.exec([...(test.ancestorTitles ?? []), test.title ?? ''].join(' '));
  return titled ? titled[1] : 'no reason given (a bare .skip; give one, see core/test-support/declare-missing.ts)';
}

/** web-ext lint on the Firefox build: passes with 0 errors; warnings are printed for reading. */
async function webExtLint() {
  const name = 'web-ext lint';
  banner(name);
  const start = Date.now();
  const { code, stdout } = await run(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'], { capture: true });
  let result;
  try {
    result = JSON.parse(stdout.slice(stdout.indexOf('{')));
  } catch {
    console.log(stdout);
    console.error(`web-ext lint did not print JSON (exit code ${code})`);
  }
  if (result) {
    for (const kind of ['errors', 'warnings', 'notices']) {
      for (const message of result[kind] ?? []) console.log(`  ${kind.slice(0, -1)}: ${message.code} ${message.file ?? ''} ${message.message}`);
    }
    const s = result.summary ?? {};
    console.log(`web-ext lint: ${s.errors ?? '?'} errors, ${s.warnings ?? '?'} warnings, ${s.notices ?? '?'} notices`);
  }
  const ok = result !== undefined && (result.summary?.errors ?? 1) === 0;
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1 }, (Date.now() - start) / 1000);
}

function notRun(name, reason) {
  banner(name);
  console.error(`not run: ${reason}`);
  record(name, { passed: 0, failed: 1 }, 0);
}

try {
  await check('typecheck', bin('tsc'), ['--noEmit']);
  await check('lint', bin('eslint'), ['.']);
  await vitestSuite('unit tests', []);
  // Always build: e2e tests and web-ext lint must see the sources as they are now.
  const built = await check('build', 'npm', ['run', 'build']);
  if (built) {
    await webExtLint();
    await check('bundle scan', 'node', ['scripts/scan-bundles.mjs']);
    await check('size budget', 'node', ['scripts/check-size.mjs']);
    await vitestSuite('e2e tests', ['-c', 'e2e/vitest.config.ts']);
  } else {
    notRun('web-ext lint', 'the build failed');
    notRun('bundle scan', 'the build failed');
    notRun('size budget', 'the build failed');
    notRun('e2e tests', 'the build failed');
  }
  if (existsSync(path.join(root, 'bench', 'smoke.mjs'))) {
    const smokeOk = await check('benchmark smoke', 'node', ['bench/smoke.mjs']);
    if (smokeOk && !existsSync(path.join(root, '..', 'shared', 'corpus', 'pages', '001', 'source.html')))
      notes.push('benchmark smoke ran on a generated page, not corpus page 001: ../shared not found; see README.md');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log('\n━━━ summary ━━━');
for (const step of summary) {
  const skipped = step.skipped ? `, ${step.skipped} skipped` : '';
  console.log(`  ${step.failed ? '✗' : '✓'} ${step.name.padEnd(16)} ${step.passed} passed, ${step.failed} failed${skipped}  (${step.seconds.toFixed(1)} s)`);
}
if (skipReasons.size) {
  console.log('skipped, by reason:');
  for (const [reason, count] of [...skipReasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)} skipped: ${reason}`);
}
for (const note of notes) console.log(`note: ${note}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
