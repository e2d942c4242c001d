#!/usr/bin/env node
// `npm run screenshots`: builds both browsers' extensions, runs e2e/look.e2e.test.ts (which photographs the
// popup, a card light/dark/right-to-left, the full context, options and welcome in Chromium and Firefox),
// and copies its pictures and the icon PNGs into docs/screenshots/, which is committed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderIcons } from './icons.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'e2e', 'artifacts', 'shots', 'look');
const to = path.join(root, 'docs', 'screenshots');
const run = (args) => {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', args[0]), args.slice(1), { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync(from, { recursive: true, force: true });
run(['wxt', 'build', '-b', 'chrome']);
run(['wxt', 'build', '-b', 'firefox', '--mv3']);
run(['vitest', 'run', '--config', 'e2e/vitest.config.ts', 'e2e/look.e2e.test.ts']);
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const shots = readdirSync(from).filter((f) => f.endsWith('.png'));
for (const file of shots) copyFileSync(path.join(from, file), path.join(to, file));
const icons = renderIcons(path.join(to, 'icons'));
console.log(`${shots.length} screenshots and ${icons.length} icons in ${path.relative(root, to)}/`);
