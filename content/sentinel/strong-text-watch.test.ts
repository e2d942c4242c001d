// @vitest-environment happy-dom
// The sentinel's watch against the scanner on the same documents: wherever the scanner (PageScanner, with
// the plan the background builds) finds a mention, the watch's walk passes, on the topic corpus's texts
// (../shared/corpus/topic) laid out as pages do (cut into inline elements, in a shadow root, with ruby and
// soft hyphens), and on unit texts. Then what it watches later: appended text, edited text, shadow roots.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { commonWordsOf } from '../../core/match/common-words';
import { matcherFromPlan } from '../../core/match/matcher-from-plan';
import { planMatcher } from '../../core/match/plan-matcher';
import { strongPreCheck } from '../../core/match/strong-pre-check';
import { keyedTerms } from '../../core/pack/term-key';
import type { MatchTerm } from '../../core/match/types';
import { describeWithShared } from '../../core/test-support/shared-dir';
import { PageScanner } from '../page-scanner';
import { StrongTextWatch } from './strong-text-watch';

(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};

// From a path, not new URL(): under happy-dom the global URL is the DOM's.
const PACK_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as {
  id: string;
  terms: MatchTerm[];
  commonWords?: string[];
};
const plan = planMatcher(keyedTerms([pack]), commonWordsOf([pack]));
const matcher = matcherFromPlan(plan);
const check = strongPreCheck(plan.strongAnchors);

afterEach(() => document.body.replaceChildren());

/** Whether the scanner finds any mention in the document as it is (its whole walk, shadow roots included). */
function scannerFinds(): boolean {
  const life = new AbortController();
  const scanner = new PageScanner({ doc: document, matcher, signal: life.signal, ownHost: () => null, onChange: () => undefined });
  scanner.start();
  scanner.scanAllNow();
  life.abort();
  return scanner.store.size > 0;
}

function watchPasses(): boolean {
  return new StrongTextWatch({ doc: document, check, onHit: () => undefined }).checkAllNow();
}

/** A small seeded generator, so a layout that fails can be built again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INLINE = ['b', 'span', 'a', 'em', 'i'];
type Layout = 'plain' | 'cut' | 'shadow' | 'ruby' | 'soft-hyphens' | 'blocks';
const LAYOUTS: Layout[] = ['plain', 'cut', 'shadow', 'ruby', 'soft-hyphens', 'blocks'];

/** Lays `text` out in the body: whole, cut into inline elements or blocks, in a shadow root, with ruby
 * annotations over CJK letters, or with soft hyphens inside words. */
function layOut(text: string, layout: Layout, rnd: () => number): void {
  const p = document.createElement('p');
  const cuts = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => Math.floor(rnd() * text.length)))].sort((a, b) => a - b);
  const pieces = [0, ...cuts, text.length].slice(1).map((end, i, ends) => text.slice(i ? ends[i - 1] : 0, end)).filter((t) => t);
  if (layout === 'cut' || layout === 'blocks') {
    pieces.forEach((piece, i) => {
      const el = document.createElement(layout === 'blocks' ? 'div' : INLINE[i % INLINE.length]!);
      el.textContent = piece;
      p.append(i % 2 ? el : document.createTextNode(piece));
    });
  } else if (layout === 'ruby') {
    for (const ch of text) {
      if (ch.charCodeAt(0) >= 0x4e00 && ch.charCodeAt(0) <= 0x9fff && rnd() < 0.3) {
        const ruby = document.createElement('ruby');
        const rt = document.createElement('rt');
        rt.textContent = 'xīn';
        ruby.append(ch, rt);
        p.append(ruby);
      } else p.append(ch);
    }
  } else if (layout === 'soft-hyphens') {
    p.textContent = text.replace(/(\p{L})(\p{L})/gu, (m, a: string, b: string) => (rnd() < 0.2 ? `${a}\u00AD${b}` : m));
  } else p.textContent = text;
  if (layout === 'shadow') {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(p);
    document.body.append(host);
  } else document.body.append(p);
}

/** Lays each text out every way; counts the layouts where the scanner found something (each one the watch passed). */
function compare(texts: readonly string[], seed: number, every = true): { found: number; missed: string[]; passedEmpty: number; total: number } {
  const rnd = random(seed);
  let found = 0;
  let passedEmpty = 0;
  let total = 0;
  const missed: string[] = [];
  for (const text of texts) {
    // Every layout, or (a long corpus) the cut one and one other picked at random.
    const layouts = every ? LAYOUTS : (['cut', LAYOUTS[Math.floor(rnd() * LAYOUTS.length)]!] as Layout[]);
    for (const layout of layouts) {
      document.body.replaceChildren();
      layOut(text, layout, rnd);
      total++;
      const scanner = scannerFinds();
      const watch = watchPasses();
      if (scanner) found++;
      if (scanner && !watch) missed.push(`${layout}: ${text.slice(0, 80)}`);
      if (!scanner && watch) passedEmpty++;
    }
  }
  return { found, missed, passedEmpty, total };
}

describe('the watch passes every document where the scanner finds a mention', () => {
  it('on unit texts', () => {
    const texts = [
      'Reports from Xinjiang described the camps.',
      'The Uyghur diaspora in Istanbul.',
      'UYGHURS AND KAZAKHS',
      'Xin­jiang, written with a soft hyphen',
      'Sin\u200Bkiang, with a zero-width space',
      '联合国呼吁中国释放新疆再教育营的维吾尔人',
      'XİNJİANG in Turkish capitals',
      'so-called vocational education and training centres',
      'A quiet page about gardening and soup.',
    ];
    const { found, missed, passedEmpty } = compare(texts, 1);
    expect(missed).toEqual([]);
    expect(found).toBeGreaterThan(30);
    // Not everything passes: a page about soup never gets the scanner.
    expect(passedEmpty).toBeLessThan(texts.length * LAYOUTS.length - found);
  });

  it('on texts made of variants and noise, cut anywhere (property)', () => {
    const variants = pack.terms.flatMap((t) => t.variants.map((v) => v.text));
    const text = fc.array(fc.oneof(fc.constantFrom(' ', 'and ', '’s', '-', '\u00AD', 'x', '新'), fc.constantFrom(...variants)), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.integer(), (t, seed) => {
        expect(compare([t], seed).missed).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describeWithShared('the topic corpus, laid out as pages', (shared) => {
  const dir = join(shared, 'corpus', 'topic');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const paragraphs = files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p));

  it(`never misses where the scanner finds a mention (${files.length} texts)`, () => {
    const { found, missed, passedEmpty, total } = compare(paragraphs, 27, false);
    expect(missed).toEqual([]);
    // Both sides see mentions in the positive texts, and the watch is no pass-everything: most paragraphs
    // without a mention are not passed.
    expect(found).toBeGreaterThan(100);
    expect(passedEmpty).toBeLessThan((total - found) / 2);
  }, 120_000);
});

describe('what the watch sees later', () => {
  const watching = () => {
    const hits: number[] = [];
    const watch = new StrongTextWatch({ doc: document, check, onHit: () => hits.push(Date.now()) });
    watch.start();
    return { watch, hits };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 250));
  const el = (tag: string, text: string, id?: string) => Object.assign(document.createElement(tag), { textContent: text }, id ? { id } : {});

  it('passes nothing on a page without a mention, then the mention the page appends', async () => {
    document.body.append(el('p', 'A page about soup.'));
    const { watch, hits } = watching();
    await settle();
    expect(watch.firstWalkDone).toBe(true);
    expect(hits).toEqual([]);
    const p = document.createElement('p');
    p.append('Later: news from ', Object.assign(document.createElement('b'), { textContent: 'Xin' }), 'jiang.');
    document.body.append(p);
    await settle();
    expect(hits).toHaveLength(1);
    expect(watch.running).toBe(false);
  });

  it('passes text the page edits in place, and a word completed in the next node', async () => {
    const p = el('p', '');
    p.append(el('span', 'Xin'), el('span', 'gapore', 't'));
    document.body.append(p);
    const { hits } = watching();
    await settle();
    expect(hits).toEqual([]);
    (document.getElementById('t')!.firstChild as Text).data = 'jiang';
    await settle();
    expect(hits).toHaveLength(1);
  });

  it('passes text in an open shadow root, found at the start and added later', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Nothing here.' }));
    document.body.append(host);
    const { hits } = watching();
    await settle();
    expect(hits).toEqual([]);
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Uyghur families' }));
    await settle();
    expect(hits).toHaveLength(1);
  });

  it('stops when told: nothing is walked or watched after', async () => {
    document.body.append(el('p', 'Soup.'));
    const { watch, hits } = watching();
    watch.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Xinjiang' }));
    await settle();
    expect(hits).toEqual([]);
  });
});
