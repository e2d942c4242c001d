// Issue 22, "Where the topic is": on a news front page with one Xinjiang teaser among unrelated items,
// only that teaser's weak terms light; relevance never crosses frames; the badge counts the top frame,
// same-site and readable frames only, and a mention repeated by many frames once (docs/relevance.md).
import { expect } from 'vitest';
import { htmlPage, waitForFirstScan } from './content-world.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';

/** A front page as news sites build them: a header with navigation, sections of teasers (articles, list
 * items, headed cards), a "most read" sidebar, a footer. One teaser is about Xinjiang. */
const FRONT_PAGE = `
<header role="banner"><a href="/">The Daily Example</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/health">Health</a></li></ul></nav>
</header>
<main>
  <section><h2>World</h2>
    <article><h3><a href="/a1">Manzanar internment camp survivors return to the site</a></h3>
      <p>Eighty years on, families gather in the California desert to remember.</p></article>
    <article id="xinjiang"><h3><a href="/a2">Inside Xinjiang: what happened in the internment camps</a></h3>
      <p>Uyghurs describe re-education in what officials call vocational training centres.</p></article>
    <article><h3><a href="/a3">Guantanamo detention camp: the last prisoners</a></h3>
      <p>Lawyers say the remaining cases may take years.</p></article>
  </section>
  <section><h2>Politics</h2>
    <div class="grid">
      <div class="card"><h3><a href="/p1">Chancellor Jeremy Hunt budget: what it means for you</a></h3><p>Taxes, pensions and fuel duty.</p></div>
      <div class="card"><h3><a href="/p2">Council opens a career development center</a></h3><p>Job seekers can book sessions from Monday.</p></div>
    </div>
  </section>
  <section><h2>Health</h2>
    <ul><li><a href="/h1">Pelvic floor re-education after childbirth</a></li><li><a href="/h2">Ten minutes of walking a day</a></li></ul>
  </section>
</main>
<aside><h2>Most read</h2><ol><li><a href="/m1">Jeremy Hunt visits a vocational training centre in Leeds</a></li></ol></aside>
<footer><p>The Daily Example. Contact us.</p></footer>`;

const XINJIANG_ITEM = ['Xinjiang', 'internment camps', 'Uyghurs', 're-education', 'vocational training centres'];

/** Opens `path` on the test server after serving `html` there; returns the page and its tab. */
async function openServed(env: BrowserEnv, track: <P extends HarnessPage>(p: P) => P, path: string, html: string) {
  env.server.setRoute(path, { body: html });
  const page = track(await env.browser.newPage(env.server.url(path)));
  return { page, tabId: await env.browser.tabIdFor(page) };
}

forEachBrowser((env) => {
  itWithPages('lights only the Xinjiang teaser of a front page, and counts only it', async (track) => {
    const { page, tabId } = await openServed(env, track, '/front/index.html', htmlPage('The Daily Example', FRONT_PAGE));
    await waitForFirstScan(env, page, tabId);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= XINJIANG_ITEM.length, { message: 'the Xinjiang teaser lit' });
    expect(texts).toEqual(XINJIANG_ITEM);
    // Every highlight is inside the one teaser.
    const outside = await page.evaluate((name: string) => {
      const item = document.getElementById('xinjiang')!;
      return [...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)].filter((r) => !item.contains(r.startContainer)).length;
    }, (await env.browser.highlightNames(tabId))[0] ?? '');
    expect(outside).toBe(0);
    await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge === String(XINJIANG_ITEM.length), { message: 'badge counts the teaser only' });
    // A strong mention added to another teaser later releases that teaser's weak terms, and no other.
    await page.evaluate(() => document.querySelector('.card p')!.append(' Uyghur groups say relatives were detained.'));
    const after = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length === XINJIANG_ITEM.length + 2, { message: 'the Jeremy Hunt card lit too' });
    expect(after.slice(XINJIANG_ITEM.length)).toEqual(['Jeremy Hunt', 'Uyghur']);
  });

  itWithPages('lets no frame release weak terms in another, and counts tiny cross-site frames not at all and repeated ones once', async (track) => {
    const ad = htmlPage('ad', '<p>Discover Xinjiang and Uyghur crafts.</p>');
    env.server.setRoute('/frames/ad.html', { body: ad });
    env.server.setRoute('/frames/same.html', { body: htmlPage('same', '<p>Same-site frame: Kashgar.</p>') });
    const adUrl = env.server.url('/frames/ad.html', 'site-b.test');
    const tiny = Array.from({ length: 12 }, () => `<iframe src="${adUrl}" width="120" height="60"></iframe>`).join('');
    const readable = Array.from({ length: 3 }, () => `<iframe src="${adUrl}" width="320" height="160"></iframe>`).join('');
    // Only weak terms on top: a strong term in a frame does not release them.
    const top = htmlPage('frames', `<p>Jeremy Hunt spoke to Lu Kang.</p><iframe src="/frames/same.html" width="60" height="40"></iframe>${readable}${tiny}`);
    const { page, tabId } = await openServed(env, track, '/frames/top.html', top);
    await waitForFirstScan(env, page, tabId, { frames: 17, timeout: 20_000 });
    // Each frame highlights what it finds: 1 (same-site) + 15 × 2 (ads); the top frame stays dark.
    const texts = await pollUntil(() => env.browser.highlightTexts(page, { allFrames: true }), (t) => t.length === 31, { message: 'highlights in the frames', timeout: 10_000 });
    expect(texts.filter((t) => t === 'Jeremy Hunt' || t === 'Lu Kang')).toEqual([]);
    // The badge: the same-site frame (1, though tiny) and the ad's two mentions once (three readable copies).
    await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge === '3', { message: 'badge 3', timeout: 10_000 });
    await holdsFor(() => env.browser.badgeText(tabId), (badge) => badge === '3', { duration: 1000, message: 'badge stays 3' });
  }, 60_000);
});
