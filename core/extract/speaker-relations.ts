// A name in an attribution that is not the speaker's: the person the speaker is related to or speaks for
// ("a spokesman for Omar Haddad", "un proche de Marie Curie", "Haddad’s brother"), or the agent of
// something else ("court documents filed by Omar Haddad"). The speaker is then not identified.

/** Prepositions that tie a description to someone else, in the languages with speech words. */
const RELATION = /(?:^|\s)(?:for|of|from|to|by|with|close to|near|on behalf of|de|du|des|d[’']|von|vom|für|bei|di|del|della|dello|da|do|dos|das|par|por|pour|para|van|namens)\s*(?:(?:the|le|la|les|l[’']|der|die|dem|den|el|los|las|o|os|as|il|lo|gli|de|het)\s*)?$/iu;
const POSSESSIVE = /\p{L}['’]s?$/u;

/**
 * Whether a person's name read from an attribution phrase names someone other than the speaker.
 * `before`: the words of the phrase before the name; `name`: the name's words.
 */
export function namesSomeoneElse(before: string, name: readonly string[]): boolean {
  if (name.length === 0) return false;
  // "Sprecher von Angela Schmidt": the title took the description's noun, the name starts with its preposition.
  if (/^\p{Ll}/u.test(name[0]!)) return true;
  if (POSSESSIVE.test(name[name.length - 1]!)) return true;
  return RELATION.test(before.trim());
}

/** Whether a phrase is a possessive description with no name of its own ("Haddad’s lawyer", "Roe's mother"). */
export function isPossessiveDescription(phrase: string): boolean {
  return /\p{L}['’]s?\s+(?:\p{Ll}[\p{L}-]*\s*)+$/u.test(phrase.trim());
}
