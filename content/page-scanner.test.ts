// @vitest-environment happy-dom
// The scanner's second walk for weak terms once a page turns relevant (issue 8): only what was checked for
// strong terms only is walked again, and the list of such roots stays bounded on a page that never turns
// relevant.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../core/match/plan-matcher';
import { PageScanner } from './page-scanner';
import { shippedPack, track } from './test-support/scanner-dom';

const terms = shippedPack.terms;

function scanner(calls?: { full: number; strong: number }, onChange: () => void = () => undefined): PageScanner {
  const controller = new AbortController();
  track(controller);
  const matcher = compileMatcher(terms);
  if (calls) {
    matcher.quickCheck(''); // it compiles itself at its first call, and puts the compiled check in its place
    const { quickCheck, quickCheckStrong } = matcher;
    matcher.quickCheck = (text) => (calls.full++, quickCheck(text));
    matcher.quickCheckStrong = (text) => (calls.strong++, quickCheckStrong(text));
  }
  const s = new PageScanner({ doc: document, matcher, signal: controller.signal, ownHost: () => null, onChange });
  s.start();
  return s;
}

/** Waits until the scanner has no work scheduled or queued and its work counter stops moving. */
async function settled(s: PageScanner): Promise<void> {
  let last = -1;
  for (let quiet = 0; quiet < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    quiet = s.workMs === last && s.firstScanFinished && !s.busy ? quiet + 1 : 0;
    last = s.workMs;
  }
}

/** Appends `count` paragraphs with a weak mention only, each added on its own (one block per mutation). */
async function appendWeak(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const p = document.createElement('p');
    p.textContent = `Report ${i} on internment camps.`;
    document.body.append(p);
    if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Appends a paragraph with a strong mention: the page's one region (the body) turns relevant. */
function strongParagraph(): void {
  const p = document.createElement('p');
  p.textContent = 'Reports from Xinjiang.';
  document.body.append(p);
}

describe('PageScanner and a page that turns relevant', () => {
  it('finds weak mentions walked before the page was relevant, once it is', async () => {
    const s = scanner();
    await appendWeak(10);
    await settled(s);
    expect(s.store.size).toBe(0); // weak terms alone: not even looked for yet
    strongParagraph();
    await settled(s);
    expect(s.store.size).toBe(11);
    expect(s.store.shown(new Set(), null).shown).toHaveLength(11);
  });

  it('walks again only what it checked for strong terms only, not the rest of the page', async () => {
    // A strong mention in the 11th of 200 paragraphs: the first 11 were checked for strong terms only.
    const paragraphs = Array.from({ length: 200 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = i === 10 ? 'Reports from Xinjiang.' : `Paragraph ${i} on internment camps.`;
      return p;
    });
    document.body.append(...paragraphs);
    const calls = { full: 0, strong: 0 };
    const s = scanner(calls);
    await settled(s);
    expect(s.store.relevant).toBe(true);
    expect(s.store.size).toBe(200);
    expect(calls.strong).toBeGreaterThanOrEqual(11);
    // Each paragraph once for every term and once more as its run (it holds a mention), and the first 11
    // once more: about 400. Walking the whole page again, as before, made it about 780.
    expect(calls.full).toBeLessThan(2 * 200 + 40);
    expect(calls.full).toBeGreaterThan(200);
  });

  it('still finds them all when more blocks were walked than it remembers (it walks every root again)', async () => {
    const s = scanner();
    await appendWeak(300);
    await settled(s);
    expect(s.store.size).toBe(0);
    strongParagraph();
    await settled(s);
    expect(s.store.size).toBe(301);
  });
});

describe('PageScanner and a block too long for one piece', () => {
  it('finds exactly what one pass finds in one long text node, over many slices', async () => {
    const pre = document.createElement('pre');
    pre.textContent = Array.from({ length: 3000 }, (_, i) => `${i} report line about ${i % 2 ? 'Xinjiang' : 'Uyghurs'} and the weather`).join('\n');
    document.body.append(pre);
    const text = pre.textContent;
    let changes = 0;
    const s = scanner(undefined, () => changes++);
    await settled(s);
    const found = [...s.store.all()].map((r) => [r.range.startOffset, r.range.endOffset, r.termId]).sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(found).toEqual(compileMatcher(terms).find(text).map((m) => [m.start, m.end, m.termId]));
    expect(found).toHaveLength(3000);
    // Matched a piece at a time: told of changes as it went (after a frame, at most one a frame), not once.
    expect(changes).toBeGreaterThan(1);
  });

  const phrases = ['Xinjiang Uyghur Autonomous Region', 're-education camps', 'Uyghurs', 'vocational education and training centres', 'Kashgar'];
  /** One paragraph of thousands of links; every fourth holds a mention split over two elements, so the
   * pieces' ends fall inside mentions, some of which would be cut into shorter ones ("Uyghur"). */
  function longParagraph(shift: number): HTMLElement {
    const p = document.createElement('p');
    for (let i = 0; i < 2400; i++) {
      const a = document.createElement('a');
      if (i % 4 === 1) {
        const phrase = phrases[i % phrases.length]!;
        const cut = (i + shift) % (phrase.length - 1) + 1;
        const b = document.createElement('b');
        b.textContent = phrase.slice(cut);
        a.append(phrase.slice(0, cut), b);
      } else a.textContent = `reader${'x'.repeat((i * 7 + shift) % 11)}${i}`;
      p.append(a, ', ');
    }
    document.body.append(p);
    return p;
  }

  for (const shift of [0, 3, 7, 12, 20, 31]) {
    it(`finds exactly what one pass over the whole block finds (layout ${shift})`, async () => {
      const p = longParagraph(shift);
      const text = p.textContent!;
      expect(text.length).toBeGreaterThan(8 * 4096);
      const starts = new Map<Node, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(), at = 0; t; at += (t as Text).data.length, t = walker.nextNode()) starts.set(t, at);
      const s = scanner();
      await settled(s);
      const found = [...s.store.all()]
        .map((r) => [starts.get(r.range.startContainer)! + r.range.startOffset, starts.get(r.range.endContainer)! + r.range.endOffset, r.termId])
        .sort((a, b) => (a[0] as number) - (b[0] as number));
      const expected = compileMatcher(terms).find(text).map((m) => [m.start, m.end, m.termId]);
      expect(expected.length).toBeGreaterThan(500);
      expect(found).toEqual(expected);
    });
  }
});
