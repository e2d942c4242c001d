// Issue 7 "Must show": every quotation's passage link (`<source.url>#:~:<passage>`) opened in Chromium and
// Firefox against a local rendering of the article, checking that the browser scrolled to the passage and
// highlighted it (`::target-text` painted magenta, found in a screenshot). The article is read from
// ../shared at test time and never copied into the project.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared } from '../core/test-support/shared-dir.ts';
import { escapeHtml, htmlPage } from './content-world.ts';
import { forEachBrowser, type HarnessPage } from './harness/browsers.ts';
import { repoRoot, SHOTS as SHOTS_ROOT } from './harness/paths.ts';
import { pollUntil } from './harness/poll.ts';
import { isCI, skipWithReason } from './harness/skip.ts';

const SHOTS = path.join(SHOTS_ROOT, 'text-fragments');
const ARTICLE_PATH = '/article/uk-xinjiang.html';
/** Spacer above the article, taller than any viewport, so reaching a passage needs a scroll. */
const SPACER_PX = 2400;
/** Firefox shipped text fragments (and `document.fragmentDirective`) in version 131. */
const FIREFOX_FIRST_SUPPORT = 131;

const pack = JSON.parse(readFileSync(path.join(repoRoot, 'public/packs/cnn-2018-uk-xinjiang.json'), 'utf8')) as {
  quotes: { id: string; text: string; passage?: string }[];
};

/** The article as a page: one escaped `<p>` per non-empty line, below a spacer, with a loud ::target-text. */
function articlePage(articleText: string): string {
  const paragraphs = articleText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  const head =
    '<style>body { font: 16px/1.5 sans-serif; margin: 0 24px; } ::target-text { background-color: rgb(255, 0, 255); color: black }</style>';
  return htmlPage('UK says reports of internment camps broadly accurate (local copy)', `<div style="height: ${SPACER_PX}px"></div>\n${paragraphs}`, { head });
}

interface PassageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface PassageView {
  found: boolean;
  /** The passage's line boxes, in viewport CSS pixels. */
  rects: PassageBox[];
  /** Its top in document coordinates: where it sits before any scroll. */
  documentTop: number;
  scrollY: number;
  viewport: { width: number; height: number };
}

/** Page world: where the exact quotation text is, through a Range over the text node that holds it. */
function locatePassage(quote: string): PassageView {
  const viewport = { width: innerWidth, height: innerHeight };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(quote);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    const top = Math.min(...rects.map((r) => r.top));
    return { found: true, rects, documentTop: top + scrollY, scrollY, viewport };
  }
  return { found: false, rects: [], documentTop: NaN, scrollY, viewport };
}

/** Page world: whether the browser implements text fragments, and its user agent for the message. */
function fragmentSupport(): { supported: boolean; userAgent: string } {
  return { supported: 'fragmentDirective' in document, userAgent: navigator.userAgent };
}

const inViewport = (view: PassageView) =>
  view.rects.length > 0 &&
  view.rects.every((r) => r.top >= 0 && r.bottom <= view.viewport.height && r.left >= 0 && r.right <= view.viewport.width);

/** An 8-bit RGB or RGBA image decoded from a PNG: what both browsers' screenshots are. */
interface Pixels {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
}

/** Decodes a non-interlaced 8-bit RGB/RGBA PNG (all five scanline filters) with node:zlib. */
function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png);
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? data[y * stride + x - channels]! : 0;
      const b = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter} on row ${y}`);
      data[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** Where the magenta of ::target-text shows: inside the passage's boxes, near them, and far from them. */
function magentaCensus(image: Pixels, view: PassageView): { inside: number; insideArea: number; far: number; farExample?: string } {
  const scale = image.width / view.viewport.width; // device pixels per CSS pixel
  const near = 24; // CSS px of slack around the boxes: anti-aliasing and the highlight's own padding
  const within = (x: number, y: number, pad: number) =>
    view.rects.some((r) => x >= r.left - pad && x < r.right + pad && y >= r.top - pad && y < r.bottom + pad);
  let inside = 0;
  let far = 0;
  let farExample: string | undefined;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * image.channels;
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (!(r > 200 && g < 80 && b > 200)) continue;
      const [cx, cy] = [x / scale, y / scale];
      if (within(cx, cy, 0)) inside += 1;
      else if (!within(cx, cy, near)) {
        far += 1;
        farExample ??= `(${Math.round(cx)}, ${Math.round(cy)})`;
      }
    }
  }
  const insideArea = view.rects.reduce((sum, r) => sum + (r.right - r.left) * (r.bottom - r.top), 0) * scale * scale;
  return { inside, insideArea, far, ...(farExample ? { farExample } : {}) };
}

async function screenshotPng(page: HarnessPage, file: string): Promise<Uint8Array> {
  // Both drivers take a PNG of the viewport; their types differ, so narrow before calling.
  const png = page.browserName === 'chromium' ? await page.raw.screenshot() : await page.raw.screenshot({ type: 'png' });
  writeFileSync(file, png);
  return png;
}

/** The browser's version, from a user agent ("Firefox/153.0", "Chrome/156.0..."). */
const majorVersion = (userAgent: string, product: string) => Number(new RegExp(`${product}/(\\d+)`).exec(userAgent)?.[1] ?? NaN);

describeWithShared('text-fragment links to every quotation of the pack', (shared) => {
  const quotes = pack.quotes.filter((q) => q.passage);

  it('has a passage for every quotation of the pack', () => {
    expect(quotes.map((q) => q.id)).toEqual(pack.quotes.map((q) => q.id));
    expect(quotes.length).toBeGreaterThan(0);
  });

  forEachBrowser((env) => {
    beforeAll(() => {
      mkdirSync(SHOTS, { recursive: true });
      env.server.setRoute(ARTICLE_PATH, { body: articlePage(readFileSync(path.join(shared, 'seed', 'article.txt'), 'utf8')) });
    });

    for (const quote of quotes) {
      it(`scrolls to and highlights the passage of "${quote.id}"`, async (ctx) => {
        const url = `${env.server.url(ARTICLE_PATH)}?${encodeURIComponent(quote.id)}#:~:${quote.passage}`;
        const page = await env.browser.newPage();
        ctx.onTestFinished(() => page.close().catch(() => undefined));
        await page.bringToFront();
        await page.goto(url);
        const { supported, userAgent } = await page.evaluate(fragmentSupport);
        if (!supported) {
          const version = env.name === 'firefox' ? majorVersion(userAgent, 'Firefox') : majorVersion(userAgent, 'Chrome');
          const trulyTooOld = env.name === 'firefox' && version < FIREFOX_FIRST_SUPPORT;
          const message = `${env.name} ${version} (${userAgent}) has no document.fragmentDirective`;
          if (!trulyTooOld) throw new Error(`${message}: text fragments are missing from a browser that should have them (disabled by a pref or flag?)`);
          if (isCI()) throw new Error(`${message}: CI=true needs Firefox ${FIREFOX_FIRST_SUPPORT}+ to check the passage links`);
          console.warn(`\n*** SKIPPED text fragments in ${message}: Firefox has them from ${FIREFOX_FIRST_SUPPORT}. ***\n`);
          skipWithReason(ctx, `${env.name} ${version} has no text fragments (Firefox has them from ${FIREFOX_FIRST_SUPPORT})`);
        }
        const unscrolled = await page.evaluate(locatePassage, quote.text);
        expect(unscrolled.found, `the page holds the exact text of ${quote.id}`).toBe(true);
        // Without the browser scrolling, the passage would sit below the first screen.
        expect(unscrolled.documentTop).toBeGreaterThan(unscrolled.viewport.height);
        const view = await pollUntil(() => page.evaluate(locatePassage, quote.text), inViewport, {
          timeout: 5000,
          message: `${env.name} to scroll "${quote.text}" into view`,
        });
        expect(view.scrollY).toBeGreaterThan(0);
        // Painting can trail the scroll by a frame: poll the screenshot too.
        const shot = path.join(SHOTS, `${env.name}-${quote.id}.png`);
        const census = await pollUntil(
          async () => magentaCensus(decodePng(await screenshotPng(page, shot)), await page.evaluate(locatePassage, quote.text)),
          (c) => c.inside > 0,
          { timeout: 5000, message: `magenta ::target-text inside the passage (${shot})` },
        );
        // The background fills the passage's boxes around black glyphs: most of the box is magenta.
        expect(census.inside / census.insideArea, `share of ${quote.id}'s boxes painted magenta (${shot})`).toBeGreaterThan(0.3);
        expect(census.far, `magenta far from the passage, first at ${census.farExample} (${shot})`).toBe(0);
        if (process.env.E2E_VERBOSE) console.log(`${env.name} ${quote.id}: ${Math.round((100 * census.inside) / census.insideArea)}% of the passage magenta`);
      });
    }

    // Controls: the detectors above must see a wrong passage and a missing one, or they prove nothing.
    it('sees the highlight as far from a passage the link does not point to', async (ctx) => {
      const [linked, other] = [quotes.find((q) => q.id === 'hunt-broadly-accurate')!, quotes.find((q) => q.id === 'hunt-lot-of-concern')!];
      const page = await env.browser.newPage();
      ctx.onTestFinished(() => page.close().catch(() => undefined));
      await page.bringToFront();
      await page.goto(`${env.server.url(ARTICLE_PATH)}?control-wrong#:~:${linked.passage}`);
      await pollUntil(() => page.evaluate(locatePassage, linked.text), inViewport, { message: 'the linked passage in view' });
      const otherView = await page.evaluate(locatePassage, other.text);
      expect(inViewport(otherView), 'the neighbouring quotation is on screen too').toBe(true);
      const shot = path.join(SHOTS, `${env.name}-control-wrong.png`);
      const census = await pollUntil(async () => magentaCensus(decodePng(await screenshotPng(page, shot)), otherView), (c) => c.far > 0, {
        message: `magenta away from "${other.id}" (${shot})`,
      });
      expect(census.inside).toBe(0);
    });

    it('neither scrolls nor paints when the passage is not in the page', async (ctx) => {
      const quote = quotes[0]!;
      const page = await env.browser.newPage();
      ctx.onTestFinished(() => page.close().catch(() => undefined));
      await page.bringToFront();
      await page.goto(`${env.server.url(ARTICLE_PATH)}?control-absent#:~:text=${encodeURIComponent('words this article never uses')}`);
      const shot = path.join(SHOTS, `${env.name}-control-absent.png`);
      const view = await page.evaluate(locatePassage, quote.text);
      expect(view.scrollY).toBe(0);
      expect(inViewport(view)).toBe(false);
      const image = decodePng(await screenshotPng(page, shot));
      expect(magentaCensus(image, { ...view, rects: [] }).far, `magenta with no passage to paint (${shot})`).toBe(0);
    });
  });
});
