import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../../core/test-support/shared-dir.ts';

/** The repository root (the folder holding package.json). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the e2e tests write their screenshots: inside the checkout (git ignores e2e/artifacts/). */
export const SHOTS = path.join(repoRoot, 'e2e', 'artifacts', 'shots');

/** Where `npm run build` puts each browser's production build. */
export const buildDirs = {
  chromium: path.join(repoRoot, '.output', 'chrome-mv3'),
  firefox: path.join(repoRoot, '.output', 'firefox-mv3'),
} as const;

/** Folders the static server serves, by URL prefix. */
export const servedDirs = {
  demo: path.join(repoRoot, 'demo'),
  fixtures: path.join(repoRoot, 'e2e', 'fixtures'),
} as const;

/**
 * The shared real-page corpus (../shared/corpus/pages), or undefined when this checkout has no
 * ../shared. Tests that use it belong inside `describeWithShared` (core/test-support/shared-dir.ts).
 */
export function corpusPagesDir(): string | undefined {
  const shared = sharedDir();
  const dir = shared && path.join(shared, 'corpus', 'pages');
  return dir && existsSync(dir) ? dir : undefined;
}

/**
 * Copies an unpacked extension to a fresh temporary folder, so the browser loads a snapshot that
 * a concurrent `npm run build` cannot change under it. Returns the copy and how to delete it.
 */
export async function snapshotExtension(sourceDir: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'cc-extension-'));
  const dir = path.join(parent, path.basename(sourceDir));
  await cp(sourceDir, dir, { recursive: true });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
