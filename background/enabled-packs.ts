/** The sources cards and copies draw on: the curated packs first, then the reader's enabled sources, each
 * labelled by how it reached the reader (added or imported, reviewed or not). */
import type { ContextPack } from '../core/pack/schema';
import type { SourceLabel } from '../core/pack/term-content';
import { getPacks } from './packs';
import { enabledSources } from './sources/store';

export async function enabledPacks(): Promise<{ pack: ContextPack; label: SourceLabel }[]> {
  const [curated, mine] = await Promise.all([
    getPacks(),
    // The reader's library failing to open must not take the curated source's cards with it.
    enabledSources().catch((e: unknown) => {
      console.warn(`Context Cards: the reader's sources could not be read: ${String(e)}`);
      return [];
    }),
  ]);
  return [
    ...curated.map((pack) => ({ pack, label: { kind: 'curated' } as const })),
    ...mine.map((r) => ({ pack: r.pack, label: { kind: r.origin, reviewedAt: r.reviewedAt } as const })),
  ];
}
