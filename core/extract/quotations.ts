// Direct quotations in the article text, their speakers, and the quoted terms that are not speech.
// Rules (docs/extraction.md): a quotation is speech when an attribution stands beside it, or when it is a
// whole sentence of its own; a short phrase in marks without one (a scare quote, a term, a title) is not.
// A pronoun or a title resolves to the last person named before it, unless two people compete for it;
// otherwise the speaker is "not identified". Split quotations ("…," he said, "…") are joined.
import { attributionOf, hasTermCue, type Attribution } from './attribution.ts';
import { findMarkedSpans, TITLE_MARKS } from './quote-marks.ts';
import { titledNames } from './speaker-name.ts';
import { sentenceAround, sentenceStarts } from './sentences.ts';
import { speechWordsFor } from './speech-words.ts';
import type { ExtractedQuotation, PageBlock, Speaker } from './types.ts';

interface Found {
  paragraph: number;
  /** Absolute offsets of the marks. */
  open: number;
  close: number;
  closed: boolean;
  inner: string;
  before: string;
  after: string;
  /** Offset (absolute) where the text after the closing mark starts. */
  afterAt: number;
  startsParagraph: boolean;
}

interface Person {
  name: string;
  role: string | null;
  /** Words that refer to this person alone: the full name, the family name, a word used alone for them. */
  aliases: Set<string>;
}

/** Capitalised words that are titles or sentence openers, not given names ("Senator Lourimi"). */
const TITLE_WORD = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Minister|Secretary|Judge|Mayor|Prime|The|A|An|In|On|At|But|And|When|After|Said|Says)$/;
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/u;

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)?`;

/** Whether the text names someone other than `name` in full with the word `bare` (before or after it). */
export function otherFullNames(text: string, bare: string, name: string): boolean {
  const esc = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])(?:(${NAME_WORD})\\s)?${esc}(?:\\s(${NAME_WORD}))?(?![\\p{L}])`, 'gu');
  const words = new Set(name.split(' '));
  for (const m of text.matchAll(re)) {
    // A capitalised word the text also writes in lower case is an ordinary word ("For Hamilton, …").
    const sides = [m[1], m[2]].filter((w): w is string => !!w && !TITLE_WORD.test(w) && !new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text));
    if (sides.some((w) => !words.has(w))) return true;
  }
  return false;
}

/** Quotation-mark spans of every paragraph, with the rest of their sentence. */
function findAll(text: string, starts: readonly number[], lang: string): Found[] {
  const out: Found[] = [];
  for (let p = 0; p < starts.length; p++) {
    const from = starts[p]!;
    const to = p + 1 < starts.length ? starts[p + 1]! - 1 : text.length;
    const para = text.slice(from, to);
    const spans = findMarkedSpans(para, lang).filter((s) => s.depth === 0 && !TITLE_MARKS.has(para[s.open]!));
    const inside = (i: number) => spans.some((s) => i > s.open && i < s.close);
    const sentences = sentenceStarts(para, inside);
    // Other quotations' words are not attribution: the sentence around one quotation is read with them masked.
    let masked = para;
    for (const s of spans) masked = masked.slice(0, s.open + 1) + '_'.repeat(Math.max(0, s.close - s.open - 1)) + masked.slice(s.close);
    const nextPara = p + 1 < starts.length ? text.slice(starts[p + 1]!, starts[p + 1]! + 2) : '';
    for (const s of spans) {
      // A quotation left open runs on only when the next paragraph opens with a mark, as the convention goes.
      if (!s.closed && !/^[“"«„»「『‘]/u.test(nextPara)) continue;
      const sentOpen = sentenceAround(sentences, para.length, s.open);
      const sentClose = sentenceAround(sentences, para.length, Math.max(s.open, s.close - 1));
      out.push({
        paragraph: p,
        open: from + s.open,
        close: from + s.close,
        closed: s.closed,
        inner: para.slice(s.open + 1, s.close),
        before: masked.slice(sentOpen.start, s.open),
        after: s.closed ? masked.slice(s.close + 1, sentClose.end) : '',
        afterAt: from + s.close + 1,
        startsParagraph: para.slice(0, s.open).trim() === '',
      });
    }
  }
  return out;
}

/** Finds every quotation; `blockKinds` tells headings and captions apart from running text. */
export function extractQuotations(text: string, paragraphStarts: readonly number[], blockKinds: readonly PageBlock['kind'][], lang: string): ExtractedQuotation[] {
  const words = speechWordsFor(lang);
  const found = findAll(text, paragraphStarts, lang);
  const people: Person[] = [];
  const mentions: Array<{ at: number; person: Person }> = [];
  const results: ExtractedQuotation[] = [];
  const attributions = found.map((f) => (words ? attributionOf(f.before, f.after, words, lang) : null));

  // First pass: the people named as speakers, so later surnames, pronouns and titles can refer to them.
  const addPerson = (name: string, role: string | null) => {
    if (people.some((p) => p.name === name)) return;
    const parts = name.split(' ');
    people.push({ name, role, aliases: new Set([name, ...(parts.length > 1 ? [parts[parts.length - 1]!] : [])]) });
  };
  found.forEach((_f, i) => {
    const named = attributions[i]?.named;
    if (named?.kind === 'person' && (named.name.split(' ').length >= 2 || CJK.test(named.name))) addPerson(named.name, named.role);
  });
  // People the text names with a title count as named too ("Mr. Mnuchin"), so a pronoun after them is theirs.
  if (lang === 'en') {
    for (const t of titledNames(text)) {
      if (found.some((f) => t.at > f.open && t.at < f.close)) continue;
      const known = people.find((p) => p.name.split(' ').includes(t.name) || t.name.split(' ').includes(p.name.split(' ').pop()!));
      if (!known && t.name.includes(' ')) addPerson(t.name, null);
      else if (!known) people.push({ name: t.name, role: null, aliases: new Set([t.name]) });
    }
  }
  // A single word used as a speaker names the one person it is part of ("Lu said" after "Lu Kang").
  const byWord = (word: string) => {
    const bare = word.replace(/^(Mr|Mrs|Ms|Dr)\.?\s*/, '');
    const same = people.filter((p) => p.name.split(' ').includes(bare));
    // Two different people the text names with this word ("Lee Sang-min", "Lee Jae-myung"): no telling which.
    if (same.length === 1) return otherFullNames(text, bare, same[0]!.name) ? null : same[0]!;
    if (same.length > 1 || lang !== 'en' || bare.length < 2) return null;
    // A surname whose full name the text gives elsewhere, e.g. in a caption ("Hori Parata at his farm").
    const esc = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}\\.)?)\\s${esc}(?![\\p{L}])`, 'u').exec(text);
    if (!full || TITLE_WORD.test(full[1]!)) return null;
    const person = { name: `${full[1]} ${bare}`, role: null, aliases: new Set([`${full[1]} ${bare}`, bare]) };
    people.push(person);
    return person;
  };
  found.forEach((_f, i) => {
    const named = attributions[i]?.named;
    if (named && named.kind !== 'description' && !named.name.includes(' ')) byWord(named.name)?.aliases.add(named.name.replace(/^(Mr|Mrs|Ms|Dr)\.?\s*/, ''));
  });
  for (const person of people) {
    for (const alias of person.aliases) {
      const re = new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        if (!found.some((f) => m.index > f.open && m.index < f.close)) mentions.push({ at: m.index, person });
      }
    }
  }
  mentions.sort((a, b) => a.at - b.at);

  /** The last person mentioned before `at`, within two paragraphs; null when two people compete in its sentence. */
  const lastPerson = (at: number, paragraph: number, role?: string): Person | null => {
    const earliest = paragraphStarts[Math.max(0, paragraph - 2)] ?? 0;
    const before = mentions.filter((m) => m.at < at && m.at >= earliest && (!role || (m.person.role ?? '').toLowerCase().includes(role)));
    const last = before[before.length - 1];
    if (!last) return null;
    const rivals = before.filter((m) => m.person !== last.person && last.at - m.at < 120);
    return rivals.length ? null : last.person;
  };

  const resolve = (a: Attribution, f: Found): { speaker: Speaker | null; how: string } => {
    if (a.named) {
      const n = a.named;
      if (n.kind !== 'description' && !n.name.includes(' ')) {
        // A surname alone: the person named in full elsewhere ("Lu said" after "Lu Kang").
        const person = byWord(n.name);
        if (person) return { speaker: { name: person.name, kind: 'person', role: person.role, inferred: false }, how: `${a.how}; ${n.name} is ${person.name}` };
        const bare = n.name.replace(/^(Mr|Mrs|Ms|Dr)\.?\s*/, '');
        if (people.some((p) => p.name.split(' ').includes(bare))) return { speaker: null, how: `${a.how}; ${n.name} names more than one person` };
      }
      return { speaker: { name: n.name, kind: n.kind, role: n.role, inferred: false }, how: a.how };
    }
    if (a.refersBack) {
      // People named before the pronoun itself count, not those named between it and the quotation.
      const at = a.subjectAt.side === 'after' ? f.open : f.open - f.before.length + a.subjectAt.index;
      const person = 'title' in a.refersBack ? lastPerson(at, f.paragraph, a.refersBack.title) : lastPerson(at, f.paragraph);
      // Named by a pronoun or a title the source uses for them: attributed, not inferred (as the curated pack has it).
      if (person) return { speaker: { name: person.name, kind: 'person', role: person.role, inferred: false }, how: `${a.how}; refers to ${person.name}, named last` };
      return { speaker: null, how: `${a.how}; no single person named before it` };
    }
    return { speaker: null, how: a.how };
  };

  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const a = attributions[i];
    const kind = blockKinds[f.paragraph] ?? 'paragraph';
    const n = CJK.test(f.inner) ? Math.ceil(f.inner.replace(/\s/g, '').length / 2) : wordCount(f.inner);
    const endsSentence = /[.!?。！？…][’”"»」]*\s*$/u.test(f.inner) || /^\s*(?:[.!?;:]|$)/u.test(f.after);
    const wholeSentence = (/^\s*$|:\s*$/u.test(f.before) && /^[\p{Lu}\p{Lo}]/u.test(f.inner.trim()) && (n >= 6 || endsSentence)) || (f.startsParagraph && n >= 4);
    const cue = words ? hasTermCue(f.before, words) : false;
    const determinerBefore = words?.determiners ? new RegExp(`(?:^|\\s)(?:${words.determiners})\\s*$`, 'iu').test(f.before) : false;
    const attributed = !!a && (a.named !== null || a.refersBack !== null || a.adjacent);
    let speech: boolean;
    if (kind === 'heading' || cue || n === 0) speech = false;
    else if (attributed && a!.adjacent) speech = n >= 1 && !(determinerBefore && n < 4);
    else if (attributed) speech = n >= 3 && endsSentence && !determinerBefore;
    else speech = wholeSentence && n >= 3;
    let { speaker, how } = speech && a ? resolve(a, f) : { speaker: null, how: speech ? 'no attribution words for this language' : cue ? 'a term or title (cue before it)' : 'not speech' };
    if (speech && !attributed) how = 'a sentence in quotation marks without attribution';

    // A quotation that follows its speaker's quotation with no attribution of its own continues it.
    const prev = results[results.length - 1];
    if (speech && !speaker && !attributed && prev?.speech && prev.speaker && (prev.paragraph === f.paragraph || (prev.paragraph === f.paragraph - 1 && f.startsParagraph))) {
      speaker = { ...prev.speaker, inferred: true };
      how = `continues the quotation of ${prev.speaker.name} before it`;
    }
    // A split quotation: "…," he said, "…" — the second part joins the first.
    if (prev && prev.speech && speech && prev.paragraph === f.paragraph && joinable(text, prev, f)) {
      prev.parts.push({ start: f.open + 1, end: f.close });
      prev.text = `${prev.text} ${f.inner}`;
      continue;
    }
    results.push({
      text: f.inner,
      parts: [{ start: f.open + 1, end: f.close }],
      paragraph: f.paragraph,
      speaker: speech ? speaker : null,
      speech,
      how,
      partial: !wholeSentence,
    });
  }
  return results;
}

/** Whether only an attribution clause ending in a comma or colon separates two quotations. */
function joinable(text: string, prev: ExtractedQuotation, next: Found): boolean {
  const last = prev.parts[prev.parts.length - 1]!;
  const between = text.slice(last.end + 1, next.open);
  const firstEnds = /[,—–-]\s*$|[^.!?。]$/u.test(text.slice(last.start, last.end));
  return firstEnds && between.length <= 80 && /[\p{L}]/u.test(between) && /[,:]\s*$/u.test(between) && !/[.!?]\s/u.test(between);
}
