// CPU profile of one frame section (deep chain or dense node) with our content script: where the renderer's
// main thread spends its time, by function (self time), so a slow frame can be laid at the right code.
// Usage: node bench/profile-frames.mjs [deep|deepVisible|dense] [--dir=.output/bench-chrome] [--top=25]
// Reuses the bench build (run `npm run bench -- --only=deep` once first).
import { launch, sleep, startServer } from './harness.mjs';
import { appendToChain, deepChainPage, denseNodePage, longestFrame, resetFrames } from './frames.mjs';
import { mentionPhrases } from './pages.mjs';

const args = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')).map(([k, v]) => [k, v ?? true]));
const which = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'deep';
const dir = typeof args.dir === 'string' ? args.dir : '.output/bench-chrome';
const top = Number(args.top ?? 25);
const phrases = mentionPhrases();
const topic = phrases.filter((m) => /xinjiang|uyghur/i.test(m));
const routes = new Map([
  ['/deep/', deepChainPage(8000, 'div', true)],
  ['/deepVisible/', deepChainPage(2000, 'div', false)],
  ['/dense/', denseNodePage(phrases, 10_000)],
]);
const server = await startServer(routes);
const h = await launch(dir);
try {
  await h.cdp.send('Profiler.enable');
  await h.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const url = server.url(`/${which}/`) + '?bench-frames';
  if (which === 'dense') await h.cdp.send('Profiler.start');
  await h.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (which !== 'dense') {
    await sleep(600);
    await resetFrames(h.page);
    await h.cdp.send('Profiler.start');
    await appendToChain(h.page, topic, 400, 30);
    await sleep(1500);
  } else {
    await sleep(3000);
  }
  const { profile } = await h.cdp.send('Profiler.stop');
  const frame = await longestFrame(h.page, { fromStart: which === 'dense' });
  await h.inject();
  const stats = await h.call('stats');
  // Self time by function (and by script: ours is mentions.js).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0) / 1000);
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id) => { const c = byId.get(id).callFrame; return `${c.functionName || '(anon)'} ${c.url.split('/').pop() || '(native)'}:${c.lineNumber + 1}:${c.columnNumber + 1}`; };
  // Native calls (querySelectorAll, checkVisibility...) by the script function that made them.
  const byCaller = new Map();
  for (const [id, ms] of self) {
    if (byId.get(id).callFrame.url) continue;
    let p = parent.get(id);
    const chain = [];
    for (let k = 0; p !== undefined && k < 3; k++, p = parent.get(p)) chain.push(name(p));
    const key = `${byId.get(id).callFrame.functionName} <- ${chain.join(' <- ')}`;
    byCaller.set(key, (byCaller.get(key) ?? 0) + ms);
  }
  const byFn = new Map();
  const byScript = new Map();
  for (const [id, ms] of self) {
    const { callFrame: c } = byId.get(id);
    const file = c.url.split('/').pop() || '(native)';
    const key = `${c.functionName || '(anon)'} ${file}:${c.lineNumber + 1}:${c.columnNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    byScript.set(file, (byScript.get(file) ?? 0) + ms);
  }
  // The longest stretch of consecutive samples in our script (a slice and the render after it), and where
  // its time went.
  const underPump = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.url.endsWith('mentions.js')) return true;
    return false;
  };
  let best = { ms: 0, from: 0, to: 0 };
  for (let i = 0, start = -1, ms = 0; i <= profile.samples.length; i++) {
    const inside = i < profile.samples.length && underPump(profile.samples[i]);
    if (inside) {
      if (start < 0) [start, ms] = [i, 0];
      ms += (dt[i + 1] ?? 0) / 1000;
    } else if (start >= 0) {
      if (ms > best.ms) best = { ms, from: start, to: i };
      start = -1;
    }
  }
  const inSlice = new Map();
  for (let i = best.from; i < best.to; i++) {
    const chain = [];
    for (let at = profile.samples[i], k = 0; at !== undefined && k < 5; at = parent.get(at), k++) chain.push(name(at).split(' ')[0]);
    const key = `${name(profile.samples[i])} <- ${chain.slice(1).join(' <- ')}`;
    inSlice.set(key, (inSlice.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${v.toFixed(1).padStart(9)} ms  ${k}`).join('\n');
  console.log(`${which}: longest frame ${frame.ms.toFixed(1)} ms (LoAF ${frame.loafMs.toFixed(1)}, rAF gap ${frame.gapMs.toFixed(1)}); our longest slice ${stats.longestSliceMs.toFixed(1)} ms, work ${stats.workMs.toFixed(1)} ms, mentions ${stats.mentions}`);
  console.log(`self time by script:\n${fmt(byScript)}`);
  console.log(`self time by function:\n${fmt(byFn)}`);
  console.log(`native self time by caller:\n${fmt(byCaller)}`);
  console.log(`the longest stretch of samples in our script (${best.ms.toFixed(1)} ms), self time by function:\n${fmt(inSlice)}`);
} finally {
  await h.close();
  await server.close();
}
