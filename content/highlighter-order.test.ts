// @vitest-environment happy-dom
// What Firefox makes expensive on a text node of thousands of lines (docs/benchmark.md, session 15): a
// ::highlight style sheet inserted while ranges are registered, and ranges added one by one to a registered
// highlight. The highlighter registers ranges only once its styles are in, and many changes at once go into
// a fresh highlight; counted on a registry that records what it holds at each call.
import { describe, expect, it, vi } from 'vitest';
import type { AfterFrame } from './after-frame';
import { Highlighter, type StylesRequest } from './highlighter';
import type { MentionRecord } from './mention-store';

/** A Highlight (a Set, as happy-dom has none) that counts the calls made to it while registered. */
class CountingHighlight extends Set<AbstractRange> {
  static registered = new Set<CountingHighlight>();
  static callsWhileRegistered = 0;
  override add(r: AbstractRange): this {
    if (CountingHighlight.registered.has(this)) CountingHighlight.callsWhileRegistered++;
    return super.add(r);
  }
  override delete(r: AbstractRange): boolean {
    if (CountingHighlight.registered.has(this)) CountingHighlight.callsWhileRegistered++;
    return super.delete(r);
  }
}
vi.stubGlobal('Highlight', CountingHighlight);

class Registry extends Map<string, CountingHighlight> {
  override set(name: string, h: CountingHighlight): this {
    const old = this.get(name);
    if (old) CountingHighlight.registered.delete(old);
    CountingHighlight.registered.add(h);
    return super.set(name, h);
  }
  override delete(name: string): boolean {
    const old = this.get(name);
    if (old) CountingHighlight.registered.delete(old);
    return super.delete(name);
  }
}

function setup() {
  const registry = new Registry();
  const asked: StylesRequest[] = [];
  /** The background's answers, settled by the test. */
  const answers: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const afterFrame: AfterFrame = (work) => void frames.push(work);
  const styles = (r: StylesRequest) => {
    asked.push(r);
    return new Promise<void>((resolve) => answers.push(resolve));
  };
  const highlighter = new Highlighter(registry as unknown as HighlightRegistry, styles, afterFrame);
  const text = document.createTextNode('x'.repeat(100_000));
  document.body.append(text);
  const records = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => ({ range: { startContainer: text, startOffset: (from + i) * 10, endContainer: text, endOffset: (from + i) * 10 + 8 }, nodes: [text] }) as unknown as MentionRecord);
  const runFrames = () => frames.splice(0).forEach((work) => work());
  return { registry, asked, answers, runFrames, highlighter, records };
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Highlighter in the order Firefox can afford', () => {
  it('registers no range before its styles are in and a frame has passed, then all of them at once', async () => {
    const { registry, asked, answers, runFrames, highlighter, records } = setup();
    const list = records(0, 300);
    highlighter.render(list.slice(0, 100));
    highlighter.render(list);
    expect(asked.map((a) => a.on)).toEqual([true]);
    expect(registry.size).toBe(0);
    expect(highlighter.waiting).toBe(true); // what the tests' "first scan done" waits out
    answers.shift()!();
    await flushPromises();
    expect(registry.size).toBe(0); // the styles are in; the frame that applies them has not passed
    expect(highlighter.waiting).toBe(true);
    runFrames();
    expect(registry.get(highlighter.name)!.size).toBe(300);
    expect(highlighter.waiting).toBe(false);
    expect(CountingHighlight.callsWhileRegistered).toBe(0);
  });

  it('makes at most a few calls to the registered highlight in a render, however many ranges change', async () => {
    const { registry, answers, runFrames, highlighter, records } = setup();
    const list = records(0, 2000);
    highlighter.render(list.slice(0, 10));
    answers.shift()!();
    await flushPromises();
    runFrames();
    CountingHighlight.callsWhileRegistered = 0;
    // A long text matched a piece at a time: about 70 more each render; then the window moves by 500.
    for (let n = 80; n <= 500; n += 70) highlighter.render(list.slice(0, n));
    highlighter.render(list.slice(500, 1000));
    expect(registry.get(highlighter.name)!.size).toBe(500);
    expect([...registry.get(highlighter.name)!]).toEqual(list.slice(500, 1000).map((r) => r.range));
    expect(CountingHighlight.callsWhileRegistered).toBe(0);
    // A few changes are still made in place (the same ranges stay alone).
    const before = registry.get(highlighter.name);
    highlighter.render(list.slice(501, 1001));
    expect(registry.get(highlighter.name)).toBe(before);
    expect(CountingHighlight.callsWhileRegistered).toBe(2);
  });

  it('keeps its ranges while a new look\'s styles go in, and waits again for the styles after the last mention went', async () => {
    const { registry, asked, answers, runFrames, highlighter, records } = setup();
    highlighter.setLook('background', 'yellow');
    highlighter.render(records(0, 50));
    answers.shift()!();
    await flushPromises();
    runFrames();
    expect(registry.get(highlighter.name)!.size).toBe(50);
    // The reader picks another look: it shows at once, on the ranges already there.
    highlighter.setLook('underline', 'blue');
    expect(asked).toHaveLength(2);
    expect(registry.get(highlighter.name)!.size).toBe(50);
    highlighter.render([]);
    expect(registry.size).toBe(0);
    highlighter.render(records(0, 20));
    expect(asked.map((a) => a.on)).toEqual([true, true, false, true]);
    expect(registry.size).toBe(0);
    answers.splice(0).forEach((answer) => answer());
    await flushPromises();
    runFrames();
    expect(registry.get(highlighter.name)!.size).toBe(20);
  });
});
