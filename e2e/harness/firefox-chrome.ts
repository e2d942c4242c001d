/** Firefox: script the browser's own window (its native context menu, for one), over WebDriver BiDi. */
import type { FirefoxExtension } from './firefox.ts';

/** Runs `expression` in the browser window (system principal); it must evaluate to a JSON string. */
export async function inFirefoxChrome<T>(browser: FirefoxExtension, expression: string): Promise<T> {
  const connection = (browser.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
  if (!context) throw new Error('no chrome browsing context: this Firefox does not let BiDi script its own window (needs 148+ and --remote-allow-system-access)');
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`in the browser window: ${result.exceptionDetails?.text}`);
  return JSON.parse(result.result.value) as T;
}

/** Closes the page's native context menu if it is open. */
export const closeFirefoxMenu = (browser: FirefoxExtension) =>
  inFirefoxChrome(browser, `(document.getElementById('contentAreaContextMenu').hidePopup(), 'true')`);
