// A speaker from the words that name them: "UK Foreign Secretary Jeremy Hunt" is Jeremy Hunt, role
// "UK Foreign Secretary"; "Shohrat Zakir, a high-ranking official" has the role after the comma; "the UN
// Committee on ..." is an organisation; "a spokesman" names nobody.
import { cjkSpeaker } from './cjk-subject.ts';
import { isPossessiveDescription, namesSomeoneElse } from './speaker-relations.ts';

export interface NamedSpeaker {
  name: string;
  kind: 'person' | 'organisation' | 'description';
  role: string | null;
}

/** Title words that precede a name and belong to the role ("Foreign Secretary Jeremy Hunt"). */
const TITLE = /^(president|vice|prime|minister|secretary|spokesman|spokeswoman|spokesperson|senator|sen\.?|rep\.?|representative|gov\.?|governor|mayor|judge|justice|general|gen\.?|col\.?|colonel|lt\.?|lieutenant|sgt\.?|sergeant|capt\.?|captain|major|admiral|dr\.?|prof\.?|professor|mr\.?|mrs\.?|ms\.?|mx\.?|sir|dame|lord|lady|king|queen|prince|princess|pope|chairman|chairwoman|chair|ceo|cfo|coo|cto|director|chief|ambassador|commissioner|officer|attorney|chancellor|premier|deputy|councillor|councilor|inspector|coach|rev\.?|reverend|father|sheikh|imam|bishop|archbishop|cardinal|rabbi|president-elect|leader|head|founder|editor|analyst|economist|researcher|scholar|activist|lawyer|spokesmen|officials?|superintendent|commander|marshal|mp|mep|congressman|congresswoman|assemblyman|assemblywoman|envoy|consul|emir|sultan|monsignor|dean|provost|rector|presidente|ministre|ministro|minister|porte-parole|sprecher|sprecherin|kanzler|kanzlerin|bundeskanzler|bundeskanzlerin|staatssekretär|bürgermeister)$/i;
const ORGANISATION = /\b(ministry|committee|council|department|office|agency|party|government|administration|police|court|union|commission|bank|company|inc\.?|corp\.?|group|university|institute|news|times|post|press|foundation|association|organi[sz]ation|army|military|embassy|parliament|congress|senate|assembly|board|authority|service|bureau|xinhua|reuters|cnn|bbc|state|federation|league|nations|watch|international|amnesty|network|centre|center|society|club|team|campaign|coalition|alliance|ministerium|regierung|ministère|gouvernement|ministerio|gobierno|ministero|governo)\b/i;
const CONNECTOR = /^(of|on|the|for|and|de|du|des|la|le|di|del|della|van|von|der|den|al|bin|für|y|e)$/i;
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|\p{Lu}{2,}s?)$/u;
/** Lower-case nouns that, with "the", stand for a named institution or document ("the law said"). */
const INSTITUTION_NOUN = /^(law|regulation|report|statement|ministry|government|committee|council|court|police|company|agency|document|court ruling|ruling|letter|memo|indictment|complaint|lawsuit|filing|study|survey|paper|white paper|order|decree|verdict|judgment|resolution|constitution|charter|bill|guidance|notice|announcement|press release|embassy|army|military|department|office|administration|white house|kremlin|commission|report's authors|authors)$/i;
const INDEFINITE = /^(a|an|one|some|several|many|other|another|two|three|four|several other|people|officials|experts|analysts|sources|residents|critics|witnesses|observers|activists|diplomats|lawmakers|scholars|researchers|neighbours|neighbors|someone|somebody)\b/i;
const ROLE_NOUN = /(spokesman|spokeswoman|spokesperson|minister|secretary|president|official|officer|director|chief|governor|mayor|ambassador|senator|judge|professor|analyst|expert|researcher|lawyer|leader|chairman|chair|commissioner|envoy|diplomat|economist|activist|scholar|editor|founder|head)s?$/i;

/** Whether a run of capitalised words names an institution ("Columbia University", "Foreign Ministry"). */
export const isOrganisationName = (run: string): boolean => ORGANISATION.test(run);

/** Whether a word is a title that stands before a name ("Senator", "Coach", "Dr."). */
export const isTitleWord = (word: string): boolean => TITLE.test(word);

/** Words of a phrase with their offsets. */
function words(phrase: string): Array<{ w: string; at: number }> {
  return [...phrase.matchAll(/[^\s,;:()]+/gu)].map((m) => ({ w: m[0], at: m.index }));
}

/** The last run of capitalised words in a phrase (connectors allowed between capitalised words). */
function lastCapitalisedRun(ws: Array<{ w: string; at: number }>): [number, number] | null {
  let end = -1;
  for (let i = ws.length - 1; i >= 0; i--) {
    if (CAPITALISED.test(ws[i]!.w)) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let start = end;
  while (start > 0) {
    const prev = ws[start - 1]!.w;
    if (CAPITALISED.test(prev)) start -= 1;
    else if (CONNECTOR.test(prev) && start > 1 && CAPITALISED.test(ws[start - 2]!.w)) start -= 2;
    else if (CONNECTOR.test(prev) && start > 2 && CONNECTOR.test(ws[start - 2]!.w) && CAPITALISED.test(ws[start - 3]!.w)) start -= 3;
    else break;
  }
  return [start, end + 1];
}

const trimRole = (s: string) => s.replace(/^[\s,]+|[\s,]+$/g, '').replace(/^(the|a|an)\s+/i, (m) => (/^(a|an)\s/i.test(m) ? m : '')) || null;

/**
 * Reads the subject of an attribution. Returns null for what names nobody ("a spokesman", "officials").
 * `lang` is the primary language subtag: capitalisation marks names only in languages written with it.
 */
export function nameFromPhrase(rawPhrase: string, lang: string): NamedSpeaker | null {
  let phrase = rawPhrase.replace(/\s+/g, ' ').trim().replace(/[,;:]+$/, '').trim();
  if (!phrase || phrase.length > 160) return null;
  if (lang === 'zh' || lang === 'ja') {
    const name = cjkSpeaker(phrase);
    return name ? { name, kind: 'person', role: null } : null;
  }
  // An appositive: "Shohrat Zakir, a high-ranking Xinjiang government official".
  const appositive = /^([^,]+),\s*((?:a|an|the|who|one|its|his|her)\b[^,]+|[^,]*\b(?:spokesman|spokeswoman|spokesperson|minister|official|director|secretary|president|chief|professor|analyst|head)\b[^,]*),?$/i.exec(phrase);
  if (appositive) {
    const head = nameFromPhrase(appositive[1]!, lang);
    if (head && head.kind !== 'description') return { ...head, role: head.role ?? trimRole(appositive[2]!) };
  }
  // Leading clauses are not part of the subject: "At a press conference Thursday, Lu Kang".
  phrase = phrase.split(/,\s*/).pop() ?? phrase;
  const ws = words(phrase);
  if (ws.length === 0 || isPossessiveDescription(phrase)) return null;
  if (INDEFINITE.test(phrase) && !lastCapitalisedRun(ws.slice(1))) return null;
  const run = lastCapitalisedRun(ws);
  if (!run || (run[0] === 0 && run[1] === 1 && ws.length === 1 && /^(the|a|an|he|she|it|they|we|i|this|that)$/i.test(ws[0]!.w))) {
    const def = /^(?:the|its|their)\s+(.+)$/i.exec(phrase);
    if (def && INSTITUTION_NOUN.test(def[1]!)) return { name: phrase, kind: 'description', role: null };
    return null;
  }
  // The run must end the phrase, or be a name followed by where the person works: "Jennifer Mattinson
  // from the West Mercia police".
  if (run[1] < ws.length) {
    const at = /\s(?:from|at|of|with)\s/u.exec(phrase);
    if (!at) return null;
    const head = nameFromPhrase(phrase.slice(0, at.index), lang);
    return head?.kind === 'person' ? { ...head, role: head.role ?? trimRole(phrase.slice(at.index)) } : null;
  }
  let nameWords = ws.slice(run[0], run[1]).map((x) => x.w);
  const before = phrase.slice(0, ws[run[0]]!.at).trim();
  // Title words at the front of the run belong to the role.
  let t = 0;
  for (let i = 0; i < nameWords.length - 1; i++) if (TITLE.test(nameWords[i]!)) t = i + 1;
  const runText = nameWords.join(' ');
  if (t === 0 && ORGANISATION.test(runText)) {
    const withThe = /^the$/i.test(before.split(' ').pop() ?? '') ? `the ${runText}` : runText;
    return { name: withThe.replace(/^the /i, 'the '), kind: 'organisation', role: null };
  }
  const titleWords = nameWords.slice(0, t);
  nameWords = nameWords.slice(t);
  // A lone title is not a name ("Secretary said").
  if (nameWords.length === 0 || (nameWords.length === 1 && TITLE.test(nameWords[0]!))) return null;
  const honorific = /^(mr|mrs|ms|mx|dr|prof|sir|dame|lord|lady|rev)\.?$/i;
  const role = [before.replace(/^(the|a|an)\s+/i, ''), titleWords.filter((w) => !honorific.test(w)).join(' ')].filter(Boolean).join(' ').trim();
  const name = nameWords.join(' ');
  if (!(t === 0 && ORGANISATION.test(runText)) && namesSomeoneElse(before, nameWords)) return null;
  // "Don’t say …", "So saying", "said I": a contraction, an opener or the first person names no one.
  if (nameWords.some((w) => /['’](?:t|m|re|ll|ve|d)$/iu.test(w)) || (nameWords.length === 1 && /^(?:I|So|Then|Now|Thus|Yes|No|Well)\W*$/u.test(name))) return null;
  const acronym = /^\p{Lu}{2,}s?$/u.test(name);
  const titled = titleWords.length > 0;
  return { name, kind: acronym || (nameWords.length === 1 && !titled && !role && !ROLE_NOUN.test(before)) ? 'organisation' : 'person', role: role || null };
}

/** Whether a lower-case phrase is a definite title that refers back to a named person ("the spokesman"). */
export function titleReference(phrase: string): string | null {
  const m = /^(?:the|this|that)\s+([\p{Ll}\s-]+)$/iu.exec(phrase.trim());
  return m && ROLE_NOUN.test(m[1]!.trim()) ? m[1]!.trim().split(' ').pop()!.toLowerCase() : null;
}

/** People the text names with a title or an honorific ("Mr. Mnuchin", "Senator Mitch McConnell"): name and offset. */
export function titledNames(text: string): Array<{ name: string; at: number }> {
  const out: Array<{ name: string; at: number }> = [];
  const re = /(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|President|Senator|Representative|Governor|Minister|Secretary|Chancellor|Ambassador|Judge|Justice|Mayor|Spokesman|Spokeswoman|spokesman|spokeswoman|spokesperson)\.?\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){0,2})/gu;
  for (const m of text.matchAll(re)) out.push({ name: m[1]!, at: m.index + m[0].length - m[1]!.length });
  return out;
}
