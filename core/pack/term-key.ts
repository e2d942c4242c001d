// A term is named by its pack and its own id (docs/decisions/002): `<packId>/<termId>` where one string is needed.

/** A pack-qualified term key: a pack id (the pack schema's, up to 80 characters) and a term id (core/ids.ts). */
export const TERM_KEY = /^[a-z0-9-]{1,80}\/[a-z0-9-]{1,64}$/;

/** The pack every bare term id stored before keys were qualified belonged to: the one pack shipped then. */
export const LEGACY_PACK_ID = 'cnn-2018-uk-xinjiang';

/** A term named by its pack and its id. */
export interface TermRef {
  readonly packId: string;
  readonly termId: string;
}

export function termKey(packId: string, termId: string): string {
  return `${packId}/${termId}`;
}

/** The pack and term of a key, or null when it is not one. */
export function splitTermKey(key: string): TermRef | null {
  if (!TERM_KEY.test(key)) return null;
  const slash = key.indexOf('/');
  return { packId: key.slice(0, slash), termId: key.slice(slash + 1) };
}

/** Every pack's terms under their pack-qualified keys (the ids the matcher is planned with), the first of
 * each key kept (the same pack listed twice). */
export function keyedTerms<T extends { readonly id: string }>(packs: readonly { readonly id: string; readonly terms: readonly T[] }[]): T[] {
  const terms = new Map<string, T>();
  for (const pack of packs) {
    for (const term of pack.terms) {
      const key = termKey(pack.id, term.id);
      if (!terms.has(key)) terms.set(key, { ...term, id: key });
    }
  }
  return [...terms.values()];
}

/** A key as the matcher reports it, with its pack and term; a key without a pack (a plan made from bare ids,
 * as tests make) names a term of no pack. */
export function refOfKey(key: string): TermRef & { key: string } {
  const slash = key.indexOf('/');
  return { key, packId: slash < 0 ? '' : key.slice(0, slash), termId: key.slice(slash + 1) };
}
