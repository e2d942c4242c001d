// A speaker named by one word ("…, dit Martin") whom the article also names in full somewhere the engine
// could not tie to them ("Paul Martin" outside any attribution): the bare word would cite a name the article
// never uses alone as the person's name, so the speaker is not identified rather than half-named.
import { nameLike } from './people.ts';

/**
 * Whether `text` writes `word` after a word that can be a given name ("Paul Martin", not
 * "President Martin"), outside quotations.
 */
export function hasFullerName(text: string, word: string, isQuoted: (at: number) => boolean): boolean {
  if (/^\p{Lu}{2,}s?$/u.test(word)) return false;
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]*\\.?)\\s+${esc}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const before = m[1]!.replace(/\.$/u, '');
    // "President Martin", "Accordingly Turkey": a title or an opener, not a given name.
    if (isQuoted(m.index) || !nameLike(before, null)) continue;
    return true;
  }
  return false;
}
