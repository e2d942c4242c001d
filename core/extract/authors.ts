// Author names as publishers print them ("By Jane Smith and Omar Haddad, CNN") into people split into given
// and family names, and organisations as literal names. Bylines that name nobody ("By CNN staff") give none.
import { hasReporterTitle, nameInBylinePart } from './byline-tails.ts';
import { monthOf } from './month-names.ts';
import type { Author } from './types.ts';

/** Words that make a byline boilerplate rather than a name. */
const BOILERPLATE = /\b(view|opinion|staff|staffers|editors?|editorial|desk|team|newsroom|reporters|writers?|contributors?|correspondents?|wires?|admin|administrator|guest|anonymous|unknown|follow|subscribe|share|authors?|profile|redaktion|rédaction|redacción|redazione|redactie|staff writer)\b/i;
/** Words that mark an organisation's name. */
const ORGANISATION = /\b(news|press|agency|agence|times|post|journal|herald|tribune|gazette|daily|weekly|magazine|media|network|reuters|bloomberg|associated|afp|ap|bbc|cnn|npr|inc|ltd|llc|gmbh|corp|company|association|institute|university|college|council|ministry|committee|foundation|group|society|centre|center|office|department|government|organi[sz]ation|union|league|commission|bureau|service|project|partners|club|laboratory|lab|school|church|party|library|museum|review|radio|television|tv)\b/i;
/** Words that name a news agency or desk, which sites sometimes type as a Person in JSON-LD. */
const WIRE = /\b(press|presse|news|agency|agence|agencia|agência|agenzia|newswire|wires?|reuters|bloomberg|xinhua|afp|dpa|efe|ansa|kyodo|yonhap|interfax)\b/i;
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'das', 'dos', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'st.']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|phd|md)$/i;
// A word that leads a byline ends there ("AFP" does not start with Danish "af", nor "Parker" with "par").
const LEAD = /^(?:(?:by|from|written by|words by|story by|reporting by|reported by|writing by|text|texte|texto|reporter|von|par|por|di|door|av|af|autor(?:a|in)?|author|auteur|autrice|автор)(?:\s*[:：]\s*|\s+)|(?:(?:作者|筆者|笔者|記者)\s*[:：︱｜|/／]?|文\s*[/／:：・︱｜|]|(?:本报|本网|本台)?(?:特约)?记者[:：]?|撰文\s*[:：︱｜|/／]?|글\s*[:：]?)\s*)/i;
/** Credits after the writers' that are not for writing: "; Editing by …", "Additional reporting by …", "Photos by …". */
const OTHER_CREDITS = /\s*[;.]?\s*\b(?:additional reporting|editing|edited|compiled|translated|translation|photos?|photographs|graphics|illustrations?|fact[- ]checking)\s+by\b/i;

const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|on|le|el|am|de|du|del|den|the)\.?,?$/i;

/** A name without the words of a date that starts after it: "Jane Roe March" (before "9, 2017"), "Jane Roe, le". */
function withoutDateWords(text: string): string {
  const words = text.trim().replace(/[,;]+$/, '').split(/\s+/);
  while (words.length > 1 && (MONTH_OR_DAY.test(words.at(-1)!) || monthOf(words.at(-1)!.replace(/,$/, '')) !== null)) words.pop();
  return words.join(' ');
}

/** A byline string cleaned of "By", roles, dates and affiliations, split into names. */
export function splitByline(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  // Cut at what follows the names: a date, "Updated", a pipe, a bullet, an e-mail address.
  // A name holds no digit, so the first one starts a date, a time or a count, even run into the name ("Nolan22 Dec");
  // a month or weekday just before it belongs to the date ("Sarah Gooding March 9, 2017").
  const beforeDigit = /^[^\d]*(?=\d)/.exec(s)?.[0];
  s = s.split(/\s[|•·–—](?:\s|$)|\bupdated\b|\bpublished\b|\bposted\b|\bon (?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d|\S+@\S+/i)[0] ?? '';
  if (beforeDigit !== undefined && s === beforeDigit) s = withoutDateWords(s);
  s = (s.split(OTHER_CREDITS)[0] ?? '').trim();
  // A credit set in parentheses ("(Reporting by …)"): the opening one, and the closing one if the cut left it.
  if (s.startsWith('(')) s = s.slice(1).replace(/\)$/, '');
  // Co-writers in parentheses ("Jane Roe (avec John Doe et Ann Poe)") are written as the "with" they are.
  s = s.replace(/\s*\(\s*(with|avec|mit|con|com|met)\s+([^()]+)\)/giu, ' $1 $2');
  s = s.replace(LEAD, '').trim();
  const parts = s
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\ben\b|(?<![\p{L}])и(?![\p{L}])|、|，|和|与)\s*/iu)
    // Lower case only: "y"/"e" are initials in capitals ("Jane E. Roe"), "Con" a given name. "with"/"avec"/"mit"
    // join contributors the byline presents as writing the text with the first.
    .flatMap((p) => p.split(/\s+(?:y|e|with|avec|mit|con|com|met)\s+/))
    // Chinese names written one after another with a space ("张三 李四") are two people.
    .flatMap((p) => (/^[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})+$/u.test(p.trim()) ? p.trim().split(/\s+/) : [p]))
    .map((p) => nameInBylinePart(p.replace(LEAD, '').replace(/^[\s"'“”‘’]+|[\s"'“”‘’.:]+$/g, '').trim()))
    .filter((p): p is string => p !== null && p.length > 0);
  return parts;
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Whether a string looks like a person's name: two to five words, each a capitalised word, an initial or a particle. */
function looksLikePerson(name: string): boolean {
  if (ORGANISATION.test(name) || WIRE.test(name) || BOILERPLATE.test(name) || /\d|@|https?:|\//.test(name)) return false;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => PARTICLES.has(w.toLowerCase()) || SUFFIXES.test(w) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^\p{Lu}\.$/u.test(w));
}

/** Splits a person's name: the family name is the last word with the particles before it ("van der Berg"). */
export function splitPersonName(name: string): { given: string; family: string } | null {
  let words = name.split(' ').filter(Boolean);
  if (words.every((w) => w === w.toUpperCase()) && words.some((w) => w.length > 2)) words = words.map(titleCase);
  while (words.length > 2 && SUFFIXES.test(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  if (words.length < 2) return null;
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has((words[i - 1] ?? '').toLowerCase())) i -= 1;
  const given = words.slice(0, i).join(' ');
  const family = words.slice(i).join(' ');
  return given && family ? { given, family } : null;
}

/**
 * One author from a name string: a person when it has a person's shape, an organisation when it names one,
 * nothing for boilerplate. `kind` comes from structured data (JSON-LD @type) when the page gives it.
 */
export function authorOf(rawName: string, kind?: 'person' | 'organisation'): Author | null {
  let name = rawName.replace(/\s+/g, ' ').replace(LEAD, '').trim().replace(/[,;:.]+$/, '').trim();
  if (!name || name.length > 120 || /^https?:/i.test(name) || BOILERPLATE.test(name)) return null;
  // "Smith, Jane" (citation_author style): flip to given-first.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && looksLikePerson(`${comma[2]} ${comma[1]}`)) name = `${comma[2]!.trim()} ${comma[1]!.trim()}`;
  if (kind === 'organisation') return { literal: name };
  // A nickname or middle names in parentheses ("Richard (R.J.) Eskow") are not part of the cited name.
  const plain = name.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  if (plain && plain !== name && looksLikePerson(plain)) name = plain;
  if (looksLikePerson(name)) {
    const split = splitPersonName(name);
    if (split) return split;
  }
  if (kind === 'person') {
    if (WIRE.test(name)) return { literal: name };
    const split = splitPersonName(name);
    return split ?? { literal: name };
  }
  // A single word or a name of another shape: only an organisation's name is kept, never a guess at a person.
  return ORGANISATION.test(name) || WIRE.test(name) || (/^\p{Lu}[\p{Lu}&.-]{1,9}$/u.test(name)) ? { literal: name } : /\p{Script=Han}/u.test(name) && name.length <= 6 ? { literal: name } : /^\p{Script=Hangul}{2,5}$/u.test(name) ? { literal: name } : null;
}

/**
 * The authors one structured name stands for: "Jane Roe and John Doe" typed as one Person is two people;
 * "Roe, Jane" stays one.
 */
export function authorsFromName(rawName: string, kind?: 'person' | 'organisation'): Author[] {
  if (kind !== 'organisation' && /,|;|&|、|\b(?:and|und|et|y|e|en)\b/.test(rawName)) {
    const people = splitByline(rawName).map((n) => authorOf(n, kind));
    if (people.length >= 2 && people.every((a) => a !== null && 'family' in a)) return people as Author[];
  }
  const one = authorOf(rawName, kind);
  return one ? [one] : [];
}

/**
 * Authors from a byline, boilerplate and affiliations dropped. A visible byline yields an organisation only
 * when it says "By" (a dateline such as "Hong Kong CNN —" is not a byline).
 */
export function authorsFromByline(byline: string, visible = false): Author[] {
  if (visible && /[—–]\s*$/.test(byline.trim())) return [];
  const explicit = LEAD.test(byline.trim()) || hasReporterTitle(byline);
  const names = splitByline(byline);
  const people = names
    .map((n) => authorOf(n))
    .filter((a): a is Author => a !== null && (!visible || explicit || 'family' in a));
  // "Jane Smith, CNN": an affiliation after people is the employer, not a co-author.
  const anyPerson = people.some((a) => 'family' in a);
  return dedupe(anyPerson ? people.filter((a) => 'family' in a) : people);
}

export function authorKey(a: Author): string {
  return ('literal' in a ? a.literal : `${a.given} ${a.family}`).toLowerCase();
}

export function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => {
    const k = authorKey(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
