#!/usr/bin/env node
// Rasterizes the SVG sources in assets/icon/ to the PNGs the manifest names. The build runs it (wxt.config.ts
// hook), so the PNGs are never stale and never committed; `node scripts/icons.mjs DIR` writes them to DIR.
// resvg-js: a prebuilt renderer from npm, no browser and no system library needed, same pixels everywhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'assets', 'icon');

/** Source SVG → output name and sizes: the extension's icon, then the toolbar's states (16 and 32 px). */
export const ICONS = [
  { source: 'icon.svg', name: 'icon', sizes: [16, 32, 48, 96, 128] },
  { source: 'icon-mentions.svg', name: 'toolbar-mentions', sizes: [16, 32] },
  { source: 'icon-paused.svg', name: 'toolbar-paused', sizes: [16, 32] },
  { source: 'icon-light.svg', name: 'toolbar-light', sizes: [16, 32] },
];

/** Writes every PNG into outDir; returns their file names (e.g. "icon-16.png"). */
export function renderIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const { source, name, sizes } of ICONS) {
    const svg = readFileSync(path.join(sourceDir, source), 'utf8');
    for (const size of sizes) {
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng();
      const file = `${name}-${size}.png`;
      writeFileSync(path.join(outDir, file), png);
      written.push(file);
    }
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(root, '.wxt', 'icons'));
  console.log(`${renderIcons(outDir).length} icons written to ${outDir}`);
}
