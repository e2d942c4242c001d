// Writing sources to a file to share: one pack as its own file, several as a bundle. The import reads either
// back (import-file.ts); the packs are written exactly as kept.
import type { ContextPack } from '../pack/schema.ts';

export const BUNDLE_FORMAT = 'context-cards-sources';
export const BUNDLE_VERSION = 1;

export interface SourcesBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  packs: ContextPack[];
}

/** The file for these packs: `<id>.json` for one, a dated bundle for none or several. */
export function exportFile(packs: readonly ContextPack[], today: string): { fileName: string; text: string } {
  if (packs.length === 1) return { fileName: `${packs[0]!.id}.json`, text: `${JSON.stringify(packs[0], null, 2)}\n` };
  const bundle: SourcesBundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, packs: [...packs] };
  return { fileName: `context-cards-sources-${today}.json`, text: `${JSON.stringify(bundle, null, 2)}\n` };
}
