// Tests that need the project's shared material (../shared: the source article, its metadata, the topic
// corpus) find it here. It sits beside the checkout, not inside it, so a fresh clone may lack it: such tests
// skip loudly on a developer's machine and fail in CI, where skipping would hide a broken check.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const SIBLING = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** The shared folder (SHARED_DIR if set, else ../shared beside the checkout), or undefined when absent. */
export function sharedDir(): string | undefined {
  const dir = process.env.SHARED_DIR ?? SIBLING;
  return existsSync(dir) ? dir : undefined;
}

/** Like `describe`, with the shared folder's path; skips with a warning when it is absent, throws when CI=true. */
export function describeWithShared(name: string, fn: (dir: string) => void): void {
  const dir = sharedDir();
  if (dir !== undefined) {
    describe(name, () => fn(dir));
    return;
  }
  const why = `shared folder not found (looked for ${process.env.SHARED_DIR ?? SIBLING}); see DEVELOPERS.md`;
  if (process.env.CI === 'true') throw new Error(`${name}: ${why}. CI must not skip this test.`);
  console.warn(`\n!!! SKIPPED "${name}": ${why}\n`);
  describe.skip(name, () => {});
}
