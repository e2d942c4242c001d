// The bench build: a copy of the production Chrome build plus the bench-only probe and mark.js, in
// .output/bench-chrome. The copy's content script must stay byte-identical to the shipped one.
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from './pages.mjs';

export const shippedDir = path.join(repoRoot, '.output', 'chrome-mv3');
export const benchDir = path.join(repoRoot, '.output', 'bench-chrome');
export const CONTENT_SCRIPT = 'mentions.js';
/** The floor's content script: empty, registered in place of ours (bench/floor.mjs), never shipped. */
export const EMPTY_SCRIPT = 'bench-empty-content.js';
/** The popup's floor: an extension page with one line of text and no script, never shipped. */
export const EMPTY_PAGE = 'bench-empty.html';

/**
 * Copies the production build and adds bench-probe.js, mark.min.js and the floor's empty script and page;
 * returns the copy's path. The smoke run uses its own `dir`, so it can run while a full bench runs.
 */
export async function buildBench({ quiet = false, dir = benchDir } = {}) {
  if (!existsSync(path.join(shippedDir, 'manifest.json'))) {
    throw new Error('bench: no production build in .output/chrome-mv3 (run `npm run build` first)');
  }
  rmSync(dir, { recursive: true, force: true });
  cpSync(shippedDir, dir, { recursive: true });
  await build({
    configFile: false,
    logLevel: quiet ? 'silent' : 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      copyPublicDir: false,
      lib: { entry: path.join(repoRoot, 'bench', 'probe.ts'), formats: ['iife'], name: 'contextCardsBenchProbe', fileName: () => 'bench-probe.js' },
    },
  });
  copyFileSync(path.join(repoRoot, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), path.join(dir, 'mark.min.js'));
  writeFileSync(path.join(dir, EMPTY_SCRIPT), '(function () {})();\n');
  writeFileSync(path.join(dir, EMPTY_PAGE), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Context Cards</title></head><body><p id="content">Context Cards</p></body></html>\n');
  checkIdentical(dir);
  return dir;
}

/** What every page gets (registered), which injects CONTENT_SCRIPT where the text passes its pre-check. */
export const SENTINEL_SCRIPT = 'sentinel.js';

/** Throws unless the bench copy's page scripts are byte-identical to the shipped ones; the scanner's length. */
export function checkIdentical(dir = benchDir) {
  const lengths = [CONTENT_SCRIPT, SENTINEL_SCRIPT].map((file) => {
    const shipped = readFileSync(path.join(shippedDir, file));
    if (!shipped.equals(readFileSync(path.join(dir, file)))) throw new Error(`bench: ${file} in the bench build differs from the shipped one`);
    return shipped.length;
  });
  return lengths[0];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildBench();
  console.log(`bench build ready in ${path.relative(repoRoot, benchDir)}`);
}
