import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, it } from 'vitest';
import type { BrowserName } from './browsers.ts';
import { buildDirs } from './paths.ts';

/** On CI a missing prerequisite is a failure, never a silent skip. */
export const isCI = (): boolean => process.env.CI === 'true';

/** Where each browser is looked for, unless CHROMIUM_PATH or FIREFOX_PATH says otherwise. */
export function browserExecutable(name: BrowserName): string {
  return name === 'chromium'
    ? process.env.CHROMIUM_PATH || '/usr/bin/chromium'
    : process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** The build a browser loads by default: `.output/chrome-mv3` or `.output/firefox-mv3`. */
export function defaultExtensionDir(name: BrowserName): string {
  return buildDirs[name];
}

/**
 * Declares a block that cannot run because `reason`: on a developer's machine a skipped describe
 * and a loud warning; with CI=true a failing one, so the run cannot pass by skipping. Pass the
 * block's `body` so its tests are still listed (and counted as skipped or failed).
 */
export function declareMissing(title: string, reason: string, body?: () => void): void {
  const declareTests =
    body ??
    (() => {
      it('needs what is missing', () => undefined);
    });
  if (isCI()) {
    describe(title, () => {
      beforeEach(() => {
        throw new Error(`CI=true and ${reason}: these tests must run on CI.`);
      });
      declareTests();
    });
    return;
  }
  console.warn(`\n*** SKIPPED "${title}": ${reason}. These tests did not run. ***\n`);
  describe.skip(`${title} (skipped: ${reason})`, declareTests);
}

/** What a browser block lacks (the browser or the extension build), or undefined when it can run. */
export function browserMissing(
  name: BrowserName,
  extensionDir = defaultExtensionDir(name),
): { reason: string; declare: (title: string, body?: () => void) => void } | undefined {
  const executable = browserExecutable(name);
  const envName = name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
  let reason: string | undefined;
  if (!existsSync(executable)) reason = `${name} not found at ${executable} (install it or set ${envName})`;
  else if (!existsSync(path.join(extensionDir, 'manifest.json')))
    reason = `no extension build in ${path.relative(process.cwd(), extensionDir) || extensionDir} (run npm run build)`;
  if (!reason) return undefined;
  const missing = reason;
  return { reason: missing, declare: (title, body) => declareMissing(title, missing, body) };
}
