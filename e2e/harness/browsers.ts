import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { skippedTitle } from '../../core/test-support/declare-missing.ts';
import { browserMissing, declareMissing, declareNotApplicable } from './skip.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** A document or frame the harness can run code in. */
export interface HarnessFrame {
  url(): string;
  /** Runs `fn(arg)` in the page's own world (not the content script's) and returns its result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

interface BasePage extends HarnessFrame {
  /** Loads `url` and waits for its load event (extension pages in Firefox: until it is complete). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The main frame and every nested frame. */
  frames(): HarnessFrame[];
  bringToFront(): Promise<void>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Presses a key or chord ('Tab', 'Alt+Shift+N') in the focused element. */
  press(key: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}
/** A Chromium tab; `raw` is the playwright-core Page for anything the common methods do not cover. */
export interface ChromiumPage extends BasePage {
  readonly browserName: 'chromium';
  readonly raw: PlaywrightPage;
}
/** A Firefox tab; `raw` is the puppeteer-core Page. */
export interface FirefoxPage extends BasePage {
  readonly browserName: 'firefox';
  readonly raw: PuppeteerPage;
}
export type HarnessPage = ChromiumPage | FirefoxPage;

/** Options for launching either browser with the extension. */
export interface LaunchOptions {
  /** The unpacked extension (copied before loading); defaults to the production build for that browser. */
  extensionDir?: string;
  /** UI language, for example 'zh-CN' (Chromium `--lang`, Firefox `intl.locale.requested`). */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Extra Chromium command-line switches. */
  chromiumArgs?: string[];
  /** Extra Firefox preferences. */
  firefoxPrefs?: Record<string, string | number | boolean>;
  /**
   * Wait (up to 5 s, without failing) until the extension has a content script declared or
   * registered before returning, so the first page a test opens is not racing the install.
   * Default true; quiet-mode tests, where none is registered, may turn it off to save the wait.
   */
  waitForContentScripts?: boolean;
}

/** A real browser running the extension, with the same helpers in Chromium and Firefox. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Chromium's extension id, or Firefox's pinned moz-extension UUID. */
  readonly extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  readonly extensionOrigin: string;
  /** The folder the browser loaded: a temporary copy of the build (see snapshotExtension). */
  readonly extensionDir: string;
  /** The built manifest.json the browser loaded. */
  readonly manifest: Record<string, any>;
  /** URL of a file of the extension ('popup.html'). */
  extensionUrl(file: string): string;
  /** Opens a new tab, at `url` when given (waiting for its load event). */
  newPage(url?: string): Promise<HarnessPage>;
  /** The extension API's tab id of a page (matched by URL; give pages distinct URLs). */
  tabIdFor(page: HarnessPage): Promise<number>;
  /** The toolbar badge text of a tab ('' when none). */
  badgeText(tabId: number): Promise<string>;
  /**
   * Runs `fn(arg)` in an extension context (Chromium: the service worker; Firefox: an extension
   * page) where `chrome`, and in Firefox `browser`, are defined. `fn` must be self-contained.
   */
  evaluateInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Opens `popup.html?tab=<tabId>` (the active tab when no id) in a new tab. */
  openPopup(tabId?: number): Promise<HarnessPage>;
  /** Opens the options page in a new tab. */
  openOptions(): Promise<HarnessPage>;
  /** Opens any extension page in a new tab and waits until it has loaded. */
  openExtensionPage(file: string): Promise<HarnessPage>;
  /** Texts of the mention highlight's ranges in document order (main frame, or all frames); by default the
   * highlights the tab's content scripts name (random per document). */
  highlightTexts(page: HarnessPage, options?: { name?: string; allFrames?: boolean }): Promise<string[]>;
  /** The random mention highlight names of a tab's content scripts (top frame, or all frames), from their
   * isolated worlds. */
  highlightNames(tabId: number, allFrames?: boolean): Promise<string[]>;
  close(): Promise<void>;
}

/** Launches `name` with the extension loaded. */
export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** Options of {@link forEachBrowser}: launch options, with the unpacked extension given per browser. */
export interface ForEachBrowserOptions extends Omit<LaunchOptions, 'extensionDir'> {
  /** Defaults to the production builds in .output/. */
  extensionDirs?: Partial<Record<BrowserName, string>>;
  /** Only these browsers, for behaviour that only one of them can show; the others list the tests as skipped. */
  only?: readonly BrowserName[];
  /** Why the tests do not apply to the browsers left out by `only` (shown with the skip). */
  onlyBecause?: string;
}

/** What each browser's test body can use; the getters work inside tests and hooks. */
export interface BrowserEnv {
  readonly name: BrowserName;
  readonly browser: ExtensionBrowser;
  readonly server: StaticServer;
}

/** Why a browser is left out of this run by E2E_BROWSERS ('chromium', 'firefox', comma-separated), or undefined. */
export function leftOutBy(name: BrowserName, setting = process.env.E2E_BROWSERS): string | undefined {
  const wanted = setting?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted?.length || wanted.includes(name)) return undefined;
  return `left out by E2E_BROWSERS=${setting}`;
}

/**
 * Declares the same tests once per browser, each in a `describe(<browser>)` that launches the
 * browser with the extension and a static server before its tests and closes them after. When the
 * browser or the build is missing, the block is skipped loudly (or fails when CI=true; see skip.ts).
 */
export function forEachBrowser(body: (env: BrowserEnv) => void, options: ForEachBrowserOptions = {}): void {
  for (const name of BROWSER_NAMES) {
    const { extensionDirs, only, onlyBecause, ...rest } = options;
    const launchOptions: LaunchOptions = { ...rest, extensionDir: extensionDirs?.[name] };
    const unavailable = (reason: string) => (): never => {
      throw new Error(`${name} is unavailable: ${reason}`);
    };
    // Tests that cannot run are still declared, so they are listed and counted as skipped (or failed on CI).
    const declared = (reason: string) => () => body({ name, get browser() { return unavailable(reason)(); }, get server() { return unavailable(reason)(); } });
    if (only && !only.includes(name)) {
      const reason = `does not apply to ${name}: ${onlyBecause ?? 'see the test file'}`;
      declareNotApplicable(name, reason, declared(reason));
      continue;
    }
    const leftOut = leftOutBy(name);
    if (leftOut) {
      declareMissing(name, leftOut, declared(leftOut));
      continue;
    }
    const missing = browserMissing(name, launchOptions.extensionDir);
    if (missing) {
      missing.declare(name, declared(missing.reason));
      continue;
    }
    describe(name, () => {
      let browser: ExtensionBrowser | undefined;
      let server: StaticServer | undefined;
      beforeAll(async () => {
        server = await startStaticServer();
        browser = await launchBrowser(name, launchOptions);
      }, 60_000);
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      }, 30_000);
      const env: BrowserEnv = {
        name,
        get browser() {
          if (!browser) throw new Error(`${name} did not start (see the beforeAll error above)`);
          return browser;
        },
        get server() {
          if (!server) throw new Error('the static server did not start');
          return server;
        },
      };
      body(env);
    });
  }
}

/** `it` that closes the pages it opened even when it fails: `itWithPages('...', async (track) => { const p = track(await b.newPage()) })`. */
export function itWithPages(name: string, fn: (track: <P extends HarnessPage>(page: P) => P) => Promise<void>, timeout?: number): void {
  it(
    name,
    async () => {
      const opened: HarnessPage[] = [];
      try {
        await fn((page) => {
          opened.push(page);
          return page;
        });
      } finally {
        await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
      }
    },
    timeout,
  );
}

/**
 * `itWithPages` for behaviour only some browsers can show: in the others the test is listed as
 * skipped with `because` (never a test that returns early and passes).
 */
export function itWithPagesIn(
  env: BrowserEnv,
  browsers: readonly BrowserName[],
  because: string,
  name: string,
  fn: (track: <P extends HarnessPage>(page: P) => P) => Promise<void>,
  timeout?: number,
): void {
  if (browsers.includes(env.name)) itWithPages(name, fn, timeout);
  else it.skip(skippedTitle(name, `does not apply to ${env.name}: ${because}`), () => undefined);
}
