// Direct quotations in the article text, their speakers, and the quoted terms that are not speech.
// Rules (docs/extraction.md): a quotation is speech when an attribution stands beside it, or when it is a
// whole sentence of its own; a short phrase in marks without one (a scare quote, a term, a title) is not.
// A pronoun or a title resolves to the last person named before it, unless two people compete for it;
// otherwise the speaker is "not identified". Split quotations ("…," he said, "…") are joined.
import { attributionOf, hasTermCue, type Attribution } from './attribution.ts';
import { hasFullerName } from './bare-surname.ts';
import { namesSomeoneElseBetween } from './continuation.ts';
import { findMarkedSpans, TITLE_MARKS } from './quote-marks.ts';
import { indexPeople } from './people.ts';
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

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/u;


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
  const results: ExtractedQuotation[] = [];
  const attributions = found.map((f) => (words ? attributionOf(f.before, f.after, words, lang) : null));
  const isQuoted = (at: number) => found.some((f) => at > f.open && at < f.close);
  const people = indexPeople(text, lang, attributions, isQuoted, paragraphStarts, words);

  const resolve = (a: Attribution, f: Found): { speaker: Speaker | null; how: string } => {
    if (a.named) {
      const n = a.named;
      if (n.kind !== 'description' && !n.name.includes(' ')) {
        // A surname alone: the person named in full elsewhere ("Lu said" after "Lu Kang").
        const person = people.byWord(n.name);
        if (person) return { speaker: { name: person.name, kind: 'person', role: person.role, inferred: false }, how: `${a.how}; ${n.name} is ${person.name}` };
        const bare = n.name.replace(/^(Mr|Mrs|Ms|Dr)\.?\s*/, '');
        if (people.anyHas(bare)) return { speaker: null, how: `${a.how}; ${n.name} names more than one person` };
        // German capitalises every noun: one capitalised word ("Experten", "Polizei") is no one's name unless an acronym.
        if (lang === 'de' && !/^\p{Lu}{2,}$/u.test(bare)) return { speaker: null, how: `${a.how}; ${n.name} may be a noun` };
        if (hasFullerName(text, bare, isQuoted)) return { speaker: null, how: `${a.how}; ${bare} is named in full elsewhere, not tied to this one` };
      }
      const longer = n.kind === 'person' ? people.longerName(n.name) : null;
      if (longer) return { speaker: { name: longer.name, kind: 'person', role: n.role ?? longer.role, inferred: false }, how: `${a.how}; ${n.name} is ${longer.name}` };
      return { speaker: { name: n.name, kind: n.kind, role: n.role, inferred: false }, how: a.how };
    }
    if (a.refersBack) {
      // People named before the pronoun itself count, not those named between it and the quotation.
      const at = a.subjectAt.side === 'after' ? f.open : f.open - f.before.length + a.subjectAt.index;
      const person = people.lastPerson(at, f.paragraph, a.refersBack);
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
    const attributed = !!a && (a.named !== null || a.refersBack !== null || a.adjacent || !!a.unnamed);
    let speech: boolean;
    if (kind === 'heading' || cue || n === 0) speech = false;
    else if (attributed && a!.adjacent) speech = n >= 1 && !(determinerBefore && n < 4);
    else if (attributed) speech = n >= 3 && endsSentence && !determinerBefore;
    else speech = wholeSentence && n >= 3;
    let { speaker, how } = speech && a ? resolve(a, f) : { speaker: null, how: speech ? 'no attribution words for this language' : cue ? 'a term or title (cue before it)' : 'not speech' };
    if (speech && !attributed) how = 'a sentence in quotation marks without attribution';
    // A quotation running on into the next paragraphs is attributed where it ends ("“… ¶ “…,” Doe said.").
    const end = speech && !attributed && !f.closed ? runOnEnd(found, i) : null;
    const endAttribution = end === null ? null : attributions[end];
    const runOnAttributed = !!endAttribution && (endAttribution.named !== null || endAttribution.refersBack !== null || endAttribution.adjacent || !!endAttribution.unnamed);
    if (runOnAttributed) {
      const r = resolve(endAttribution!, found[end!]!);
      speaker = r.speaker ? { ...r.speaker, inferred: true } : null;
      how = `attributed where the quotation ends: ${r.how}`;
    }

    // A quotation that follows its speaker's quotation with no attribution of its own continues it.
    const prev = results[results.length - 1];
    const between = prev ? text.slice(prev.parts[prev.parts.length - 1]!.end + 1, f.open) : '';
    // It must stand as a sentence of its own, and the rest of its paragraph name no one else ("“…” The words were Roe's.").
    const alone = !/[\p{L}\p{N}]/u.test(f.before) && (/[.!?…][’”"»」]*\s*$/u.test(f.inner) || !/[\p{L}\p{N}]/u.test(f.after));
    const paragraphEnd = f.paragraph + 1 < paragraphStarts.length ? paragraphStarts[f.paragraph + 1]! - 1 : text.length;
    if (speech && !speaker && !attributed && !runOnAttributed && alone && prev?.speech && prev.speaker && (prev.paragraph === f.paragraph || (prev.paragraph === f.paragraph - 1 && f.startsParagraph)) && !namesSomeoneElseBetween(between, prev.speaker.name) && !people.namesOtherThan(f.close, paragraphEnd, prev.speaker.name)) {
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

/** The index of the part where a quotation left open at its paragraph's end closes, or null when the run breaks. */
function runOnEnd(found: readonly Found[], i: number): number | null {
  let j = i;
  while (!found[j]!.closed) {
    const next = found[j + 1];
    if (!next || next.paragraph !== found[j]!.paragraph + 1 || !next.startsParagraph) return null;
    j += 1;
  }
  return j;
}

/** Whether only an attribution clause ending in a comma or colon separates two quotations. */
function joinable(text: string, prev: ExtractedQuotation, next: Found): boolean {
  const last = prev.parts[prev.parts.length - 1]!;
  const between = text.slice(last.end + 1, next.open);
  const firstEnds = /[,—–-]\s*$|[^.!?。]$/u.test(text.slice(last.start, last.end));
  return firstEnds && between.length <= 80 && /[\p{L}]/u.test(between) && /[,:]\s*$/u.test(between) && !/[.!?]\s/u.test(between);
}
