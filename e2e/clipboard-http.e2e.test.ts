// Issue 7: copying works on a page served over plain http. Such a page is not a secure context, so its
// content script has no clipboard API; the content script asks the background to copy
// (`{ type: 'copy', data: { text, html } }`), which writes through an offscreen document in Chrome and
// the background page in Firefox. The test sends that message from the content script's isolated world
// of a real http://site-a.test page and reads the clipboard back from a focused extension page: Chromium
// needs clipboard-read, granted to the test's browser only; Firefox lets an extension page read without a
// paste prompt what its own origin (the background page) wrote. The manifest gains no clipboardRead.
import { expect } from 'vitest';
import { htmlPage } from './content-world.ts';
import { clipboardReader, readClipboardHere, type Clip } from './harness/clipboard-reader.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';


const PAGE = htmlPage('Plain http', '<p>A page on a plain-http origin, with nothing on it to highlight.</p>');

/** Extension context: sends `message` to the background from the content script world of a tab's top frame. */
async function sendFromContentWorld({ tabId, message }: { tabId: number; message: unknown }): Promise<unknown> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const func = (message: unknown) => {
    const runtime = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
    return runtime.sendMessage(message);
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func, args: [message] });
  return first.result;
}

forEachBrowser((env: BrowserEnv) => {
  const reader = clipboardReader(env);
  const readClipboard = async (): Promise<Clip> => {
    const clip = await (await reader()).evaluate(readClipboardHere);
    // Chromium may prefix read-back HTML with a charset meta tag; the content is what is compared.
    return { text: clip.text, html: clip.html.replace(/^<meta charset=['"]?utf-8['"]?>/i, '') };
  };
  const writeSentinel = async (text: string) => (await reader()).evaluate((t: string) => navigator.clipboard.writeText(t), text);

  /** Opens the plain-http page and checks it really lacks a clipboard API. */
  const openHttpPage = async (name: string, track: <P extends HarnessPage>(p: P) => P) => {
    env.server.setRoute(`/clipboard-http/${name}.html`, { body: PAGE });
    const url = env.server.url(`/clipboard-http/${name}.html`, 'site-a.test');
    expect(url.startsWith('http://site-a.test:')).toBe(true);
    const page = track(await env.browser.newPage(url));
    const tabId = await env.browser.tabIdFor(page);
    const world = await page.evaluate(() => ({ secure: isSecureContext, clipboard: typeof navigator.clipboard }));
    expect(world, 'a plain-http page is no secure context and has no navigator.clipboard').toEqual({ secure: false, clipboard: 'undefined' });
    return { page, tabId };
  };

  itWithPages('copies text and HTML through the extension from a plain-http page', async (track) => {
    const { tabId } = await openHttpPage('copy', track);
    await writeSentinel('nothing copied yet');
    const text = `“Quoted” — Speaker, on http ${env.name} ${Date.now()}`;
    const html = `<i>Quoted</i> &amp; cited on ${env.name}`;
    const answer = await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'copy', data: { text, html } } });
    expect(answer).toEqual({ ok: true });
    const clip = await pollUntil(readClipboard, (c) => c.text !== 'nothing copied yet', { message: 'the clipboard to change' });
    expect(clip).toEqual({ text, html });
  });

  itWithPages('copies plain text alone when no HTML is given', async (track) => {
    const { tabId } = await openHttpPage('text-only', track);
    await writeSentinel('nothing copied yet');
    const text = `Plain line one\nPlain line two (${env.name})`;
    const answer = await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'copy', data: { text } } });
    expect(answer).toEqual({ ok: true });
    const clip = await pollUntil(readClipboard, (c) => c.text !== 'nothing copied yet', { message: 'the clipboard to change' });
    expect(clip).toEqual({ text, html: '' });
  });

  itWithPages('refuses a malformed copy request and leaves the clipboard alone', async (track) => {
    const { tabId } = await openHttpPage('malformed', track);
    const sentinel = `untouched ${Date.now()}`;
    await writeSentinel(sentinel);
    for (const data of [{ text: 42 }, { text: 'x'.repeat(100_001) }, null]) {
      const answer = await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'copy', data } });
      expect(answer, `answer to ${JSON.stringify(data)?.slice(0, 40)}`).toEqual({ ok: false });
    }
    expect((await readClipboard()).text).toBe(sentinel);
  });
}, {
  // Reading the clipboard back needs a user activation in Firefox, which a loaded machine can let lapse
  // between the click that grants it and the read: this test-only pref lets the reader page read without it.
  firefoxPrefs: { 'dom.events.testing.asyncClipboard': true },
});
