// The people a text names as speakers, the words that refer to each of them, and where it mentions them:
// what a surname, a pronoun or a title ("the spokesman") can be resolved against. Where two people could be
// meant, the answer is nobody (docs/extraction.md: a wrong attribution is worse than none).
import type { Attribution } from './attribution.ts';
import { namesAnotherPerson } from './intervening-name.ts';
import { GenderBook, honorificGender, pronounGender, roleGender } from './speaker-gender.ts';
import { isTitleWord, titledNames } from './speaker-name.ts';
import type { SpeechWords } from './speech-words.ts';

export interface Person {
  name: string;
  role: string | null;
  /** Words that refer to this person alone: the full name, the family name, a word used alone for them. */
  aliases: Set<string>;
}

/** Capitalised words that are titles or sentence openers, not given names ("Senator Lourimi"). */
const TITLE_WORD = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Minister|Secretary|Judge|Mayor|Prime|The|A|An|In|On|At|But|And|When|After|Said|Says)$/;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)?`;
/** A space inside a line (a name never runs over a line break: "Vanessa Hicks" / "The Federal Flag Code"). */
const SP = '[^\\S\\n]';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HONORIFIC = /^(Mr|Mrs|Ms|Dr)\.?\s*/;
/** Stands for a mention that could be more than one person. */
const SOMEONE: Person = { name: '', role: null, aliases: new Set() };

/** Whether the text names someone other than `name` in full with the word `bare` (before or after it). */
export function otherFullNames(text: string, bare: string, name: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])(?:(${NAME_WORD})\\s)?${esc(bare)}(?:\\s(${NAME_WORD}))?(?![\\p{L}])`, 'gu');
  const words = new Set(name.split(' '));
  for (const m of text.matchAll(re)) {
    // A capitalised word the text also writes in lower case is an ordinary word ("For Hamilton, …").
    const sides = [m[1], m[2]].filter((w): w is string => !!w && !TITLE_WORD.test(w) && !new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text));
    if (sides.some((w) => !words.has(w))) return true;
  }
  return false;
}

const CALENDAR = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Whether the text gives `word`, the first word of `name`, to another full name: "Lee" of Lee Sang-min in
 * "Lee Jae-myung" (a family name written first, as in Korean and Chinese). The other word must be a name: never
 * written in lower case, not a title, a weekday or a month. A shared last word is left alone: a story names a
 * family ("Hori Parata", "Te Kaurinui Parata") and still calls its main person by the surname.
 */
export function sharedName(text: string, word: string, name: string): boolean {
  const parts = name.split(' ');
  if (parts.length < 2 || parts[0] !== word) return false;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${esc(word)}\\s(${NAME_WORD})`, 'gu'))) {
    const other = m[1]!.replace(/['’]s$/u, '');
    if (!parts.includes(other) && nameLike(other, text)) return true;
  }
  return false;
}

/** Capitalised words that open sentences rather than name anyone ("Accordingly Turkey said" names Turkey). */
const OPENERS = /^(?:ah|oh|whether|was|is|are|were|did|does|do|has|had|have|will|would|could|should|can|may|might|must|shall|said|says|asked|told|poor|dear|old|young|little|other|another|every|each|some|any|all|only|even|just|not|accordingly|finally|however|meanwhile|still|also|then|so|about|after|before|yes|no|well|now|here|there|today|instead|indeed|perhaps|maybe|thus|yet|though|although|while|when|where|if|as|for|with|from|and|but|or|the|a|an|this|that|his|her|their|its|our|my|your)$/i;

/**
 * Whether a capitalised word can be part of a person's name: not a title, a contraction ("I’m"), an opener or a
 * weekday; with `text`, not a word the text also writes in lower case (given names such as Mark or Grace are).
 */
export function nameLike(word: string, text: string | null): boolean {
  if (!/^\p{Lu}/u.test(word) || /['’](?:m|s|t|re|ll|ve|d)$/iu.test(word) || OPENERS.test(word) || TITLE_WORD.test(word) || isTitleWord(word) || CALENDAR.test(word)) return false;
  return text === null || !new RegExp(`(?<![\\p{L}])${esc(word.toLowerCase())}(?![\\p{L}])`, 'u').test(text);
}

export interface PeopleIndex {
  /** The one person a single word names ("Lu" for Lu Kang), or null. */
  byWord(word: string): Person | null;
  /** The person a shorter multi-word name stands for ("Te Kaurinui" for Te Kaurinui Parata), or null. */
  longerName(name: string): Person | null;
  /** Whether some known person's name holds this word. */
  anyHas(word: string): boolean;
  /** The person a pronoun or title at `at` refers to: the last one named within two paragraphs, unless contested. */
  lastPerson(at: number, paragraph: number, refers: { pronoun: string } | { title: string }): Person | null;
  /** Whether the text between `from` and `to` names anyone but the person called `name`. */
  namesOtherThan(from: number, to: number, name: string): boolean;
}

/**
 * `isQuoted(at)` tells offsets inside quotations (their words neither name nor refer); `paragraphStarts` bound
 * how far back a pronoun looks.
 */
export function indexPeople(
  text: string,
  lang: string,
  attributions: ReadonlyArray<Attribution | null>,
  isQuoted: (at: number) => boolean,
  paragraphStarts: readonly number[],
  words: SpeechWords | null,
): PeopleIndex {
  const people: Person[] = [];
  const addPerson = (name: string, role: string | null) => {
    if (people.some((p) => p.name === name)) return;
    const parts = name.split(' ');
    people.push({ name, role, aliases: new Set([name, ...(parts.length > 1 ? [parts[parts.length - 1]!] : [])]) });
  };
  for (const a of attributions) {
    const named = a?.named;
    if (named?.kind === 'person' && (named.name.split(' ').length >= 2 || CJK.test(named.name))) addPerson(named.name, named.role);
  }
  // People the text names with a title count as named too ("Mr. Mnuchin"), so a pronoun after them is theirs.
  if (lang === 'en') {
    for (const t of titledNames(text)) {
      if (isQuoted(t.at)) continue;
      const known = people.find((p) => p.name.split(' ').includes(t.name) || t.name.split(' ').includes(p.name.split(' ').pop()!));
      if (!known && t.name.includes(' ')) addPerson(t.name, null);
      else if (!known) people.push({ name: t.name, role: null, aliases: new Set([t.name]) });
    }
  }
  const byWord = (word: string): Person | null => {
    const bare = word.replace(HONORIFIC, '');
    const same = people.filter((p) => p.name.split(' ').includes(bare));
    // Two different people the text names with this word ("Lee Sang-min", "Lee Jae-myung"): no telling which.
    if (same.length === 1) return otherFullNames(text, bare, same[0]!.name) ? null : same[0]!;
    if (same.length > 1 || lang !== 'en' || bare.length < 2) return null;
    // A surname whose full name the text gives elsewhere, e.g. in a caption ("Hori Parata at his farm").
    const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+)((?:${SP}\\p{Lu}\\.)?)${SP}${esc(bare)}(?![\\p{L}])`, 'gu');
    // The first full name outside quotations, if its first word can be a given name ("Accordingly Turkey" is not one).
    const fulls = [...text.matchAll(re)].filter((m) => !isQuoted(m.index));
    const full = fulls[0];
    if (!full || !nameLike(full[1]!, null)) return null;
    // Two people written in full with this surname ("Ivanka Trump", "Donald Trump"): the bare word is either.
    if (fulls.some((m) => m[1] !== full[1] && nameLike(m[1]!, text))) return null;
    const given = `${full[1]}${full[2]!.replace(/\s/u, ' ')}`;
    const person = { name: `${given} ${bare}`, role: null, aliases: new Set([`${given} ${bare}`, bare]) };
    people.push(person);
    return person;
  };
  for (const a of attributions) {
    const named = a?.named;
    if (named && named.kind !== 'description' && !named.name.includes(' ')) byWord(named.name)?.aliases.add(named.name.replace(HONORIFIC, ''));
  }
  const longerName = (name: string): Person | null => {
    const mine = name.split(' ');
    const holders = people.filter((p) => p.name !== name && p.name.split(' ').length > mine.length && mine.every((w) => p.name.split(' ').includes(w)));
    if (holders.length === 1) return holders[0]!;
    if (holders.length > 1 || lang !== 'en' || mine.length < 2) return null;
    // Given names used alone after the full name was written once ("Te Kaurinui Robert Parata" … "says Te Kaurinui").
    const family = new Set([...text.matchAll(new RegExp(`(?<![\\p{L}])${esc(name)}((?:\\)?${SP}${NAME_WORD}){1,2})(?![\\p{L}])`, 'gu'))].filter((m) => m[1]!.replace(')', '').trim().split(/\s/u).every((w) => nameLike(w, null))).map((m) => m[1]!.trim().split(/\s/u).pop()!));
    if (family.size !== 1) return null;
    const person = { name: `${name} ${[...family][0]!}`, role: null, aliases: new Set([name]) };
    people.push(person);
    return person;
  };
  // A person named by part of a longer name is that person ("says Te Kaurinui" after "Te Kaurinui Parata").
  for (const p of [...people]) {
    const longer = p.name.includes(' ') ? longerName(p.name) : null;
    if (longer) {
      people.splice(people.indexOf(p), 1);
      longer.aliases.add(p.name);
    }
  }
  const mentions: Array<{ at: number; person: Person }> = [];
  // Where a full name is written, its words are that person's, not a word someone else shares.
  const fullNames: Array<[number, number]> = [];
  for (const person of people) {
    for (const alias of person.aliases) {
      if (alias.includes(' ')) for (const m of text.matchAll(new RegExp(esc(alias), 'gu'))) fullNames.push([m.index, m.index + alias.length]);
    }
  }
  const inFullName = (at: number) => fullNames.some(([from, to]) => at >= from && at < to);
  for (const person of people) {
    // Every word of a name mentions its bearer ("Lee" of Lee Jae-myung): two bearers of one word then compete.
    const parts = person.name.split(' ').filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !TITLE_WORD.test(w));
    for (const alias of new Set([...person.aliases, ...parts])) {
      // A word the text also gives someone else in full ("Lee" of Lee Sang-min beside Lee Jae-myung) is nobody's.
      const who = !alias.includes(' ') && sharedName(text, alias, person.name) ? SOMEONE : person;
      const re = new RegExp(`(?<![\\p{L}])${esc(alias)}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        if (isQuoted(m.index) || (who === SOMEONE && inFullName(m.index))) continue;
        mentions.push({ at: m.index, person: who });
      }
    }
  }
  mentions.sort((a, b) => a.at - b.at);
  const otherGender = words?.otherGender ?? {};
  // What the text says of each person's gender: an honorific before a mention, a gendered role.
  const genders = new GenderBook<Person>();
  for (const person of people) genders.note(person, roleGender(person.role));
  for (const m of mentions) if (m.person !== SOMEONE) genders.note(m.person, honorificGender(text.slice(Math.max(0, m.at - 12), m.at), lang));

  const lastPerson = (at: number, paragraph: number, refers: { pronoun: string } | { title: string }): Person | null => {
    const earliest = paragraphStarts[Math.max(0, paragraph - 2)] ?? 0;
    const role = 'title' in refers ? refers.title : undefined;
    const before = mentions.filter((m) => m.at < at && m.at >= earliest && (!role || (m.person.role ?? '').toLowerCase().includes(role)));
    const last = before[before.length - 1];
    if (!last || last.person === SOMEONE) return null;
    const rivals = before.filter((m) => m.person !== last.person && last.at - m.at < 120);
    if (rivals.length) return null;
    // A pronoun of the other gender than the text gives this person refers to someone else.
    const gender = 'pronoun' in refers ? pronounGender(refers.pronoun) : null;
    if (!genders.fits(last.person, gender)) return null;
    // Someone the index does not know, named in full after this person and before the pronoun, may be meant.
    const own = new Set(last.person.name.split(' '));
    if (namesAnotherPerson(text, last.at, at, own, isQuoted, (w) => nameLike(w, text))) return null;
    // "him" or "his" between "Lorenz" and "she said": the text has moved on to someone else.
    const other = 'pronoun' in refers ? otherGender[refers.pronoun] : undefined;
    if (other) {
      const re = new RegExp(`(?<![\\p{L}])(?:${other})(?![\\p{L}])`, 'iu');
      for (const m of text.slice(last.at, at).matchAll(new RegExp(re.source, 'giu'))) if (!isQuoted(last.at + m.index)) return null;
    }
    // The pronoun tells the person's gender from here on: a later pronoun of the other gender is someone else.
    genders.note(last.person, gender);
    return last.person;
  };
  const namesOtherThan = (from: number, to: number, name: string): boolean =>
    mentions.some((m) => m.at >= from && m.at < to && m.person.name !== name) || namesAnotherPerson(text, from, to, new Set(name.split(' ')), isQuoted, (w) => nameLike(w, text));
  return { byWord, longerName, anyHas: (word) => people.some((p) => p.name.split(' ').includes(word)), lastPerson, namesOtherThan };
}
