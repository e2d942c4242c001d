// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ContentApp } from '../content-app';
import type { MentionRecord } from '../mention-store';
import { inDocumentOrder, stepFrom, stepMention } from './mention-stepper';

/** A page of paragraphs, one mention in each named one, found in the order given. */
function page(texts: string[]) {
  document.body.replaceChildren(...texts.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
  const nodes = [...document.body.querySelectorAll('p')].map((p) => p.firstChild as Text);
  return (i: number, offset = 0, termId = `t${i}`) =>
    ({ termId, nodes: [nodes[i]!], range: { startOffset: offset } }) as unknown as MentionRecord;
}

describe('the keyboard steps between mentions', () => {
  it('orders mentions as the document does, by offset within one text node', () => {
    const at = page(['one two', 'three', 'four']);
    const a = at(0, 4);
    const b = at(0, 0);
    const c = at(2);
    const d = at(1);
    expect(inDocumentOrder([c, a, d, b])).toEqual([b, a, d, c]);
  });

  it('steps forward and back with wrapping, from the first or last when none is current', () => {
    const at = page(['a', 'b', 'c']);
    const [a, b, c] = [at(0), at(1), at(2)];
    const shown = [c, a, b];
    expect(stepFrom(shown, null, 1)).toEqual({ record: a, index: 0, total: 3 });
    expect(stepFrom(shown, null, -1)).toEqual({ record: c, index: 2, total: 3 });
    expect(stepFrom(shown, c, 1)?.record).toBe(a);
    expect(stepFrom(shown, a, -1)?.record).toBe(c);
    expect(stepFrom(shown, b, 1)?.record).toBe(c);
    expect(stepFrom([], null, 1)).toBeNull();
  });

  it('reveals the next mention, pins and focuses its card, and announces its place', () => {
    const at = page(['a', 'b']);
    const [a, b] = [at(0, 0, 'x'), at(1, 0, 'y')];
    const did: string[] = [];
    const app = {
      shown: () => [b, a],
      focused: a,
      labelOf: (id: string) => `label ${id}`,
      reveal: (r: MentionRecord, flash: boolean) => did.push(`reveal ${r.termId} ${flash}`),
    } as unknown as ContentApp;
    const card = {
      show: (r: MentionRecord, mode: string, opts?: { focus?: boolean }) => did.push(`show ${r.termId} ${mode} ${opts?.focus}`),
      announce: (text: string) => did.push(`announce ${text}`),
    };
    stepMention(app, card, 1);
    // No extension i18n here: t() gives the message name back.
    expect(did).toEqual(['reveal y false', 'show y pinned true', 'announce card_stepAnnounce']);
    did.length = 0;
    stepMention({ ...app, shown: () => [] } as ContentApp, card, 1);
    expect(did).toEqual([]);
  });
});
