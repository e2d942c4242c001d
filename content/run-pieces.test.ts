// @vitest-environment happy-dom
// One very long text node (a log in one <pre>) is handed over in pieces cut by offset, resumable across
// slices, so matching it is spread over slices like a block of many nodes.
import { describe, expect, it } from 'vitest';
import { OpenRun } from './run-pieces';
import { PIECE_CHARS, PIECE_OVERLAP, locate, type TextRun } from './text-runs';

/** A <pre> of one text node: `lines` lines, every third with a mention. */
function longPre(lines: number): Text {
  const text = Array.from({ length: lines }, (_, i) => `${String(i).padStart(5, '0')} ${i % 3 === 0 ? 'report from Kashgar' : 'weather and sport'}`).join('\n');
  const pre = document.createElement('pre');
  pre.textContent = text;
  document.body.replaceChildren(pre);
  return pre.firstChild as Text;
}

/** Every piece of the run around `node`, calling `next` with `deadline` until the block ends. */
function pieces(node: Text, deadline: number): { runs: TextRun[]; calls: number } {
  const run = OpenRun.around(node)!;
  const runs: TextRun[] = [];
  let calls = 1;
  while (!run.next(deadline, () => true, (r) => void runs.push({ ...r, nodes: [...r.nodes], starts: [...r.starts] }))) calls++;
  return { runs, calls };
}

describe('OpenRun on one long text node', () => {
  it('cuts it by offset into overlapping pieces whose owned parts tile the text exactly once', () => {
    const node = longPre(8000);
    const whole = node.data;
    expect(whole.length).toBeGreaterThan(40 * PIECE_CHARS);
    const { runs } = pieces(node, Infinity);
    expect(runs.length).toBeGreaterThan(whole.length / PIECE_CHARS);
    let owned = 0;
    for (const [i, run] of runs.entries()) {
      expect(run.nodes).toEqual([node]);
      const base = -run.starts[0]!; // where the piece starts in the node
      expect(whole.slice(base, base + run.text.length)).toBe(run.text);
      expect(base + run.ownFrom).toBe(owned);
      expect(run.text.length).toBeLessThanOrEqual(PIECE_CHARS + PIECE_OVERLAP);
      if (i > 0) expect(run.ownFrom).toBeGreaterThanOrEqual(PIECE_OVERLAP / 2);
      if (i < runs.length - 1) expect(run.text.length - run.ownTo).toBeGreaterThanOrEqual(PIECE_OVERLAP / 2);
      owned = i < runs.length - 1 ? base + run.ownTo : whole.length;
    }
    expect(owned).toBe(whole.length);
  });

  it('hands over one piece a slice when each slice is over at once, and resumes at the next offset', () => {
    const node = longPre(4000);
    const once = pieces(node, Infinity);
    const sliced = pieces(node, -1);
    expect(once.calls).toBe(1);
    expect(sliced.calls).toBe(once.runs.length);
    expect(sliced.runs.map((r) => [r.text, r.ownFrom, r.ownTo, r.starts[0]])).toEqual(once.runs.map((r) => [r.text, r.ownFrom, r.ownTo, r.starts[0]]));
  });

  it('maps an offset in a piece back into the node, past the piece’s own start', () => {
    const node = longPre(4000);
    const { runs } = pieces(node, Infinity);
    const run = runs[5]!;
    const at = run.text.indexOf('Kashgar', run.ownFrom);
    const start = locate(run, at, false);
    const end = locate(run, at + 7, true);
    expect(start.node).toBe(node);
    expect(node.data.slice(start.offset, end.offset)).toBe('Kashgar');
    expect(-run.starts[0]!).toBeGreaterThan(5 * (PIECE_CHARS - PIECE_OVERLAP));
    expect(start.offset).toBe(at - run.starts[0]!);
  });

  it('leaves a block of short nodes in pieces of whole nodes, as before', () => {
    const p = document.createElement('p');
    for (let i = 0; i < 2000; i++) p.append(document.createElement('a'), `user${i}, `);
    document.body.replaceChildren(p);
    const { runs } = pieces(p.lastChild as Text, Infinity);
    const first = pieces(p.childNodes[1] as Text, Infinity).runs;
    expect(runs).toHaveLength(1);
    expect(first.length).toBeGreaterThan(3);
    for (const run of first) expect(run.starts[0]).toBe(0);
  });
});
