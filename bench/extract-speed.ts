// Extraction time per corpus page in Node (jsdom parse + Readability + the engine + the pack), wall and CPU
// time, each page run twice and the second run kept (the first pays for compiling). Prints median and max.
// Run: npm run bench:extract. The shared corpus (../shared/corpus/pages) is required.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';

const dir = process.env.SHARED_DIR ? `${process.env.SHARED_DIR}/corpus/pages` : fileURLToPath(new URL('../../shared/corpus/pages', import.meta.url));
const rows: Array<{ slug: string; kb: number; wall: number; cpu: number; ok: boolean }> = [];
for (const slug of readdirSync(dir).sort()) {
  let html: string;
  try {
    html = readFileSync(`${dir}/${slug}/source.html`, 'utf8');
  } catch {
    continue;
  }
  let wall = 0;
  let cpu = 0;
  let ok = false;
  for (let run = 0; run < 2; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const outcome = await extractHtmlInNode(html, { readDay: '2026-12-06' });
    wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu = (c.user + c.system) / 1000;
    ok = outcome.ok;
  }
  rows.push({ slug, kb: Math.round(html.length / 1024), wall, cpu, ok });
  process.stdout.write(`${slug.padEnd(40)} ${String(rows.at(-1)!.kb).padStart(6)} kB  ${wall.toFixed(0).padStart(6)} ms wall  ${cpu.toFixed(0).padStart(6)} ms cpu  ${ok ? 'pack' : 'refused'}\n`);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const largest = rows.reduce((a, b) => (b.kb > a.kb ? b : a), rows[0]!);
console.log(`\n${rows.length} pages. Wall: median ${median(rows.map((r) => r.wall)).toFixed(0)} ms, max ${Math.max(...rows.map((r) => r.wall)).toFixed(0)} ms. CPU: median ${median(rows.map((r) => r.cpu)).toFixed(0)} ms, max ${Math.max(...rows.map((r) => r.cpu)).toFixed(0)} ms.`);
console.log(`Largest page ${largest.slug} (${largest.kb} kB): ${largest.wall.toFixed(0)} ms wall, ${largest.cpu.toFixed(0)} ms cpu. Targets: typical < 150 ms, largest < 1000 ms.`);
