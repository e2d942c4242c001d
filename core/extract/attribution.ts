// The attribution next to one quotation: who the sentence says spoke, found from the speech verbs of the
// language before or after the quotation. Pronouns and titles are resolved later (quotations.ts), against
// the people already named.
import { nameFromPhrase, titleReference, type NamedSpeaker } from './speaker-name.ts';
import type { SpeechWords } from './speech-words.ts';

export interface Attribution {
  /** The speaker named at the quotation, or null when the words name nobody ("a spokesman said"). */
  named: NamedSpeaker | null;
  /** A pronoun or a title that refers back ("he", "the spokesman"), to resolve against earlier names. */
  refersBack: { pronoun: string } | { title: string } | null;
  /** The verb sits right beside the quotation ("…," he said / Lu said: "…"), not further off in the sentence. */
  adjacent: boolean;
  /** The sentence attributes the words, but to no one the engine can tell ("…," Roe said Doe told her). */
  unnamed?: boolean;
  /** Characters after the closing mark taken by the attribution (to join a split quotation after it). */
  afterLength: number;
  /** Where the subject stands: offset into `before` or into `after`. A pronoun refers to people named before it. */
  subjectAt: { side: 'before' | 'after'; index: number };
  how: string;
}

const cache = new Map<SpeechWords, { afterSubjVerb: RegExp; afterVerbSubj: RegExp; afterAccording: RegExp; verbAnywhere: RegExp; beforeAccording: RegExp; pronoun: RegExp; cue: RegExp; clause: RegExp; relayedAfter: RegExp; newClause: RegExp }>();

function patterns(w: SpeechWords) {
  let p = cache.get(w);
  if (p) return p;
  // \b does not see non-Latin letters: word edges are spelled out.
  const edgeL = '(?<![\\p{L}\\p{N}])';
  const edgeR = '(?![\\p{L}\\p{N}])';
  const V = `(?:${w.verbs})`;
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(w.verbs);
  const L = cjk ? '' : edgeL;
  const R = cjk ? '' : edgeR;
  // A full stop inside a name is an initial or an honorific ("C. Fred Bergsten", "Mr. Frankel"), not a sentence's end.
  const dot = '(?<=(?:^|[\\s(])(?:\\p{Lu}|Mr|Mrs|Ms|Mx|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Prof|Lt|Col|Sgt|Capt))\\.';
  p = {
    afterSubjVerb: new RegExp(`^[\\s,.!?:—–-]*(?<subj>(?:[^“”"«»„「」.!?;]|${dot}){1,140}?)\\s*(?:also\\s+|later\\s+|then\\s+|previously\\s+|has\\s+|had\\s+|have\\s+|once\\s+)?${L}(?<verb>${V})${R}`, 'iu'),
    afterVerbSubj: new RegExp(`^[\\s,.!?:—–-]*${L}(?<verb>${V})${R}\\s+(?<subj>(?:[^“”"«»„「」,.;:!?]|${dot}){1,100})`, 'iu'),
    afterAccording: new RegExp(`^[\\s,.!?:—–-]*${L}(?:${w.according})${R}\\s*(?<subj>(?:[^“”"«»„「」,.;:!?]|${dot}){1,120})`, 'iu'),
    verbAnywhere: new RegExp(`${L}(?:${V})${R}`, 'giu'),
    beforeAccording: new RegExp(`${L}(?:${w.according})${R}\\s*(?<subj>[^“”"«»„「」,.;:!?]{1,120}),?\\s*[^,]{0,60}$`, 'iu'),
    pronoun: new RegExp(`^(?:${w.pronouns})$`, 'iu'),
    cue: new RegExp(`${L}(?:${w.termCues})\\s*$`, 'iu'),
    // "…," Roe said Doe told her / "…," Roe said she was told: a second speaker's verb right after the first's.
    // ("…," Roe said she told him: her own words, still hers.)
    relayedAfter: new RegExp(`^\\s*(?:that\\s+|que\\s+|dass\\s+)?(?:(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}|(?:they|his|her|their|its|sein|seine|son|sa|ses|su|sus|seu|sua)\\s+(?:\\p{Ll}+\\s+)?)(?:(?:had|has|have)\\s+)?|(?:${w.pronouns})\\s+(?:was|were|had been|has been)\\s+)${L}(?:${V})${R}`, 'u'),
    // A clause with its own subject between a verb and a quotation: "Roe said …, and the mayor called it “…”".
    newClause: /(?:;|[,—–]\s*(?:and|but|while|whereas|yet|though|although|et|mais|und|aber|während|y|pero|mientras|e|mas|enquanto|ma|mentre)\s)\s*(?:(?:the|a|an|his|her|their|its|this|these|those|le|la|les|der|die|das|el|los|las|o|os|as|il|lo)\s+\p{Ll}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*\s+\p{Ll})/u,
    clause: cjk ? /[，,、；;：:」』”]/gu : /[,;:(—–”"»«“]\s*|(?<![\p{L}])(?:that|which|who|whom|where|while|because|but|as|and|when|after|before|since|whereas|although|if|than|que|qui|dass|weil|che|quando|dat|dont)\s+/giu,
  };
  cache.set(w, p);
  return p;
}

/** Whether the words right before a quotation make it a term or a title ("so-called “…”"). */
export function hasTermCue(before: string, w: SpeechWords): boolean {
  return patterns(w).cue.test(before.slice(-40));
}

function fromSubject(subj: string, w: SpeechWords, lang: string): Pick<Attribution, 'named' | 'refersBack'> {
  const s = subj.trim().replace(/[,:]+$/, '').trim();
  const p = patterns(w);
  if (p.pronoun.test(s)) return { named: null, refersBack: { pronoun: s.toLowerCase() } };
  const title = titleReference(s);
  if (title) return { named: null, refersBack: { title } };
  return { named: nameFromPhrase(s, lang), refersBack: null };
}

/** A subject right after a quotation: a short phrase, or a name with an appositive; not a new clause. */
function plausibleSubject(subj: string, cjk: boolean): boolean {
  const s = subj.trim();
  if (!/[\p{L}]/u.test(s)) return false;
  if (cjk) return s.length <= 16;
  if (/^(?:and|but|or|on|in|at|which|that|to|for|with|as|from|by|of|after|before|while|when|where|than|it|this|there|et|und|y|e|en|и)\b/iu.test(s)) return false;
  if (s.includes(',')) return /^[^,]+,\s*(?:a|an|the|who|one|its|his|her|un|une|el|la|der|die|ein|eine)\s[^,]*,?$/iu.test(s);
  return s.split(/\s+/).length <= 7;
}

/** The subject of a verb: the words after the last clause boundary before it, or a name with its appositive. */
function subjectBefore(head: string, clause: RegExp): string {
  // An appositive between commas ("Zakir, a high-ranking official, said") crosses the clause boundary.
  const appositive = /(?:^|[,;:]\s*)([^,;:]{2,60}),\s*((?:a|an|the)\s[^,]{2,80}),\s*$/iu.exec(head);
  if (appositive) return `${appositive[1]}, ${appositive[2]}`;
  let clauseStart = 0;
  clause.lastIndex = 0;
  for (let m = clause.exec(head); m; m = clause.exec(head)) clauseStart = m.index + m[0].length;
  return head.slice(clauseStart);
}

const RELAYED = /(?<![\p{L}])(?:quoting|citing|citant|citando|zitierte|zitiert|引用|援引)(?![\p{L}])/iu;

const isCjk = (lang: string) => lang === 'zh' || lang === 'ja';

const nothing = (how: string): Attribution => ({ named: null, refersBack: null, adjacent: false, afterLength: 0, subjectAt: { side: 'before', index: 0 }, how });

/**
 * Reads the attribution of a quotation from the rest of its sentence: `before` runs from the sentence's
 * start to the opening mark, `after` from the closing mark to the sentence's end.
 */
export function attributionOf(before: string, after: string, w: SpeechWords, lang: string): Attribution {
  const p = patterns(w);
  const cjk = lang === 'zh' || lang === 'ja';
  // "…," Haddad wrote, quoting Roe: the words are someone else's, and whose is not for the engine to guess.
  if (RELAYED.test(after)) return nothing('the attribution relays someone else’s words (quoting, citing)');
  // After the quotation: "…," he said / "…," said Lu Kang / "…," according to the report.
  if (after.trim()) {
    // Japanese puts the verb after the quotation: 「…」と述べた, with the speaker before it.
    if (cjk && new RegExp(`^と(?:${w.verbs})`, 'u').test(after.trim())) return fromBefore(before, w, lang, p, true);
    const sv = p.afterSubjVerb.exec(after);
    if (sv && plausibleSubject(sv.groups!.subj!, cjk)) {
      if (!cjk && p.relayedAfter.test(after.slice(sv.index + sv[0].length))) {
        return { named: null, refersBack: null, adjacent: true, unnamed: true, afterLength: sv.index + sv[0].length, subjectAt: { side: 'after', index: sv.index }, how: `“${sv[0].trim()}” relays another speaker’s words` };
      }
      const found = fromSubject(sv.groups!.subj!, w, lang);
      return { ...found, adjacent: true, afterLength: sv.index + sv[0].length, subjectAt: { side: 'after', index: sv.index + sv[0].indexOf(sv.groups!.subj!) }, how: `“${sv[0].trim()}” after the quotation` };
    }
    const vs = p.afterVerbSubj.exec(after);
    if (vs) {
      // After the verb the name comes first; what follows it is not part of it ("sagte Olaf Scholz am Montag").
      const subj = vs.groups!.subj!.replace(/^((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)(?<!['’]s?)\s+\p{Ll}.*$/u, '$1');
      const found = fromSubject(subj, w, lang);
      return { ...found, adjacent: true, afterLength: vs.index + vs[0].length, subjectAt: { side: 'after', index: vs.index + vs[0].indexOf(vs.groups!.subj!) }, how: `“${vs[0].trim()}” after the quotation` };
    }
    const ac = p.afterAccording.exec(after);
    if (ac) return { ...fromSubject(ac.groups!.subj!, w, lang), adjacent: true, afterLength: ac.index + ac[0].length, subjectAt: { side: 'after', index: ac.index }, how: `“${ac[0].trim()}” after the quotation` };
  }
  return fromBefore(before, w, lang, p, false);
}

function fromBefore(before: string, w: SpeechWords, lang: string, p: ReturnType<typeof patterns>, forceAdjacent: boolean): Attribution {
  if (!before.trim()) return nothing('no attribution in the sentence');
  const ac = p.beforeAccording.exec(before);
  if (ac) return { ...fromSubject(ac.groups!.subj!, w, lang), adjacent: true, afterLength: 0, subjectAt: { side: 'before', index: ac.index }, how: `“${ac[0].trim()}” before the quotation` };
  let verb: RegExpExecArray | null = null;
  if (forceAdjacent) {
    // The speaker is the topic of the sentence before the quotation: "山田氏は「…」".
    const subj = before.split(/[，,、。]/u).pop() ?? '';
    return { ...fromSubject(subj, w, lang), adjacent: true, afterLength: 0, subjectAt: { side: 'before', index: before.length - subj.length }, how: 'speaker before the quotation, verb after' };
  }
  const verbs: RegExpExecArray[] = [];
  p.verbAnywhere.lastIndex = 0;
  for (let m = p.verbAnywhere.exec(before); m; m = p.verbAnywhere.exec(before)) verbs.push(m);
  if (verbs.length === 0) return nothing('no speech verb in the sentence');
  // The last speech verb with a subject: "he said, adding that …" takes "he" from "said".
  let subj = '';
  for (let k = verbs.length - 1; k >= 0 && !subj.trim(); k--) {
    verb = verbs[k]!;
    subj = subjectBefore(before.slice(0, verb.index), p.clause);
  }
  if (!verb) return nothing('no speech verb in the sentence');
  const gap = before.slice(verbs[verbs.length - 1]!.index + verbs[verbs.length - 1]![0].length);
  const adjacent = gap.trim().split(/\s+/).filter(Boolean).length <= 4 && /[:,]?\s*(?:that\s*)?$/iu.test(gap);
  if (!subj.trim()) return nothing(`speech verb “${verb[0]}” without a subject`);
  // The quotation sits in a later clause with a subject of its own: whose words they are is not for the engine to guess.
  if (!isCjk(lang) && p.newClause.test(before.slice(verb.index + verb[0].length))) {
    return { named: null, refersBack: null, adjacent, unnamed: true, afterLength: 0, subjectAt: { side: 'before', index: verb.index }, how: `“${verb[0]}” belongs to an earlier clause` };
  }
  return { ...fromSubject(subj, w, lang), adjacent, afterLength: 0, subjectAt: { side: 'before', index: Math.max(0, verb.index - subj.length) }, how: `“${(subj + verb[0]).trim()}” before the quotation` };
}
