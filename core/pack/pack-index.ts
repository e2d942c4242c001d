// The list of installed packs (public/packs/index.json): which pack files the background reads.
import * as v from 'valibot';
import { id } from './schema-base.ts';

/** More packs than this in one list is a broken list, not a library. */
export const MAX_INDEXED_PACKS = 100;

const PackIndexSchema = v.object({ packs: v.pipe(v.array(id), v.maxLength(MAX_INDEXED_PACKS)) });

/** The pack ids an index file lists, each once, in its order; null when the text is not such a list. */
export function readPackIndex(text: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = v.safeParse(PackIndexSchema, json);
  return result.success ? [...new Set(result.output.packs)] : null;
}
