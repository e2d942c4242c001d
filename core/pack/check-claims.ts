// The provenance checker: holds every sentence a pack shows to the evidence it names, and every offset to the
// source's text. Pure and source-agnostic, so it judges a machine-made pack as it judges a curated one.
import { claimWords, foldedWords, foldWord, lowerCaseWords, spellIsoDates, type ClaimWordKind } from './claim-words.ts';
import { sentencesOf } from './prose.ts';
import type { ClaimEvidence, ContextPack, Evidence, PackSource, Sentence } from './schema.ts';

/** One problem: where it is (`terms[2].note[0]`), what kind, and why in words. */
export interface ClaimFinding {
  path: string;
  kind: 'no-evidence' | 'bad-evidence' | 'unsupported' | 'bad-offset';
  reason: string;
  /** For `unsupported`: the word no evidence supports, and what kind of word it is. */
  word?: string;
  wordKind?: ClaimWordKind;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a span starts and ends on word boundaries (it does not cut a word in two). */
function onWordBoundaries(text: string, start: number, end: number): boolean {
  const cuts = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && WORD_CHAR.test(a) && WORD_CHAR.test(b);
  return !cuts(text[start - 1], text[start]) && !cuts(text[end - 1], text[end]);
}

/** The text of a metadata field, as a sentence may use it; undefined when the source lacks the field. */
export function metadataText(source: PackSource, field: keyof PackSource): string | undefined {
  const value = source[field];
  if (value === undefined) return undefined;
  if (field === 'authors') {
    const names = source.authors.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '));
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (field === 'updated') return [source.updated?.value, source.updated?.notBefore].filter(Boolean).map((d) => spellIsoDates(d!)).join(' ') || undefined;
  return spellIsoDates(typeof value === 'string' ? value : JSON.stringify(value));
}

interface Support {
  text: string;
  problems: ClaimFinding[];
}

/** The text one piece of evidence supplies, and what is wrong with the piece itself. */
function supportOf(pack: ContextPack, source: string, ev: ClaimEvidence, path: string): Support {
  const bad = (reason: string): Support => ({ text: '', problems: [{ path, kind: 'bad-evidence', reason }] });
  if (ev.kind === 'body') {
    if (ev.end > source.length) return bad(`span ${ev.start}–${ev.end} lies outside the source text (${source.length} characters)`);
    if (!onWordBoundaries(source, ev.start, ev.end)) return bad(`span ${ev.start}–${ev.end} cuts a word: "${source.slice(ev.start, ev.end)}"`);
    return { text: source.slice(ev.start, ev.end), problems: [] };
  }
  if (ev.kind === 'metadata') {
    const text = metadataText(pack.source, ev.field);
    return text === undefined ? bad(`the source has no ${ev.field}`) : { text, problems: [] };
  }
  const outside = pack.background?.find((b) => b.id === ev.sourceId);
  return outside ? { text: `${outside.name} ${outside.states}`, problems: [] } : bad(`no background source "${ev.sourceId}"`);
}

/** Findings for one sentence: missing or broken evidence, and claim words that none of it supports. */
export function checkSentence(pack: ContextPack, source: string, sentence: Sentence, path: string, common = lowerCaseWords(source)): ClaimFinding[] {
  if (sentence.evidence.length === 0) return [{ path, kind: 'no-evidence', reason: `no evidence for "${sentence.text}"` }];
  const supports = sentence.evidence.map((ev, i) => supportOf(pack, source, ev, `${path}.evidence[${i}]`));
  const problems = supports.flatMap((s) => s.problems);
  const known = foldedWords(supports.map((s) => s.text).join(' \n '));
  const unsupported = claimWords(sentence.text, common)
    .filter((w) => !known.has(foldWord(w.word)))
    .map(
      (w): ClaimFinding => ({
        path,
        kind: 'unsupported',
        reason: `"${w.word}" (${w.kind}) is in none of the evidence for "${sentence.text}"`,
        word: w.word,
        wordKind: w.kind,
      }),
    );
  return [...problems, ...unsupported];
}

function checkExpression(source: string, evidence: Evidence, path: string): ClaimFinding[] {
  if (evidence.where !== 'article' || evidence.offset === undefined) return [];
  const at = source.slice(evidence.offset, evidence.offset + evidence.expression.length);
  return at === evidence.expression ? [] : [{ path, kind: 'bad-offset', reason: `"${evidence.expression}" is not at offset ${evidence.offset} (found "${at}")` }];
}

/** Offsets of quotations, dates and first mentions that do not point at what the pack says. */
function checkOffsets(pack: ContextPack, source: string): ClaimFinding[] {
  return [
    ...pack.quotes.flatMap((q, i) => {
      const { offset } = q.evidence;
      const off: ClaimFinding[] =
        offset === undefined || source.slice(offset, offset + q.text.length) === q.text
          ? []
          : [{ path: `quotes[${i}].evidence.offset`, kind: 'bad-offset', reason: `quote "${q.id}" is not at offset ${offset}` }];
      const date = q.date ? checkExpression(source, q.date.evidence, `quotes[${i}].date.evidence`) : [];
      const translation = (q.translation?.evidence ?? []).flatMap((ev, j) => supportOf(pack, source, ev, `quotes[${i}].translation.evidence[${j}]`).problems);
      return [...off, ...date, ...translation];
    }),
    ...pack.events.flatMap((e, i) => checkExpression(source, e.date.evidence, `events[${i}].date.evidence`)),
    ...pack.entities.flatMap((e, i) => checkExpression(source, e.evidence, `entities[${i}].evidence`)),
  ];
}

/**
 * Every finding for a pack against the text its offsets point into: each shown sentence needs evidence that
 * exists and supports its numbers, dates, names and quantifiers; each offset must hold what the pack says.
 * An empty list means the pack passes.
 */
export function checkClaims(pack: ContextPack, sourceText: string): ClaimFinding[] {
  const common = lowerCaseWords(sourceText);
  return [
    ...sentencesOf(pack).flatMap(({ path, sentence }) => checkSentence(pack, sourceText, sentence, path, common)),
    ...checkOffsets(pack, sourceText),
  ];
}
