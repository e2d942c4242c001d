// Page relevance (issue 4): weak mentions ("internment camps", "Jeremy Hunt") show only on a page where a
// strong term (Xinjiang, Uyghur) appears. The state is sticky and retroactive: a strong mention that
// arrives later (infinite scroll, another frame) releases the weak mentions already seen, with no rescan.
import type { Strength } from './types.ts';

export interface Relevance<M extends { readonly strength: Strength }> {
  /** Records mentions; returns those that become visible now (including held-back earlier ones). */
  add(mentions: readonly M[]): M[];
  /** True once a strong mention has been seen; never turns false again. */
  readonly relevant: boolean;
  /** Weak mentions still held back, in arrival order. */
  readonly pending: readonly M[];
}

/** Creates the relevance state of one document (or one tab, when frames report into it). */
export function createRelevance<M extends { readonly strength: Strength }>(): Relevance<M> {
  let relevant = false;
  let held: M[] = [];
  return {
    add(mentions) {
      if (mentions.length === 0) return [];
      if (relevant) return mentions.slice();
      if (!mentions.some((m) => m.strength === 'strong')) {
        held.push(...mentions);
        return [];
      }
      relevant = true;
      const released = held.concat(mentions);
      held = [];
      return released;
    },
    get relevant() {
      return relevant;
    },
    get pending() {
      return held;
    },
  };
}
