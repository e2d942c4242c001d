// Someone named in full between a person's last mention and a pronoun ("“…,” said Jane Roe. John Doe, the
// mayor, disagreed. “…,” he said.") may be whom the pronoun means, even when no attribution made them one of
// the text's known speakers: the pronoun is then not resolved. Places and organisations are told apart only
// roughly (the words before them, their institution words), so this errs towards "not identified".
import { isOrganisationName } from './speaker-name.ts';

/** A run of two or three capitalised words on one line ("John Doe", "Mary J. Blige"). */
const FULL_NAME = /(?<![\p{L}\p{N}.])(\p{Lu}[\p{Ll}'’-]+)((?:[^\S\n]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2})(?![\p{L}])/gu;
/** Words after which a capitalised run is a place or an institution, not a person ("in New York", "the Red Cross"; "to"/"for" too: fewer people counted, fewer guesses lost). */
const PLACE_OR_THING = /(?:^|[^\p{L}])(?:the|a|an|in|at|from|for|to|into|across|near|of|on|el|la|le|les|der|die|das|dans|en|au|aux|em|no|na|do|da|del|des|du|im|am|vom|zum|zur)\s+$/iu;

/**
 * Whether `text` names, between `from` and `to` and outside quotations, a person by a full name none of whose
 * words is in `own` (the words of the name the pronoun would resolve to). `nameLike` says whether a word can be
 * part of a person's name (not an opener, a title, a weekday or an ordinary word).
 */
export function namesAnotherPerson(text: string, from: number, to: number, own: ReadonlySet<string>, isQuoted: (at: number) => boolean, nameLike: (word: string) => boolean): boolean {
  const span = text.slice(from, to);
  for (const m of span.matchAll(FULL_NAME)) {
    const at = from + m.index;
    if (isQuoted(at) || PLACE_OR_THING.test(text.slice(Math.max(0, at - 8), at))) continue;
    const words = [m[1]!, ...m[2]!.trim().split(/\s+/u)].map((w) => w.replace(/['’]s$/u, ''));
    if (words.some((w) => own.has(w)) || isOrganisationName(words.join(' '))) continue;
    if (words.every((w) => /^\p{Lu}\.$/u.test(w) || nameLike(w))) return true;
  }
  return false;
}
