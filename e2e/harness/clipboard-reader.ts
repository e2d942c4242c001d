/** A focused extension page to read the clipboard from (Chromium: clipboard-read granted for the test). */
import type { BrowserEnv, HarnessPage } from './browsers.ts';
import type { ChromiumExtension } from './chromium.ts';

/** Returns a function giving the (one, reused) options page, brought to the front for clipboard reads. */
export function clipboardReader(env: BrowserEnv): () => Promise<HarnessPage> {
  let readerPage: HarnessPage | undefined;
  return async () => {
    if (!readerPage) {
      if (env.name === 'chromium') await (env.browser as ChromiumExtension).context.grantPermissions(['clipboard-read', 'clipboard-write']);
      readerPage = await env.browser.openOptions();
    }
    await readerPage.bringToFront();
    return readerPage;
  };
}

/** The clipboard's plain text and HTML ('' when a flavour is absent). */
export type Clip = { text: string; html: string };

/** Extension page (run with `evaluate`, so self-contained): the clipboard's plain text and HTML. */
export async function readClipboardHere(): Promise<Clip> {
  const out = { text: '', html: '' };
  for (const item of await navigator.clipboard.read()) {
    if (item.types.includes('text/plain')) out.text = await (await item.getType('text/plain')).text();
    if (item.types.includes('text/html')) out.html = await (await item.getType('text/html')).text();
  }
  return out;
}

/**
 * The HTML part as written: Chromium may prefix what it reads back with a charset meta tag, and
 * Firefox serialises a ClipboardItem's HTML as a whole document; both wrappers are the browser's.
 */
export function unwrapClipHtml(html: string): string {
  return html
    .replace(/^<meta charset=['"]?utf-8['"]?>/i, '')
    .replace(/^<html><head><\/head><body>([\s\S]*)<\/body><\/html>$/, '$1');
}
