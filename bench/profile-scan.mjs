#!/usr/bin/env node
// Where the content script's time goes, from a CPU profile with a source-mapped build of the shipped
// configuration (self time by source module and line of the function). Diagnostics for docs/benchmark.md,
// not part of `npm run bench`. Needs .output/chrome-mv3 (`npm run build`) and ../shared's corpus.
//   node bench/profile-scan.mjs [slug,...] [--kind=sparse|dense|large] [--ms=3000]
//     the warm full rescan (the page table's "ours"), repeated for --ms on each page
//   node bench/profile-scan.mjs large-9mb --kind=large --load
//     the page's load until our work settles: our longest stretches of script (samples in a row with our
//     scripts on the stack, no idle between), each with its top functions
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { buildBench, CONTENT_SCRIPT, SENTINEL_SCRIPT } from './build.mjs';
import { launch, sleep, startServer } from './harness.mjs';
import { largePage, mentionPhrases, realPages, repoRoot } from './pages.mjs';

const argv = process.argv.slice(2);
const args = Object.fromEntries(argv.filter((a) => a.startsWith('--')).map((a) => [a.slice(2).split('=')[0], a.split('=')[1] ?? true]));
const slugs = (argv.find((a) => !a.startsWith('--')) ?? 'aktualne,bbc-1,cnn,ehow-1').split(',');
const kind = args.kind ?? 'sparse';
const budgetMs = Number(args.ms ?? 3000);

const mapped = path.join(repoRoot, '.output', 'bench-sourcemap', 'chrome-mv3');
execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'chrome', '-c', path.join('bench', 'wxt-sourcemap.config.ts')], { cwd: repoRoot, stdio: 'ignore' });
const dir = await buildBench({ quiet: true, dir: path.join(repoRoot, '.output', 'bench-profile') });
const maps = new Map();
for (const file of [CONTENT_SCRIPT, SENTINEL_SCRIPT]) {
  copyFileSync(path.join(mapped, file), path.join(dir, file));
  const map = path.join(mapped, `${file}.map`);
  if (existsSync(map)) maps.set(file, new SourceMap(JSON.parse(readFileSync(map, 'utf8'))));
}

let pages;
if (kind === 'large') {
  const sparse = realPages(mentionPhrases()).filter((p) => p.kind === 'sparse');
  pages = slugs.map((s) => largePage(sparse, Number(/(\d+)mb/.exec(s)?.[1] ?? 3) * 1e6, s));
} else pages = realPages(mentionPhrases(), slugs).filter((p) => p.kind === kind);
const server = await startServer(new Map(pages.map((p) => [`/${p.slug}/`, p.html])));
const h = await launch(dir);

const ours = (url) => maps.has(path.basename(url ?? ''));
function label(f) {
  const file = path.basename(f.url ?? '');
  const map = maps.get(file);
  if (map) {
    const e = map.findEntry(f.lineNumber, f.columnNumber);
    if (e?.originalSource) return `${e.originalSource.replace(/^.*?\/(content|core|utils|entrypoints)\//, '$1/')}:${e.originalLine + 1} ${f.functionName}`;
  }
  return f.url ? `${file} ${f.functionName}` : `(native) ${f.functionName}`;
}

/** Self time by label; with `stretches`, runs of consecutive samples with our scripts on the stack. */
function analyse(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const oursOnStack = new Map();
  const onStack = (id) => {
    if (oursOnStack.has(id)) return oursOnStack.get(id);
    const n = byId.get(id);
    const v = ours(n.callFrame.url) || (parent.has(id) && onStack(parent.get(id)));
    oursOnStack.set(id, v);
    return v;
  };
  const self = new Map();
  const stretches = [];
  let cur = null;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt * 1000;
    const n = byId.get(id);
    const name = n.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') {
      if (cur) stretches.push(cur);
      cur = null;
      return;
    }
    const key = label(n.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    if (onStack(id)) {
      cur ??= { ms: 0, self: new Map(), at: t };
      cur.ms += dt;
      cur.self.set(key, (cur.self.get(key) ?? 0) + dt);
    } else if (cur && name !== '(garbage collector)') {
      stretches.push(cur);
      cur = null;
    }
  });
  if (cur) stretches.push(cur);
  return { self, stretches };
}

const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
try {
  const totals = new Map();
  let totalMs = 0;
  for (const p of pages) {
    if (args.load) {
      await h.page.goto('about:blank');
      await h.cdp.send('Profiler.enable');
      await h.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await h.cdp.send('Profiler.start');
      await h.load(server.url(`/${p.slug}/`));
      await h.waitReady(120_000);
      await h.waitSettled(300, 60_000);
      await sleep(500);
      const { profile } = await h.cdp.send('Profiler.stop');
      const { stretches } = analyse(profile);
      stretches.sort((a, b) => b.ms - a.ms);
      console.log(`${p.slug}: ${stretches.length} stretches of our script; the longest:`);
      for (const s of stretches.slice(0, 5)) {
        console.log(`  ${s.ms.toFixed(1)} ms`);
        for (const [k, ms] of top(s.self, 8)) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${k}`);
      }
      continue;
    }
    await h.load(server.url(`/${p.slug}/`));
    await h.waitReady();
    await h.call('ours', 50);
    await h.cdp.send('Profiler.enable');
    await h.cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await h.cdp.send('Profiler.start');
    const end = Date.now() + budgetMs;
    while (Date.now() < end) await h.call('ours', 100);
    const { profile } = await h.cdp.send('Profiler.stop');
    for (const [k, ms] of analyse(profile).self) {
      totals.set(k, (totals.get(k) ?? 0) + ms);
      totalMs += ms;
    }
  }
  if (!args.load) {
    console.log(`profile of the warm rescan on ${pages.map((p) => p.slug).join(', ')} (${kind}), ${totalMs.toFixed(0)} ms sampled`);
    for (const [k, ms] of top(totals, 40)) console.log(`${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${k}`);
  }
} finally {
  await h.close();
  await server.close();
}
