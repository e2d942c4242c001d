// @vitest-environment happy-dom
// Headings under each element (content/regions.ts): the same counts as a query under each element, from
// one query for the whole tree, so a region looked up at the bottom of a deep chain costs its depth.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegionFinder, headingCounts } from './regions';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';

afterEach(() => {
  document.body.replaceChildren();
});

/** A random tree of elements: [tag, role or null, children]. */
type Shape = [string, string | null, readonly Shape[]];
const tag = fc.constantFrom('div', 'section', 'h2', 'h3', 'p', 'span', 'li', 'article');
const role = fc.constantFrom(null, null, null, 'heading', 'list');
const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 6, depthIdentifier: 'tree' },
    fc.tuple(tag, role, fc.constant([])),
    fc.tuple(tag, role, fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' })),
  ),
})).node;

function build([tag, role, children]: Shape): Element {
  const el = document.createElement(tag);
  if (role) el.setAttribute('role', role);
  for (const child of children) el.append(build(child));
  return el;
}

describe('headingCounts', () => {
  it('gives every element the headings a query under it finds, itself included when it is one', () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.replaceChildren(...trees.map(build));
        const counts = headingCounts(document);
        for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
          const expected = el.querySelectorAll(HEADINGS).length + +el.matches(HEADINGS);
          expect(counts.get(el) ?? 0).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts a heading inside a heading once for each', () => {
    document.body.replaceChildren(build(['section', null, [['h2', null, [['span', 'heading', []]]]]]));
    const counts = headingCounts(document);
    expect(counts.get(document.body.firstElementChild!)).toBe(2);
    expect(counts.get(document.body)).toBe(2);
  });
});

describe('RegionFinder down a deep chain', () => {
  it('queries the headings of the tree once a batch, not once for each ancestor of a mention', () => {
    const depth = 600;
    let el: Element = document.body;
    const texts: Text[] = [];
    for (let i = 0; i < depth; i++) {
      const d = document.createElement('div');
      el.append(d);
      el = d;
      if (i % 50 === 49) texts.push(d.appendChild(document.createTextNode(`line ${i}`)));
    }
    const h = document.createElement('h2');
    h.textContent = 'Heading';
    document.body.prepend(h);
    const finder = new RegionFinder(document);
    let queries = 0;
    const count = (original: (selectors: string) => NodeListOf<Element>) =>
      function (this: ParentNode, selectors: string) {
        if (selectors === HEADINGS) queries++;
        return original.call(this, selectors);
      };
    const el0 = vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(count(Element.prototype.querySelectorAll) as never);
    const doc0 = vi.spyOn(Document.prototype, 'querySelectorAll').mockImplementation(count(Document.prototype.querySelectorAll) as never);
    try {
      finder.newBatch();
      // Deepest first: every ancestor's measure is new (a query under each of them: depth queries).
      for (const t of texts.reverse()) finder.regionOf(t);
    } finally {
      el0.mockRestore();
      doc0.mockRestore();
    }
    expect(queries).toBeLessThanOrEqual(2);
    // Each ancestor is looked at once for the batch (kept by element), not once for each text.
    expect(finder.steps).toBeLessThanOrEqual(depth + 2);
  });
});

describe('RegionFinder walking up a deep chain', () => {
  /** A chain of `depth` divs under a heading and a paragraph, with a text at its bottom. */
  function chain(depth: number): Text {
    document.body.append(Object.assign(document.createElement('h2'), { textContent: 'Heading' }));
    let el: Element = document.body;
    for (let i = 0; i < depth; i++) el = el.appendChild(document.createElement('div'));
    return el.appendChild(document.createTextNode('bottom'));
  }

  it('asks each ancestor whether it is a heading without matching selectors, and reads its attributes once', () => {
    const depth = 600;
    const text = chain(depth);
    const calls = { matches: 0, getAttribute: 0 };
    const matches = Element.prototype.matches;
    const getAttribute = Element.prototype.getAttribute;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, s: string) {
      calls.matches++;
      return matches.call(this, s);
    });
    vi.spyOn(Element.prototype, 'getAttribute').mockImplementation(function (this: Element, name: string) {
      calls.getAttribute++;
      return getAttribute.call(this, name);
    });
    try {
      new RegionFinder(document).regionOf(text);
    } finally {
      vi.restoreAllMocks();
    }
    // Each ancestor matched against the headings' selectors (one per step), and described twice (as the
    // element of a step and as the parent of the one before): 600 and 2,400 here.
    expect(calls.matches).toBeLessThanOrEqual(2);
    expect(calls.getAttribute).toBeLessThanOrEqual(2 * depth + 10);
  });

  it('goes on where a deadline stopped it, and ends with the region an unbroken walk gives', () => {
    const text = chain(1000);
    const finder = new RegionFinder(document);
    let calls = 0;
    let region: object | null = null;
    for (; region === null && calls < 1000; calls++) region = finder.regionOf(text, () => true);
    // Ancestors are walked 64 at a time between looks at the clock: 1,000 of them over 16 calls.
    expect(calls).toBeGreaterThanOrEqual(15);
    expect(finder.steps).toBeLessThanOrEqual(1000 + 2);
    expect(region).toBe(new RegionFinder(document).regionOf(text));
  });
});
