import { existsSync } from 'node:fs';
import path from 'node:path';
import { declareMissing } from '../../core/test-support/declare-missing.ts';
import type { BrowserName } from './browsers.ts';
import { buildDirs } from './paths.ts';

export { declareMissing, declareNotApplicable, isCI, skipWithReason } from '../../core/test-support/declare-missing.ts';

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
