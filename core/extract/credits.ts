// Bylines that say more than their names: an author meta that is a profile URL ("/auteur/2005-afp") points at
// the visible credit it spells; a credit without a name ("Our Foreign Staff") means the article has no author.
import { authorKey, authorOf, authorsFromByline } from './authors.ts';
import type { Author } from './types.ts';

const letters = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');

/** The visible byline that a profile URL's last segment spells ("…/auteur/2005-afp" ↔ "AFP", "/by/jane-roe" ↔ "Jane Roe"). */
export function creditFromProfileUrl(metaAuthors: string[], bylines: string[]): Author[] {
  for (const meta of metaAuthors) {
    if (!/^https?:\/\//i.test(meta)) continue;
    const slug = letters(meta.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '');
    if (slug.length < 2) continue;
    const byline = bylines.find((b) => letters(b) === slug);
    if (!byline) continue;
    // An agency's short name in capitals ("AFP") is an organisation.
    const org = /^\p{Lu}{2,10}$/u.test(byline.trim()) ? authorOf(byline.trim(), 'organisation') : null;
    if (org) return [org];
    const people = authorsFromByline(byline);
    if (people.length) return people;
  }
  return [];
}

/** Whether the article's own credit is a staff credit with no name ("Our Foreign Staff", "By CNN Staff"). */
export function isAnonymousCredit(credits: string[]): boolean {
  return credits.some((c) => /^(?:by\s+)?(?:our|the)?\s*[\p{L} ]{0,30}\b(?:staff|desk|correspondents?|reporters)$/iu.test(c.trim()) && authorsFromByline(c).length === 0);
}

/**
 * Whether an organisation credited as author is the publication itself (its site name or JSON-LD publisher,
 * a leading "The" aside). A person is never dropped: a personal site may bear its author's name.
 */
export function isPublisher(author: Author, publishers: ReadonlyArray<string | null>): boolean {
  if (!('literal' in author)) return false;
  const key = letters(authorKey(author).replace(/^the\s+/i, ''));
  return key.length > 0 && publishers.some((p) => p !== null && letters(p.replace(/^the\s+/i, '')) === key);
}
