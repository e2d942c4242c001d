// Issue 5 "Must show": the in-page card in Chromium and Firefox. Hover opens it with the term's quotation,
// moving away and Esc close it, next/previous move between mentions, clicks open it without breaking links,
// axe finds nothing in the card's views, and screenshots on light, dark and fixed-header pages.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, expect } from 'vitest';
import { card, closedCard, expectedQuotes, inside, mouseClick, mouseMove, openCard, openScanned, pack, pointAt, shippedMessage, SHOTS, step } from './card-support.ts';
import { htmlPage } from './content-world.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';
import { repoRoot } from './harness/paths.ts';

/** A page with a fixed header and a fixed banner at the bottom, both on the page's highest z-index. */
const FIXED_HEADER_PAGE = htmlPage(
  'Fixed header',
  `<header style="position:fixed;top:0;left:0;right:0;height:64px;background:#123;color:#fff;z-index:2147483647;padding:16px;font:20px system-ui">A site with a fixed header</header>
   <main style="padding:80px 24px 0;font:17px/1.6 system-ui;max-width:40rem">
     <p>Under the header: the British Foreign Secretary, Jeremy Hunt, spoke to Parliament about the people detained in camps in Xinjiang.</p>
     ${'<p>Filler paragraph about something else entirely.</p>'.repeat(4)}
     <p>Near the banner: Lu Kang answered at a regular press briefing.</p>
   </main>
   <div style="position:fixed;bottom:0;left:0;right:0;height:180px;background:#fc0;z-index:2147483647;padding:16px;font:18px system-ui">A cookie banner that covers the bottom of the page</div>`,
);

/** Extension context: the open card's computed text and background colours, from the content script's world. */
async function cardColours({ tabId }: { tabId: number }): Promise<{ text: string; background: string }> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const probe = () => {
    const el: HTMLElement | null = (globalThis as any)[Symbol.for('context-cards.card')]?.element ?? null;
    const style = el ? getComputedStyle(el) : null;
    return { text: style?.color ?? '', background: style?.backgroundColor ?? '' };
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: probe });
  return first.result;
}

/** Relative luminance (0 black to 1 white) of a computed `rgb()`/`rgba()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => Number(c) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  if (r === undefined || g === undefined || b === undefined) throw new Error(`not a colour: "${colour}"`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

forEachBrowser((env) => {
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
    env.server.setRoute('/card-fixed-header.html', { body: FIXED_HEADER_PAGE });
  });

  itWithPages('opens a card on hover that shows the term\'s quotation, and closes it when the pointer moves away', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-hover'), track);
    const { x, y } = await pointAt(page, 'Jeremy Hunt');
    await mouseMove(page, x, y);
    const open = await openCard(env, tabId, 'a hover card for Jeremy Hunt');
    expect(open.mode).toBe('hover');
    expect(open.termId).toBe('jeremy-hunt');
    expect(open.heading).toBe('Jeremy Hunt');
    expect(open.quotes).toEqual(expectedQuotes('jeremy-hunt'));
    expect(inside(open), JSON.stringify(open.rect)).toBe(true);
    // WCAG 1.4.13: the pointer may move onto the card, and the card stays.
    await mouseMove(page, (open.rect!.left + open.rect!.right) / 2, open.rect!.top + 20);
    await holdsFor(() => card(env, tabId), (s) => s.shown, { duration: 700, message: 'the card to stay while the pointer is on it' });
    await mouseMove(page, 2, 2);
    await closedCard(env, tabId, 'the hover card to close after the pointer left');
    await page.screenshot(path.join(SHOTS, `card-${env.name}-after-close.png`));
  });

  itWithPages('closes an open card on Esc and leaves Esc to the page otherwise', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-esc'), track);
    await page.evaluate(() => {
      (window as any).escSeen = 0;
      addEventListener('keydown', (e) => { if (e.key === 'Escape') (window as any).escSeen++; });
    });
    await page.press('Escape');
    expect(await page.evaluate(() => (window as any).escSeen)).toBe(1);
    const { x, y } = await pointAt(page, 'Lu Kang');
    await mouseMove(page, x, y);
    await openCard(env, tabId, 'a hover card for Lu Kang');
    await page.press('Escape');
    await closedCard(env, tabId, 'Esc to close the card');
    // The Esc that closed the card was ours alone.
    expect(await page.evaluate(() => (window as any).escSeen)).toBe(1);
  });

  itWithPages('moves between mentions with next and previous, opening each one\'s card and announcing it', async (track) => {
    const { tabId } = await openScanned(env, env.server.demoUrl('?card-step'), track);
    await step(env, tabId, 1);
    const first = await pollUntil(() => card(env, tabId), (s) => s.shown && /^Mention 1 of \d+: /.test(s.live), { message: 'mention 1 announced' });
    const total = Number(/of (\d+)/.exec(first.live)![1]);
    expect(total).toBeGreaterThan(3);
    expect(first.mode).toBe('pinned');
    expect(first.live).toBe(`Mention 1 of ${total}: ${first.heading}`);
    await step(env, tabId, 1);
    const second = await pollUntil(() => card(env, tabId), (s) => s.live.startsWith('Mention 2 of'), { message: 'mention 2 announced' });
    expect(second.live).toBe(`Mention 2 of ${total}: ${second.heading}`);
    await step(env, tabId, -1);
    const back = await pollUntil(() => card(env, tabId), (s) => s.live.startsWith('Mention 1 of'), { message: 'back to mention 1' });
    expect(back.termId).toBe(first.termId);
    await step(env, tabId, -1);
    await pollUntil(() => card(env, tabId), (s) => s.live.startsWith(`Mention ${total} of ${total}`), { message: 'previous from the first wraps to the last' });
  });

  itWithPages('adds one attribute-less host only while a card is open, and keeps key presses in the card from the page', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-host'), track);
    const children = () => page.evaluate(() => [...document.documentElement.children].map((e) => ({ name: e.localName, attributes: e.attributes.length })));
    const before = await children();
    expect(before.map((c) => c.name)).toEqual(['head', 'body']);
    await page.evaluate(() => {
      (window as any).keysSeen = [];
      addEventListener('keydown', (e) => (window as any).keysSeen.push(e.key));
    });
    await step(env, tabId, 1);
    await pollUntil(() => card(env, tabId), (s) => s.shown && s.live.startsWith('Mention 1'), { message: 'the first mention\'s card' });
    const during = await children();
    expect(during.length).toBe(3);
    const host = during[2]!;
    expect(host.attributes).toBe(0);
    expect(host.name).toMatch(/^[a-z]{3}-[a-z]{5}$/);
    // Focus is in the card: a key pressed now stays there.
    await page.press('j');
    await page.press('Escape');
    await closedCard(env, tabId);
    expect(await page.evaluate(() => (window as any).keysSeen)).toEqual([]);
    expect((await children()).map((c) => c.name)).toEqual(['head', 'body']);
  });

  itWithPages('opens a card on click, which stays when the pointer leaves', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-click'), track);
    const { x, y } = await pointAt(page, 'Lu Kang');
    await mouseClick(page, x, y);
    const open = await openCard(env, tabId, 'a card opened by click');
    expect(open.mode).toBe('pinned');
    expect(open.quotes).toEqual(expectedQuotes('lu-kang'));
    await mouseMove(page, 2, 2);
    await holdsFor(() => card(env, tabId), (s) => s.shown, { duration: 800, message: 'a clicked card to stay' });
    await mouseClick(page, 2, 2);
    await closedCard(env, tabId, 'a click elsewhere to close the card');
  });

  itWithPages('follows a link when a mention inside it is clicked, and pins no card', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-link'), track);
    const { x, y } = await pointAt(page, 'Uyghur', { inLink: true });
    await mouseClick(page, x, y);
    await pollUntil(() => page.evaluate(() => location.hash), (hash) => hash === '#background', { message: 'the link to be followed' });
    // Resting the pointer on it may open a hover card; the click itself must not pin one.
    await holdsFor(() => card(env, tabId), (s) => s.mode !== 'pinned', { duration: 700, message: 'no pinned card for a click inside a link' });
  });

  itWithPages('keeps the card above fixed headers and banners, inside the viewport', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.url('/card-fixed-header.html'), track);
    const { x, y } = await pointAt(page, 'Lu Kang');
    const viewportHeight = await page.evaluate(() => innerHeight);
    expect(y, 'the mention must be above the banner to be clicked').toBeLessThan(viewportHeight - 180);
    await pollUntil(() => env.browser.highlightTexts(page), (texts) => texts.includes('Lu Kang'), { message: 'Lu Kang highlighted' });
    await mouseClick(page, x, y);
    const open = await openCard(env, tabId, 'a card near the bottom banner');
    expect(inside(open), JSON.stringify(open.rect)).toBe(true);
    await page.screenshot(path.join(SHOTS, `card-${env.name}-fixed-banner.png`));
    await page.press('Escape');
    const top = await pointAt(page, 'Jeremy Hunt');
    await mouseClick(page, top.x, top.y);
    const under = await openCard(env, tabId, 'a card under the fixed header');
    expect(inside(under), JSON.stringify(under.rect)).toBe(true);
    await page.screenshot(path.join(SHOTS, `card-${env.name}-fixed-header.png`));
  });

  itWithPages('shows the card on the light demo page: the term, its quotations, the citation copy, light colours', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-light'), track);
    const { x, y } = await pointAt(page, 'Xinjiang');
    await mouseClick(page, x, y);
    const open = await openCard(env, tabId);
    expect(open.mode).toBe('pinned');
    expect(open.termId).toBe('xinjiang');
    expect(open.heading).toBe(pack.terms.find((t) => t.id === 'xinjiang')?.label);
    expect(open.quotes).toEqual(expectedQuotes('xinjiang'));
    // Every item names its source (the quotations, then the dates): today the curated one.
    expect(open.state).toBe('ready');
    expect(open.sources.length).toBeGreaterThanOrEqual(open.quotes.length);
    for (const named of open.sources) expect(named).toMatch(new RegExp(`^CNN, .* · ${shippedMessage('en', 'card_sourceCurated')}$`));
    // The card's actions; each quotation's own "Copy quotation" is clicked in copy.e2e.test.ts.
    expect(open.buttons.some((label) => label.startsWith('Copy citation'))).toBe(true);
    expect(inside(open), JSON.stringify(open.rect)).toBe(true);
    // Light page, light card: dark text on a light background.
    const colours = await env.browser.evaluateInExtension(cardColours, { tabId });
    expect(luminance(colours.background), JSON.stringify(colours)).toBeGreaterThan(0.6);
    expect(luminance(colours.text), JSON.stringify(colours)).toBeLessThan(0.3);
    await page.screenshot(path.join(SHOTS, `card-${env.name}-light.png`));
  });

  itWithPages('finds no accessibility violations in the card\'s views (axe-core, light and dark)', async (track) => {
    const bundle = await componentBundle();
    env.server.setRoute('/card-axe.html', { body: htmlPage('Card views', `<main id="views"></main><script>${bundle}</script>`) });
    const page = track(await env.browser.newPage(env.server.url('/card-axe.html')));
    const mounted = await pollUntil(() => page.evaluate(() => document.querySelectorAll('.cc-context').length), (n) => n > 0, { message: 'the views to mount' });
    expect(mounted).toBe(pack.terms.length * 2);
    await page.screenshot(path.join(SHOTS, `card-${env.name}-views.png`));
    const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const violations = await page.evaluate(async (source: string) => {
      // Injected as a script element (the test page has no CSP), so no eval is needed.
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return (result.violations as any[]).map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target?.join(' ')}`);
    }, axeSource);
    expect(violations).toEqual([]);
  }, 60_000);
});

forEachBrowser(
  (env) => {
    itWithPages('shows a dark card on the dark demo page', async (track) => {
      mkdirSync(SHOTS, { recursive: true });
      const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-dark'), track);
      const { x, y } = await pointAt(page, 'Jeremy Hunt');
      await mouseMove(page, x, y);
      await openCard(env, tabId);
      const theme = await env.browser.evaluateInExtension(async ({ tabId }: { tabId: number }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const [first] = await api.scripting.executeScript({
          target: { tabId },
          world: 'ISOLATED',
          func: () => (globalThis as any)[Symbol.for('context-cards.card')]?.element?.dataset.theme ?? null,
        });
        return first.result as string | null;
      }, { tabId });
      expect(theme).toBe('dark');
      await page.screenshot(path.join(SHOTS, `card-${env.name}-dark.png`));
    });
  },
  { colorScheme: 'dark' },
);

/** The card's views (TermContext for every term, in both themes, inside CardView) bundled for a plain page. */
async function componentBundle(): Promise<string> {
  const entry = `
    import { h, render } from 'preact';
    import pack from './public/packs/cnn-2018-uk-xinjiang.json';
    import messages from './public/_locales/en/messages.json';
    import { CardView } from './content/card/card-view';
    import { cardStyles } from './content/card/card-styles';
    import { termContent } from './core/pack/term-content';
    import { setMessageSource } from './utils/i18n';
    setMessageSource((key, subs = []) => {
      const entry = messages[key];
      if (!entry) return '';
      const named = entry.message.replace(/\\$([A-Za-z0-9_@]+)\\$/g, (_, n) => entry.placeholders?.[n.toLowerCase()]?.content ?? '');
      return named.replace(/\\$(\\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
    }, 'en-GB');
    const style = document.createElement('style');
    style.textContent = cardStyles + '.cc-card{position:static;margin:12px;display:block}';
    document.head.append(style);
    const views = document.getElementById('views');
    const noop = () => {};
    for (const theme of ['light', 'dark']) {
      pack.terms.forEach((term, i) => {
        const box = document.createElement('div');
        box.className = 'cc-root cc-card';
        box.dataset.theme = theme;
        box.setAttribute('role', 'dialog');
        box.setAttribute('aria-label', 'Context card: ' + term.label);
        views.append(box);
        // Every other view also shows a reader's source (its labels and per-item source names are checked too).
        const reader = { ...pack, id: 'reader-copy', terms: [], source: { ...pack.source, publisher: 'A reader source' },
          termLinks: [{ termId: term.id, quoteIds: term.quoteIds, eventIds: term.eventIds }] };
        const sources = [{ pack, label: { kind: 'curated' } }, ...(i % 2 ? [{ pack: reader, label: { kind: 'added', reviewedAt: i % 4 === 1 ? null : '2026-12-01T10:00:00Z' } }] : [])];
        render(h(CardView, {
          termId: term.id, label: term.label, content: termContent({ packId: pack.id, termId: term.id }, sources), state: 'ready', locale: 'en-GB', citationStyleName: 'APA 7th edition', idPrefix: theme + i,
          status: i === 0 ? 'Copied to the clipboard.' : undefined,
          manualCopy: i === 1 ? 'Text to copy by hand' : undefined,
          onClose: noop, onCopyCitation: noop, onCopyQuote: noop, onMute: noop, onOpenContext: noop,
        }), box);
      });
    }`;
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'tsx', sourcefile: 'card-views-entry.tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  // Inline in a <script>: a "</script" inside the bundle would end it early.
  return result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
}
