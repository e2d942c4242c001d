// Which pack speaks for a page when several are installed: the one whose terms the page mentions most.
import { termKey } from './term-key.ts';

/** The pack whose terms have the most mentions in `counts` (by term key); the earlier pack on a tie, so
 * the first one when nothing is mentioned; undefined when there is no pack. */
export function mostMentionedPack<P extends { readonly id: string; readonly terms: readonly { readonly id: string }[] }>(
  packs: readonly P[],
  counts: Readonly<Record<string, number>>,
): P | undefined {
  let best: P | undefined;
  let bestScore = -1;
  for (const pack of packs) {
    const score = pack.terms.reduce((sum, term) => sum + (counts[termKey(pack.id, term.id)] ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [pack, score];
  }
  return best;
}
