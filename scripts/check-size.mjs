#!/usr/bin/env node
// The content script's size budget: it is injected into every page, so its gzipped size is checked after
// each build and this fails when either browser's build grows past the limit (the card UI's too, injected on
// a frame's first card). Raise the limit on purpose,
// in the same commit as the code that needs it, and say why there.
// Usage: node scripts/check-size.mjs [--limit-kb=N]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped kilobytes (level 9, as the benchmark reports them) the content script may take. Raised from 25 to 30
 * as the card grew inside it (docs/benchmark.md); lowered to 15 when the card's UI moved out to be injected on
 * the first card of a frame and the page scripts dropped the polyfill (14.2 KB; issue 27, decision 003); set to
 * 16.5 when that session's other work, merged after it, brought it to 16.2 KB (decision 003 lists what grew);
 * back to 15 when the page scripts got a second minifier pass and the keyboard's steps and the card's content
 * requests moved into the card UI (14.7 KB; session 13); 15.5 once pack-qualified keys and the scanner's
 * per-element caches, merged after it, brought it to 15.2 KB (decision 003).
 */
export const CONTENT_SCRIPT_BUDGET_KB = 15.5;

/** The card's UI (`card-ui.js`), injected on a frame's first card: its size is the first card's wait (14.6 KB). */
export const CARD_UI_BUDGET_KB = 16;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const limitArg = process.argv.find((a) => a.startsWith('--limit-kb='));
const limitKb = limitArg ? Number(limitArg.split('=')[1]) : CONTENT_SCRIPT_BUDGET_KB;

let failed = false;
const checks = [['mentions.js', limitKb], ['card-ui.js', CARD_UI_BUDGET_KB]];
for (const [name, limit] of checks) for (const build of ['chrome-mv3', 'firefox-mv3']) {
  const file = path.join(root, '.output', build, name);
  if (!existsSync(file)) {
    console.error(`size budget: ${path.relative(root, file)} is missing (run \`npm run build\` first)`);
    failed = true;
    continue;
  }
  const bytes = readFileSync(file);
  const gzKb = gzipSync(bytes, { level: 9 }).length / 1024;
  const over = gzKb > limit;
  failed ||= over;
  console.log(`size budget: ${build}/${name} ${(bytes.length / 1024).toFixed(1)} KB, ${gzKb.toFixed(1)} KB gzipped, limit ${limit} KB ${over ? '✗ OVER' : '✓'}`);
}
process.exitCode = failed ? 1 : 0;
