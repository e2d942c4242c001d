// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isExcluded } from './run-exclusion';

describe('isExcluded', () => {
  const textIn = (...path: Element[]) => {
    for (let i = 1; i < path.length; i++) path[i - 1]!.append(path[i]!);
    const text = document.createTextNode('Xinjiang');
    path.at(-1)!.append(text);
    return text;
  };
  const make = (name: string, attrs: Record<string, string> = {}) => {
    const e = document.createElement(name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };

  it('leaves out text under skipped elements, editable regions and language links, however deep', () => {
    const cases: [string, Element[], boolean][] = [
      ['plain paragraph', [make('div'), make('p'), make('span')], false],
      ['deep in a button', [make('button'), make('p'), make('span'), make('b')], true],
      ['in an editable region', [make('div', { contenteditable: 'true' }), make('p'), make('em')], true],
      ['editable with an empty value', [make('div', { contenteditable: '' }), make('p')], true],
      ['a non-editable island inside an editable region', [make('div', { contenteditable: 'true' }), make('span', { contenteditable: 'false' })], true],
      ['contenteditable="false" alone', [make('div', { contenteditable: 'false' }), make('p')], false],
      ['a language link', [make('ul'), make('li'), make('a', { hreflang: 'ug' }), make('span')], true],
      ['an ordinary link', [make('p'), make('a', { href: '#x' })], false],
      ['inside svg', [make('div'), make('svg')], true],
    ];
    for (const [name, path, expected] of cases) {
      document.body.replaceChildren(path[0]!);
      expect(isExcluded(textIn(...path), null), name).toBe(expected);
    }
  });

  it('follows open shadow roots up to their hosts, and knows the extension\'s own host', () => {
    const editable = make('div', { contenteditable: 'true' });
    const host = make('span');
    editable.append(host);
    document.body.replaceChildren(editable, make('section'));
    const inner = make('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(isExcluded(textIn(inner), null)).toBe(true);

    const plainHost = make('div');
    document.body.replaceChildren(plainHost);
    const shadow = plainHost.attachShadow({ mode: 'open' });
    const direct = document.createTextNode('Kashgar');
    shadow.append(direct);
    expect(isExcluded(direct, null)).toBe(false);
    expect(isExcluded(direct, plainHost)).toBe(true);
    const light = make('p');
    plainHost.append(light);
    expect(isExcluded(textIn(light), plainHost)).toBe(true);
  });
});

describe('isExcluded with answers kept by element', () => {
  it('answers as without them, for text under and beside a skipped or editable element', () => {
    const root = document.createElement('div');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inner = document.createElement('p');
    editable.append(inner);
    const plain = document.createElement('p');
    root.append(editable, plain);
    document.body.append(root);
    const texts = [inner, editable, plain, root].map((el) => el.appendChild(document.createTextNode('Xinjiang')));
    const known = new Map<Node, boolean>();
    for (const order of [texts, [...texts].reverse()]) {
      for (const t of order) expect(isExcluded(t, null, known)).toBe(isExcluded(t, null));
    }
    expect(texts.map((t) => isExcluded(t, null, known))).toEqual([true, true, false, false]);
    expect(known.get(inner)).toBe(true);
    expect(known.get(plain)).toBe(false);
    root.remove();
  });
});

describe('isExcluded with a deadline', () => {
  it('goes on where the deadline stopped it, and gives the answer of an unbroken walk', () => {
    for (const top of ['div', 'button']) {
      const root = document.createElement(top);
      document.body.replaceChildren(root);
      let el: Element = root;
      for (let i = 0; i < 1000; i++) el = el.appendChild(document.createElement('span'));
      const text = el.appendChild(document.createTextNode('Xinjiang'));
      const stopped = { climb: null };
      let answer: boolean | null = null;
      let calls = 0;
      for (; answer === null && calls < 1000; calls++) answer = isExcluded(text, null, new Map(), () => true, stopped);
      // 64 ancestors between looks at the clock: 1,000 of them over 16 calls.
      expect(calls).toBeGreaterThanOrEqual(15);
      expect(answer).toBe(isExcluded(text, null));
      expect(answer).toBe(top === 'button');
    }
  });
});
