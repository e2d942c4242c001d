// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Highlighter, randomName, type StylesRequest } from './highlighter';
import type { MentionRecord } from './mention-store';

// happy-dom has no Custom Highlight API: a Set is what a Highlight is, and the registry is a Map.
class FakeHighlight extends Set<AbstractRange> {}
vi.stubGlobal('Highlight', FakeHighlight);

function setup() {
  const registry = new Map<string, FakeHighlight>() as unknown as HighlightRegistry & Map<string, FakeHighlight>;
  const asked: StylesRequest[] = [];
  const highlighter = new Highlighter(registry, (r) => asked.push(r));
  const text = document.createTextNode('Xinjiang camps');
  document.body.append(text);
  const record = (start: number, end: number) => ({ range: { startContainer: text, startOffset: start, endContainer: text, endOffset: end }, nodes: [text] }) as unknown as MentionRecord;
  return { registry, asked, highlighter, record };
}

describe('randomName', () => {
  it('is 20 lowercase letters and different each time', () => {
    const names = Array.from({ length: 50 }, randomName);
    for (const n of names) expect(n).toMatch(/^[a-z]{20}$/);
    expect(new Set(names).size).toBe(50);
  });
});

describe('Highlighter', () => {
  it('registers under a random name of its own, never a fixed one, and its focus under another', () => {
    const { registry, highlighter, record } = setup();
    highlighter.setLook('background', 'yellow');
    const r = record(0, 8);
    highlighter.render([r]);
    highlighter.setFocus(r);
    const names = [...registry.keys()];
    expect(names).toHaveLength(2);
    expect(names[0]).toBe(highlighter.name);
    for (const n of names) expect(n).toMatch(/^[a-z]{20}$/);
    expect(names[0]).not.toBe(names[1]);
    expect(new Highlighter(registry).name).not.toBe(highlighter.name);
  });

  it('asks for styles when the first highlight shows, again only when the look changes, and for none when the last goes', () => {
    const { asked, highlighter, record } = setup();
    highlighter.setLook('background', 'yellow');
    expect(asked).toEqual([]);
    highlighter.render([]);
    expect(asked).toEqual([]);
    highlighter.render([record(0, 8)]);
    highlighter.render([record(0, 8), record(9, 14)]);
    expect(asked.map((a) => a.on)).toEqual([true]);
    expect(asked[0]!.mention).toBe(highlighter.name);
    highlighter.setLook('background', 'yellow');
    expect(asked).toHaveLength(1);
    highlighter.setLook('underline', 'blue');
    expect(asked.map((a) => a.on)).toEqual([true, true]);
    highlighter.render([]);
    expect(asked.map((a) => a.on)).toEqual([true, true, false]);
    highlighter.clear();
    expect(asked).toHaveLength(3);
    // A look change with nothing shown asks for nothing; the next highlight asks for the new look.
    highlighter.setLook('background', 'green');
    expect(asked).toHaveLength(3);
    highlighter.render([record(0, 8)]);
    expect(asked.map((a) => a.on)).toEqual([true, true, false, true]);
    expect(new Set(asked.map((a) => `${a.mention} ${a.focus}`)).size).toBe(1);
  });
});

describe('Highlighter.useNames', () => {
  const names = { mention: 'abcdefghijklmnopqrst', focus: 'tsrqponmlkjihgfedcba' };

  it('registers under the names the background derived for the document, so a later instance replaces this one', () => {
    const { registry, asked, highlighter, record } = setup();
    highlighter.useNames(names);
    highlighter.setLook('background', 'yellow');
    const r = record(0, 8);
    highlighter.render([r]);
    highlighter.setFocus(r);
    expect([...registry.keys()]).toEqual([names.mention, names.focus]);
    expect(asked[0]).toMatchObject({ mention: names.mention, focus: names.focus, on: true });
    const later = new Highlighter(registry);
    later.useNames(names);
    later.render([record(9, 14)]);
    expect(registry.size).toBe(2);
    expect(registry.get(names.mention)!.size).toBe(1);
  });

  it('refuses names not of the pattern, equal names, and any change once something is drawn', () => {
    const { highlighter, record } = setup();
    const own = highlighter.name;
    highlighter.useNames({ mention: 'cc-mention', focus: names.focus });
    highlighter.useNames({ mention: names.mention, focus: names.mention });
    expect(highlighter.name).toBe(own);
    highlighter.render([record(0, 8)]);
    highlighter.useNames(names);
    expect(highlighter.name).toBe(own);
  });
});
