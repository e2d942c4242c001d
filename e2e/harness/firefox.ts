import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { ExtensionBrowser, FirefoxPage, HarnessFrame, LaunchOptions } from './browsers.ts';
import { countContentScripts, readLocation } from './page-functions.ts';
import { sharedExtensionMethods } from './extension-methods.ts';
import { pollUntil } from './poll.ts';
import { snapshotExtension } from './paths.ts';
import { browserExecutable, defaultExtensionDir } from './skip.ts';
import { TEST_HOSTS } from './static-server.ts';

/** Firefox with the extension, plus the puppeteer-core browser behind it. */
export interface FirefoxExtension extends ExtensionBrowser {
  readonly name: 'firefox';
  readonly browser: Browser;
  /** Wraps a puppeteer page the browser opened by itself. */
  wrap(page: Page): FirefoxPage;
}

/**
 * Preferences for a hermetic run: the extension's UUID pinned (so its URLs are known before it
 * loads), the `.test` names resolved locally, every other host sent to a dead proxy so nothing
 * reaches the network, and http kept as http.
 */
export function firefoxPrefs(geckoId: string, uuid: string, options: LaunchOptions): Record<string, string | number | boolean> {
  const local = ['127.0.0.1', 'localhost', ...TEST_HOSTS];
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    'network.dns.localDomains': TEST_HOSTS.join(','),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': local.join(','),
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,
    ...(options.locale ? { 'intl.locale.requested': options.locale, 'intl.accept_languages': `${options.locale},en` } : {}),
    // 0 = dark, 1 = light: what pages and extension pages see in prefers-color-scheme.
    ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    ...options.firefoxPrefs,
  };
}

const isExtensionUrl = (url: string) => url.startsWith('moz-extension://');

function wrapFrame(frame: Frame): HarnessFrame {
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as (a: unknown) => any, arg),
  };
}

/**
 * Goes to `url`. Firefox never reports a moz-extension:// navigation as finished over BiDi, so
 * for those the navigation is started and the document polled until it is complete.
 */
async function navigate(page: Page, url: string): Promise<void> {
  if (!isExtensionUrl(url)) {
    await page.goto(url, { waitUntil: 'load' });
    return;
  }
  page.goto(url, { waitUntil: 'load', timeout: 0 }).catch(() => undefined);
  await pollUntil(
    () => page.evaluate(readLocation),
    (where) => where.href === url && where.readyState === 'complete',
    { timeout: 10_000, message: `${url} to load` },
  );
}

/** The common page interface over a puppeteer page. */
function wrapPage(page: Page): FirefoxPage {
  return {
    browserName: 'firefox',
    raw: page,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => any, arg),
    goto: (url) => navigate(page, url),
    reload: async () => {
      const url = page.url();
      if (isExtensionUrl(url)) await navigate(page, url);
      else await page.reload({ waitUntil: 'load' });
    },
    frames: () => page.frames().map(wrapFrame),
    bringToFront: () => page.bringToFront(),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    press: async (key) => {
      // puppeteer presses one key at a time: hold the modifiers of a chord around the last key.
      const keys = key.split('+') as Parameters<Page['keyboard']['press']>[0][];
      const last = keys.pop();
      for (const modifier of keys) await page.keyboard.down(modifier);
      if (last) await page.keyboard.press(last);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => page.close(),
  };
}

/** Launches Firefox ESR (or FIREFOX_PATH) headless over WebDriver BiDi and installs the extension. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxExtension> {
  const snapshot = await snapshotExtension(path.resolve(options.extensionDir ?? defaultExtensionDir('firefox')));
  const extensionDir = snapshot.dir;
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, any>;
  const geckoId = manifest.browser_specific_settings?.gecko?.id as string | undefined;
  if (!geckoId) {
    await snapshot.remove();
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id to pin its UUID`);
  }
  const uuid = randomUUID();
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: browserExecutable('firefox'),
      protocol: 'webDriverBiDi',
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs(geckoId, uuid, options),
    })
    .catch(async (error: unknown) => {
      await snapshot.remove();
      throw error;
    });
  const closeAll = async () => {
    await browser.close();
    await snapshot.remove();
  };
  try {
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== geckoId) throw new Error(`installed add-on id ${installedId}, expected ${geckoId}`);
    const extensionOrigin = `moz-extension://${uuid}`;
    const extensionUrl = (file: string) => `${extensionOrigin}/${file.replace(/^\//, '')}`;
    const newPage = async (url?: string) => {
      const page = wrapPage(await browser.newPage());
      if (url) await page.goto(url);
      return page;
    };
    const openExtensionPage = (file: string) => newPage(extensionUrl(file));
    const popupFile = String(manifest.action?.default_popup ?? 'popup.html');
    const optionsFile = String(manifest.options_ui?.page ?? manifest.options_page ?? 'options.html');

    // Firefox exposes no handle on the background page: extension APIs are called from an
    // extension page kept open for that (the options page when there is one, else the popup).
    let probe: Promise<FirefoxPage> | undefined;
    const probePage = async () => {
      const page = probe ? await probe : undefined;
      if (page && !page.raw.isClosed()) return page;
      probe = openExtensionPage(manifest.options_ui?.page || manifest.options_page ? optionsFile : popupFile);
      return probe;
    };
    const evaluateInExtension: ExtensionBrowser['evaluateInExtension'] = async (fn, arg) => {
      try {
        return await (await probePage()).evaluate(fn, arg);
      } catch (error) {
        // An extension reload closes its pages without puppeteer noticing: open a fresh one, once.
        if (!/no such frame|Browsing Context|Target closed|detached/i.test(String(error))) throw error;
        probe = undefined;
        return (await probePage()).evaluate(fn, arg);
      }
    };

    const extension: FirefoxExtension = {
      name: 'firefox',
      browser,
      extensionId: uuid,
      extensionOrigin,
      extensionDir,
      manifest,
      extensionUrl,
      wrap: wrapPage,
      newPage,
      evaluateInExtension,
      ...sharedExtensionMethods(evaluateInExtension, openExtensionPage, popupFile, optionsFile),
      close: closeAll,
    };
    if (options.waitForContentScripts !== false) {
      // Not an error when none comes: quiet mode registers no content script at all.
      await pollUntil(() => extension.evaluateInExtension(countContentScripts), (count) => count > 0, { timeout: 5000 }).catch(() => undefined);
    }
    return extension;
  } catch (error) {
    await closeAll();
    throw error;
  }
}
