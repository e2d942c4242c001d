// Issue 9, security: a hostile page's markup stays inert text to us; a strict CSP with Trusted Types
// sees no violation from us; a page that clears or replaces our highlight cannot make us loop.
import { expect } from 'vitest';
import { contentStates, htmlPage, waitForFirstScan } from './content-world.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';

const RLO = '\u202E';
const PDF = '\u202C';
const LRI = '\u2066';
const PDI = '\u2069';

/** Text that looks like markup and code, next to real mentions, in the page's text and attributes. */
const HOSTILE_BODY = `
<p id="as-text">&lt;script&gt;window.pwned = 'text'&lt;/script&gt; Xinjiang &lt;img src=x onerror="window.pwned='img'"&gt; Uyghur</p>
<p><a href="javascript:window.pwned='link'" onmouseover="window.pwned='hover'" title="&quot;&gt;&lt;svg onload=window.pwned=1&gt;">Kashgar</a> news</p>
<p id="bidi">Reports: ${RLO}Xinjiang${PDF} and ${LRI}Uyghur${PDI} with bidi controls.</p>
<p data-x="&lt;/p&gt;&lt;script&gt;window.pwned='attr'&lt;/script&gt;">Jeremy Hunt on re-education camps</p>
<script type="text/plain">Xinjiang inside a script element is not text to highlight</script>
<noscript>Uyghur inside noscript</noscript>`;

forEachBrowser((env) => {
  itWithPages('treats markup, handlers, javascript: URLs and bidi controls in a page as inert text', async (track) => {
    env.server.setRoute('/hostile/page.html', { body: htmlPage('Hostile', HOSTILE_BODY) });
    const page = track(await env.browser.newPage(env.server.url('/hostile/page.html')));
    const tabId = await env.browser.tabIdFor(page);
    const elementsBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
    await waitForFirstScan(env, page, tabId);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= 7, { message: 'the mentions highlighted' });
    // Exactly the words, bidi controls outside the ranges, nothing from script or noscript.
    expect(texts.map((t) => t.replace(/\s+/g, ' '))).toEqual(['Xinjiang', 'Uyghur', 'Kashgar', 'Xinjiang', 'Uyghur', 'Jeremy Hunt', 're-education camps']);
    await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge === '7', { message: 'badge 7' });
    const state = await page.evaluate(() => ({
      pwned: (window as any).pwned ?? null,
      elements: document.getElementsByTagName('*').length,
      images: document.images.length,
      svgs: document.getElementsByTagName('svg').length,
    }));
    expect(state).toEqual({ pwned: null, elements: elementsBefore, images: 0, svgs: 0 });
  });

  itWithPages('works under a strict CSP with Trusted Types and causes no securitypolicyviolation', async (track) => {
    const csp = "default-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
    // The page's watcher is an external script: its CSP allows no inline script.
    env.server.setRoute('/strict/watch.js', {
      contentType: 'text/javascript; charset=utf-8',
      body: `window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI), true);`,
      headers: { 'content-security-policy': csp },
    });
    env.server.setRoute('/strict/page.html', {
      body: htmlPage('Strict', '<p>Xinjiang and the Uyghur diaspora; Jeremy Hunt spoke of detention.</p><div id="more"></div>', {
        head: '<script src="/strict/watch.js"></script>',
      }),
      headers: { 'content-security-policy': csp },
    });
    const page = track(await env.browser.newPage(env.server.url('/strict/page.html')));
    const tabId = await env.browser.tabIdFor(page);
    // The policy is in force: an inline handler the test tries to add is refused and reported.
    const control = await page.evaluate(async () => {
      try {
        // Trusted Types refuse the string handler (a reported violation); without them, CSP refuses to run it.
        const a = document.createElement('a');
        a.setAttribute('onclick', 'void 0');
        a.click();
      } catch {
        // expected under Trusted Types
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const seen = (window as any).violations.length as number;
      (window as any).violations.length = 0;
      return seen;
    });
    expect(control, 'the CSP reports violations in this browser').toBeGreaterThan(0);
    await waitForFirstScan(env, page, tabId);
    await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length === 3, { message: 'three mentions highlighted' });
    await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge === '3', { message: 'badge 3' });
    // A dynamic change takes the rescan path too.
    await page.evaluate(() => document.getElementById('more')!.append('Later: Kashgar.'));
    await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length === 4, { message: 'the appended mention' });
    expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
  });

  itWithPages('stays quiet and never loops while a page clears and replaces its highlight, and recovers after', async (track) => {
    env.server.setRoute('/hostile/clear.html', {
      body: htmlPage('Clearing', '<p>Xinjiang, Kashgar and a Uyghur poet.</p><div id="more"></div>', {
        head: '<style>::highlight(cc-mention) { background: black; color: black; }</style>',
      }),
    });
    const page = track(await env.browser.newPage(env.server.url('/hostile/clear.html')));
    const tabId = await env.browser.tabIdFor(page);
    await waitForFirstScan(env, page, tabId);
    await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length === 3, { message: 'three mentions highlighted' });
    const workBefore = (await contentStates(env, tabId))[0]!.workMs;
    // 100 rounds, one every 20 ms: the page deletes our entry or puts its own empty Highlight in its
    // place, and counts how often an entry it did not make comes back (our re-registrations).
    // The page finds our entry by its name (it can list the registry) and fights it by that name.
    const name = (await env.browser.highlightNames(tabId))[0] ?? '';
    const result = await page.evaluate(async (target: string) => {
      let ours = 0;
      let rounds = 0;
      const mine = new Set<unknown>();
      while (rounds < 100) {
        const current = CSS.highlights.get(target);
        if (current && !mine.has(current)) ours++;
        if (rounds % 2) CSS.highlights.delete(target);
        else {
          const fake = new Highlight();
          mine.add(fake);
          CSS.highlights.set(target, fake);
        }
        rounds++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      CSS.highlights.delete(target);
      return { ours, rounds };
    }, name);
    const workAfter = (await contentStates(env, tabId))[0]!.workMs;
    console.info(`${env.name}: ${result.rounds} rounds of clearing, our entry came back ${result.ours} time(s), ${(workAfter - workBefore).toFixed(1)} ms of work`);
    // The first round finds our own entry; after that nothing may fight back on its own. (The work's
    // milliseconds are printed above for reading; the benchmark, not this test, judges time.)
    expect(result.rounds).toBe(100);
    expect(result.ours).toBeLessThanOrEqual(2);
    // Quiet while the page leaves it alone...
    await holdsFor(() => page.evaluate((n: string) => CSS.highlights.has(n), name), (has) => !has, { duration: 500, message: 'no re-registration without a change' });
    // ...and back on the next change of the page's text.
    await page.evaluate(() => document.getElementById('more')!.append('Later: Xinjiang again.'));
    await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length === 4, { message: 'all four mentions highlighted again' });
    await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge === '4', { message: 'badge 4' });
  });
});
