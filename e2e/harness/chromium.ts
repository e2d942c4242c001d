import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import type { ChromiumPage, ExtensionBrowser, HarnessFrame, LaunchOptions } from './browsers.ts';
import { countContentScripts } from './page-functions.ts';
import { sharedExtensionMethods } from './extension-methods.ts';
import { pollUntil } from './poll.ts';
import { snapshotExtension } from './paths.ts';
import { browserExecutable, defaultExtensionDir } from './skip.ts';

/** Chromium with the extension, plus the playwright-core handles behind it. */
export interface ChromiumExtension extends ExtensionBrowser {
  readonly name: 'chromium';
  readonly context: BrowserContext;
  /** The extension's service worker (the live one: it is looked up again if it restarted). */
  serviceWorker(): Promise<Worker>;
  /** Wraps a playwright page the context opened by itself (a window.open, a link with target). */
  wrap(page: Page): ChromiumPage;
}

/**
 * Host rules: the `.test` names go to the local server and every other name fails to resolve, so
 * a test can never reach the network (the page's own remote images included).
 */
export function chromiumHostRules(): string {
  return [`MAP *.test 127.0.0.1`, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(',');
}

function wrapFrame(frame: Frame): HarnessFrame {
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as (a: unknown) => any, arg),
  };
}

/** The common page interface over a playwright page. */
function wrapPage(page: Page): ChromiumPage {
  return {
    browserName: 'chromium',
    raw: page,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => any, arg),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    frames: () => page.frames().map(wrapFrame),
    bringToFront: () => page.bringToFront(),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.close(),
  };
}

/** Launches Debian Chromium (or CHROMIUM_PATH) headless with the unpacked extension loaded. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumExtension> {
  const snapshot = await snapshotExtension(path.resolve(options.extensionDir ?? defaultExtensionDir('chromium')));
  const extensionDir = snapshot.dir;
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, any>;
  const profile = await mkdtemp(path.join(os.tmpdir(), 'cc-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Keep http on the .test hosts: they exist to be non-secure origins.
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    `--host-resolver-rules=${chromiumHostRules()}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(options.locale ? [`--lang=${options.locale}`] : []),
    ...(options.chromiumArgs ?? []),
  ];
  const removeFiles = async () => {
    await rm(profile, { recursive: true, force: true });
    await snapshot.remove();
  };
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: browserExecutable('chromium'),
      headless: true,
      args,
      locale: options.locale,
      // --lang alone left about one launch in three in en-US here: Chromium on Linux also reads the UI
      // language from the environment.
      ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale.replace('-', '_'), LANG: `${options.locale.replace('-', '_')}.UTF-8` } } : {}),
      colorScheme: options.colorScheme,
      // Playwright's defaults include --disable-extensions, which would undo --load-extension.
      ignoreDefaultArgs: ['--disable-extensions'],
    })
    .catch(async (error: unknown) => {
      await removeFiles();
      throw error;
    });
  try {
    const workerFile = String(manifest.background?.service_worker ?? 'background.js');
    const isOurWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://') && worker.url().endsWith(`/${workerFile}`);
    const findWorker = async (timeout = 10_000): Promise<Worker> =>
      context.serviceWorkers().find(isOurWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout }));
    const extensionId = new URL((await findWorker(20_000)).url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}`;
    const extensionUrl = (file: string) => `${extensionOrigin}/${file.replace(/^\//, '')}`;
    const evaluateInExtension: ExtensionBrowser['evaluateInExtension'] = async (fn, arg) =>
      (await findWorker()).evaluate(fn as (a: unknown) => any, arg);
    const newPage = async (url?: string) => {
      const page = wrapPage(await context.newPage());
      if (url) await page.goto(url);
      return page;
    };
    const openExtensionPage = (file: string) => newPage(extensionUrl(file));
    const popupFile = String(manifest.action?.default_popup ?? 'popup.html');
    const optionsFile = String(manifest.options_ui?.page ?? manifest.options_page ?? 'options.html');

    const browser: ChromiumExtension = {
      name: 'chromium',
      context,
      extensionId,
      extensionOrigin,
      extensionDir,
      manifest,
      extensionUrl,
      serviceWorker: () => findWorker(),
      wrap: wrapPage,
      newPage,
      evaluateInExtension,
      ...sharedExtensionMethods(evaluateInExtension, openExtensionPage, popupFile, optionsFile),
      close: async () => {
        await context.close();
        await removeFiles();
      },
    };
    if (options.waitForContentScripts !== false) {
      // Not an error when none comes: quiet mode registers no content script at all.
      await pollUntil(() => browser.evaluateInExtension(countContentScripts), (count) => count > 0, { timeout: 5000 }).catch(() => undefined);
    }
    return browser;
  } catch (error) {
    await context.close();
    await removeFiles();
    throw error;
  }
}
