// Tests that need the project's shared material (../shared: the source article, its metadata, the topic
// corpus) find it here. It sits beside the checkout, not inside it, so a fresh clone may lack it: such tests
// are declared and skipped (counted, with the reason) on a developer's machine and fail in CI, where
// skipping would hide a broken check.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { declareMissing } from './declare-missing.ts';

// From a string, not new URL(): under happy-dom the global URL is the DOM's, which fileURLToPath refuses.
const SIBLING = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared')}/`;

/** The reason every test that needs ../shared gives when it is absent (README.md says where it comes from). */
export const SHARED_MISSING = '../shared not found; see README.md';

/** The shared folder (SHARED_DIR if set, else ../shared beside the checkout), or undefined when absent. */
export function sharedDir(): string | undefined {
  const dir = process.env.SHARED_DIR ?? SIBLING;
  return existsSync(dir) ? dir : undefined;
}

/**
 * Like `describe`, with the shared folder's path. When it is absent the block's tests are still
 * declared and counted as skipped (or failing when CI=true). A block whose test list is itself read
 * from ../shared cannot be listed: what it declared before the first read stays, and one placeholder
 * test stands for the rest.
 */
export function describeWithShared(name: string, fn: (dir: string) => void): void {
  const dir = sharedDir();
  if (dir !== undefined) {
    describe(name, () => fn(dir));
    return;
  }
  const looked = process.env.SHARED_DIR ?? SIBLING;
  console.warn(`(looked for the shared folder at ${looked})`);
  declareMissing(name, SHARED_MISSING, () => {
    try {
      fn(looked);
    } catch {
      it('(the tests this block lists from ../shared)', () => undefined);
    }
  });
}
