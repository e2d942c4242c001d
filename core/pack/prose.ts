// Prose in a pack is a list of sentences, each with its evidence (claim-schema.ts). These helpers give the
// text a reader sees and walk every shown sentence of a pack, for the checker and the reference checks.
import type { ContextPack, Prose, Sentence } from './schema.ts';

/** The sentences as one text, joined by a space. */
export function proseText(prose: Prose): string {
  return prose.map((s) => s.text).join(' ');
}

/** True when every piece of evidence for the sentence is an outside source: the UI marks it as background. */
export function isBackground(sentence: Sentence): boolean {
  return sentence.evidence.length > 0 && sentence.evidence.every((e) => e.kind === 'background');
}

/** One shown sentence and the path of its field, such as `terms[2].note[0]`. */
export interface PlacedSentence {
  path: string;
  sentence: Sentence;
}

function place(prose: Prose | undefined, path: string): PlacedSentence[] {
  return (prose ?? []).map((sentence, i) => ({ path: `${path}[${i}]`, sentence }));
}

/** Every sentence of prose the pack shows a reader, with where it sits in the pack. */
export function sentencesOf(pack: ContextPack): PlacedSentence[] {
  const summary = pack.summary?.origin === 'project' ? [...place(pack.summary.gist, 'summary.gist'), ...place(pack.summary.short, 'summary.short')] : [];
  return [
    ...summary,
    ...pack.quotes.flatMap((q, i) => place(q.occasion, `quotes[${i}].occasion`)),
    ...pack.events.flatMap((e, i) => place(e.title, `events[${i}].title`)),
    ...pack.terms.flatMap((t, i) => place(t.note, `terms[${i}].note`)),
  ];
}
