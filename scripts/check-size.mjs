#!/usr/bin/env node
// The page scripts' size budgets, checked after each build in both browsers: the sentinel, injected into
// every page; the scanner, injected into a frame whose text passes the sentinel's strong pre-check; the card
// UI, injected on a frame's first card. This fails when one grows past its limit. Raise a limit on purpose,
// in the same commit as the code that needs it, and say why there (decision 003).
// Usage: node scripts/check-size.mjs [--limit-kb=N] (N: the scanner's limit)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzipped kilobytes the sentinel (`sentinel.js`, every page, issue 27) may take. */
export const SENTINEL_BUDGET_KB = 4;

/**
 * Gzipped kilobytes (level 9, as the benchmark reports them) the scanner (`mentions.js`) may take: every page's
 * content script until session 14, now injected only where the sentinel's pre-check passes. Raised from 25 to 30
 * as the card grew inside it (docs/benchmark.md); lowered to 15 when the card's UI moved out to be injected on
 * the first card of a frame and the page scripts dropped the polyfill (14.2 KB; issue 27, decision 003); set to
 * 16.5 when that session's other work, merged after it, brought it to 16.2 KB (decision 003 lists what grew);
 * back to 15 when the page scripts got a second minifier pass and the keyboard's steps and the card's content
 * requests moved into the card UI (14.7 KB; session 13); 15.5 once pack-qualified keys and the scanner's
 * per-element caches, merged after it, brought it to 15.2 KB (decision 003); 16.5 in session 14, when it became
 * the topic pages' script only and its climbs and first compilations learned to resume across slices (15.9 KB);
 * 17 in session 16: session 15's Firefox dense-node work (ranges drawn a frame after their styles, visibility
 * judged after a frame, the drawn window) took it to 16.49 KB, and the first scan's "drawn" flag to 16.51.
 */
export const CONTENT_SCRIPT_BUDGET_KB = 17;

/** The card's UI (`card-ui.js`), injected on a frame's first card: its size is the first card's wait (14.6 KB). */
export const CARD_UI_BUDGET_KB = 16;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const limitArg = process.argv.find((a) => a.startsWith('--limit-kb='));
const limitKb = limitArg ? Number(limitArg.split('=')[1]) : CONTENT_SCRIPT_BUDGET_KB;

let failed = false;
const checks = [['sentinel.js', SENTINEL_BUDGET_KB], ['mentions.js', limitKb], ['card-ui.js', CARD_UI_BUDGET_KB]];
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
