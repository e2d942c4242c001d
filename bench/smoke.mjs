#!/usr/bin/env node
// A quick run of the benchmark harness on one small page, part of `npm test` so the harness cannot rot.
// Uses the existing production build (.output/chrome-mv3); prints the content script's size gzipped and
// one ratio line. Exits 1 when the harness breaks or the content script finds nothing; the targets are
// for `npm run bench`, not for this single noisy round.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBench, CONTENT_SCRIPT, shippedDir } from './build.mjs';
import { launch, shuffler, startServer } from './harness.mjs';
import { measurePage, markTerms } from './measure.mjs';
import { DENSE_EVERY, injectMentions, makeInert, sharedDir } from './pages.mjs';

const started = Date.now();
const timeout = setTimeout(() => {
  console.error('bench smoke: over 60 s, giving up');
  process.exit(1);
}, 60_000);

/** The corpus's first page with dense mentions, or (without ../shared) a small page of our own. */
function smokePage() {
  const file = path.join(sharedDir, 'corpus', 'pages', '001', 'source.html');
  const phrases = ['Xinjiang', 'Uyghur', 're-education camps', 'Kashgar', 'vocational training centres'];
  if (existsSync(file)) return { name: 'corpus 001 (dense)', html: injectMentions(makeInert(readFileSync(file, 'utf8')), DENSE_EVERY, phrases).html };
  // Said out loud, and a failure on CI: a run on our own small page proves less than one on a real page.
  const why = `${file} not found (../shared is missing; see README.md)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${why}`);
  console.warn(`bench smoke: running on a generated page instead of corpus page 001: ${why}`);
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} of a small page${i % 10 === 3 ? `, mentioning ${phrases[i % phrases.length]}` : ''}.</p>`);
  return { name: 'generated page', html: `<!doctype html><meta charset="utf-8"><title>smoke</title><body>${paragraphs.join('')}</body>` };
}

let h;
let server;
try {
  const gzKb = gzipSync(readFileSync(path.join(shippedDir, CONTENT_SCRIPT)), { level: 9 }).length / 1024;
  console.log(`content script ${CONTENT_SCRIPT}: ${gzKb.toFixed(1)} KB gzipped (target <= 25)`);
  const dir = await buildBench({ quiet: true });
  const page = smokePage();
  server = await startServer(new Map([['/smoke/', page.html]]));
  h = await launch(dir);
  const m = await measurePage(h, server.url('/smoke/'), { rounds: 1, shuffle: shuffler(1), withMark: true, terms: markTerms() });
  console.log(
    `bench smoke (${page.name}, 1 round): floor ${m.floor.ms.toFixed(3)} ms, ours ${m.ours.ms.toFixed(3)} ms, ` +
      `scan/floor=${(m.ours.ms / m.floor.ms).toFixed(2)} markjs/scan=${(m.markjs.ms / m.ours.ms).toFixed(0)} ` +
      `markjsRegExp/scan=${(m.markjsRegExp.ms / m.ours.ms).toFixed(1)} longest-slice-ms=${m.longestSliceMs.toFixed(1)} ` +
      `mentions=${m.ours.count} [${((Date.now() - started) / 1000).toFixed(1)} s]`,
  );
  if (!(m.ours.count > 0)) throw new Error('the content script highlighted nothing on a page full of mentions');
  if (!(m.markjsRegExp.count > 0)) throw new Error('mark.js found nothing: the term list did not reach it');
} catch (error) {
  console.error(`bench smoke failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await h?.close();
  await server?.close();
  clearTimeout(timeout);
}
