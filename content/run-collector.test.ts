// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RunCollector } from './run-collector';
import { PIECE_CHARS, PIECE_OVERLAP, locate, type TextRun } from './text-runs';

/** Builds a body from markup made of elements only (no page text is trusted here: it is test input). */
function page(build: (el: (name: string, ...children: (Node | string)[]) => HTMLElement) => Node[]): HTMLElement {
  const el = (name: string, ...children: (Node | string)[]) => {
    const e = document.createElement(name);
    for (const c of children) e.append(c);
    return e;
  };
  document.body.replaceChildren(...build(el));
  return document.body;
}

function runsOf(root: Node, accept: (text: string) => boolean = () => true, deadline = Infinity): { runs: TextRun[]; collector: RunCollector } {
  const runs: TextRun[] = [];
  const collector = new RunCollector(root, accept, (run) => void runs.push({ ...run, nodes: [...run.nodes] }));
  collector.advance(deadline);
  return { runs, collector };
}

describe('RunCollector', () => {
  it('joins text split by inline elements into one run and ends runs at block boundaries', () => {
    const body = page((el) => [el('p', 're-education ', el('a', 'camps'), ' in ', el('b', el('i', 'Xin'), 'jiang')), el('div', 'next block')]);
    const { runs } = runsOf(body);
    expect(runs.map((r) => r.text)).toEqual(['re-education camps in Xinjiang', 'next block']);
  });

  it('keeps the text before and after a nested block apart', () => {
    const body = page((el) => [el('div', 'before ', el('p', 'inside'), ' after')]);
    expect(runsOf(body).runs.map((r) => r.text)).toEqual(['before ', 'inside', ' after']);
  });

  it('never reads scripts, styles or form fields', () => {
    const body = page((el) => [el('p', 'visible ', el('script', 'var Xinjiang = 1;'), el('style', '.Uyghur{}'), el('textarea', 'typed'), 'text')]);
    const { runs } = runsOf(body);
    expect(runs.map((r) => r.text)).toEqual(['visible text']);
  });

  it('records where each node starts so offsets map back to nodes', () => {
    const body = page((el) => [el('p', 'East ', el('span', 'Turkestan'), ' today')]);
    const [run] = runsOf(body).runs;
    expect(run!.starts).toEqual([0, 5, 14]);
    const start = locate(run!, 5, false);
    const end = locate(run!, 14, true);
    expect(start.node.data).toBe('Turkestan');
    expect(start.offset).toBe(0);
    expect(end.node.data).toBe('Turkestan');
    expect(end.offset).toBe(9);
  });

  it('hands over only the runs that pass the pre-check', () => {
    const body = page((el) => [el('p', 'nothing here'), el('p', 'Kashgar market'), el('p', 'nor here')]);
    const { runs } = runsOf(body, (text) => text.includes('Kashgar'));
    expect(runs.map((r) => r.text)).toEqual(['Kashgar market']);
  });

  it('resumes where it stopped when a slice runs out of time, with the same runs as one pass', () => {
    const body = page((el) => Array.from({ length: 400 }, (_, i) => el('p', `para ${i} `, el('a', 'link'), ' end')));
    const whole = runsOf(body).runs.map((r) => r.text);
    const runs: string[] = [];
    const collector = new RunCollector(body, () => true, (run) => void runs.push(run.text));
    let slices = 1;
    while (!collector.advance(-1)) slices++; // a deadline in the past: stop at every check
    expect(slices).toBeGreaterThan(1);
    expect(runs).toEqual(whole);
  });

  it('finds a word split over three text nodes, though no node holds the pre-check’s anchor alone', () => {
    const body = page((el) => [el('p', 'in X', el('b', 'in'), 'jiang today'), el('p', 'Xin'), el('p', 'jiang')]);
    const checked: string[] = [];
    const { runs } = runsOf(body, (text) => (checked.push(text), /xinjiang/i.test(text)));
    expect(runs.map((r) => r.text)).toEqual(['in Xinjiang today']);
    expect(checked.length).toBeGreaterThan(3); // each node, the seams, then the run
  });

  it('stops after the node it is told to stop at, however that node is handled', () => {
    const body = page((el) => [el('p', 'Kashgar one'), el('p', ''), el('p', 'Kashgar two'), el('p', 'Kashgar three')]);
    const texts = [...body.querySelectorAll('p')].map((p) => p.firstChild!);
    const walk = (until: Node) => {
      const runs: string[] = [];
      const collector = new RunCollector(body, (text) => text.includes('Kashgar'), (run) => void runs.push(run.text), until);
      expect(collector.advance(Infinity)).toBe(true);
      expect(collector.finished).toBe(true);
      return runs;
    };
    expect(walk(texts[0]!)).toEqual(['Kashgar one']);
    expect(walk(texts[1]!)).toEqual(['Kashgar one']); // an empty node, skipped, still ends the walk
    expect(walk(texts[2]!)).toEqual(['Kashgar one', 'Kashgar two']);
  });

  it('keeps walking after a run that ends in an empty text node', () => {
    // Frameworks leave empty text nodes; one that ended a collected run stopped the walk there.
    const body = page((el) => [el('p', 'Kashgar one', ''), el('p', 'filler'), el('p', 'Kashgar two', ''), el('p', 'Kashgar three')]);
    const { runs } = runsOf(body, (text) => text.includes('Kashgar'));
    expect(runs.map((r) => r.text)).toEqual(['Kashgar one', 'Kashgar two', 'Kashgar three']);
  });

  it('skips text whose nearest block is a skipped element, also when the walk starts there', () => {
    const body = page((el) => [el('p', 'a ', el('button', el('span', 'press')), 'b'), el('select', el('option', 'one'))]);
    expect(runsOf(body).runs.map((r) => r.text)).toEqual(['a b']);
    expect(runsOf(body.querySelector('option')!).runs).toEqual([]);
  });
});

describe('RunCollector on a long block', () => {
  /** A paragraph of `count` links between commas, like a list of thousands of names. */
  function longBlock(count: number, name: (i: number) => string): HTMLElement {
    return page((el) => [el('p', ...Array.from({ length: count }, (_, i) => [el('a', name(i)), ', ']).flat())]);
  }
  /** Where each text node of the body starts in the body's text. */
  function offsets(body: Node): Map<Node, number> {
    const map = new Map<Node, number>();
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      map.set(t, at);
      at += (t as Text).data.length;
    }
    return map;
  }

  it('hands it over in overlapping pieces whose owned parts tile the text exactly once', () => {
    const body = longBlock(3000, (i) => `user${i}`);
    const whole = body.textContent!;
    const at = offsets(body);
    const { runs } = runsOf(body);
    expect(runs.length).toBeGreaterThan(whole.length / PIECE_CHARS);
    let owned = 0;
    for (const [i, run] of runs.entries()) {
      const base = at.get(run.nodes[0]!)!;
      expect(whole.slice(base, base + run.text.length)).toBe(run.text);
      expect(base + run.ownFrom).toBe(owned); // each piece owns from where the one before stopped
      expect(run.text.length).toBeLessThan(PIECE_CHARS + PIECE_OVERLAP + 64);
      if (i > 0) expect(run.ownFrom).toBeGreaterThanOrEqual(PIECE_OVERLAP / 2); // context before what it owns
      if (i < runs.length - 1) expect(run.text.length - run.ownTo).toBeGreaterThanOrEqual(PIECE_OVERLAP / 2);
      owned = i < runs.length - 1 ? base + run.ownTo : whole.length;
    }
    expect(owned).toBe(whole.length);
    expect(runs.at(-1)!.ownTo).toBe(Infinity);
  });

  it('stops between pieces when the slice is over, and resumes with the same pieces', () => {
    const body = longBlock(3000, (i) => `user${i}`);
    const whole = runsOf(body).runs.map((r) => [r.text, r.ownFrom, r.ownTo]);
    const pieces: unknown[] = [];
    const collector = new RunCollector(body, () => true, (run) => void pieces.push([run.text, run.ownFrom, run.ownTo]));
    let slices = 1;
    while (!collector.advance(-1)) slices++;
    expect(slices).toBeGreaterThanOrEqual(whole.length);
    expect(pieces).toEqual(whole);
  });

  it('takes only some text before a mention deep in the block, and owns nothing before it', () => {
    const body = longBlock(3000, (i) => (i === 2500 ? 'Kashgar' : `user${i}`));
    const whole = body.textContent!;
    const at = offsets(body);
    const { runs } = runsOf(body, (text) => text.includes('Kashgar'));
    const first = runs[0]!;
    const base = at.get(first.nodes[0]!)!;
    expect(first.text.indexOf('Kashgar')).toBeGreaterThanOrEqual(PIECE_OVERLAP); // context before it
    expect(first.text.length).toBeLessThan(PIECE_CHARS + 2 * PIECE_OVERLAP);
    expect(base + first.ownFrom).toBeLessThan(whole.indexOf('Kashgar'));
    expect(first.ownFrom).toBe(PIECE_OVERLAP / 2);
  });
});
