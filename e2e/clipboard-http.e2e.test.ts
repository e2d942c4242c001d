// Issue 7: copying works on a page served over plain http. Such a page is not a secure context, so its
// content script has no clipboard API; the content script asks the background to copy a card's strings by
// id (`{ type: 'copyCard', data: { termId, quoteId } }`; issue 23 removed the free-text `copy`), and the
// background builds them from its packs and writes them through an offscreen document in Chrome and the
// background page in Firefox. The test sends that message from the content script's isolated world
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
    // A message nobody answers rejects in Chromium; the test compares the outcome, not the error text.
    return runtime.sendMessage(message).then((answer: unknown) => answer ?? null, () => 'no answer');
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

  /** The strings the background builds for a card copy request (what the clipboard must then hold). */
  const stringsFor = async (tabId: number, data: object) =>
    (await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'cardCopy', data } })) as { text: string; html?: string };

  itWithPages('copies a quotation, text and HTML, through the extension by id from a plain-http page', async (track) => {
    const { tabId } = await openHttpPage('copy', track);
    await writeSentinel('nothing copied yet');
    const data = { termId: 'xinjiang', quoteId: 'hunt-lot-of-concern' };
    const expected = await stringsFor(tabId, data);
    expect(expected.text.length).toBeGreaterThan(20);
    expect(expected.html).toBeTruthy();
    const answer = await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'copyCard', data } });
    expect(answer).toEqual({ ok: true });
    const clip = await pollUntil(readClipboard, (c) => c.text !== 'nothing copied yet', { message: 'the clipboard to change' });
    expect(clip).toEqual({ text: expected.text, html: expected.html });
  });

  itWithPages('copies the source citation when no quotation is named', async (track) => {
    const { tabId } = await openHttpPage('source', track);
    await writeSentinel('nothing copied yet');
    const expected = await stringsFor(tabId, { termId: 'xinjiang' });
    const answer = await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'copyCard', data: { termId: 'xinjiang' } } });
    expect(answer).toEqual({ ok: true });
    const clip = await pollUntil(readClipboard, (c) => c.text !== 'nothing copied yet', { message: 'the clipboard to change' });
    expect(clip).toEqual({ text: expected.text, html: expected.html ?? '' });
  });

  itWithPages('refuses free text, forged offscreen requests and malformed ids, and leaves the clipboard alone', async (track) => {
    const { tabId } = await openHttpPage('malformed', track);
    // One real copy first, so that in Chrome the offscreen document exists and could be reached.
    expect(await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'copyCard', data: { termId: 'xinjiang' } } })).toEqual({ ok: true });
    const sentinel = `untouched ${Date.now()}`;
    await pollUntil(async () => (await writeSentinel(sentinel), (await readClipboard()).text), (t) => t === sentinel, { message: 'the sentinel on the clipboard' });
    const forged = [
      { type: 'copy', data: { text: 'free text from a frame', html: '<b>free</b>' } },
      { target: 'offscreen-copy', text: 'straight to the offscreen document' },
      { type: 'copyCard', data: { text: 'free text from a frame' } },
      { type: 'copyCard', data: { termId: 'no-such-term' } },
      { type: 'copyCard', data: { termId: 'xinjiang', quoteId: 'Not an id!' } },
      { type: 'copyCard', data: null },
    ];
    for (const message of forged) {
      const answer = await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message });
      expect(answer, `answer to ${JSON.stringify(message).slice(0, 60)}`).not.toEqual({ ok: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await readClipboard()).text).toBe(sentinel);
  });

  itWithPages('copies at most a few times a second for one tab', async (track) => {
    const { tabId } = await openHttpPage('burst', track);
    const burst = async ({ tabId }: { tabId: number }) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const func = () => {
        const runtime = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
        return Promise.all(Array.from({ length: 8 }, () => runtime.sendMessage({ type: 'copyCard', data: { termId: 'xinjiang' } })));
      };
      const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func });
      return first.result as { ok: boolean }[];
    };
    const answers = await env.browser.evaluateInExtension(burst, { tabId });
    expect(answers).toHaveLength(8);
    expect(answers.filter((a) => a.ok).length).toBe(3);
  });
}, {
  // Reading the clipboard back needs a user activation in Firefox, which a loaded machine can let lapse
  // between the click that grants it and the read: this test-only pref lets the reader page read without it.
  firefoxPrefs: { 'dom.events.testing.asyncClipboard': true },
});
