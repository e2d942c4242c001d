// How a quotation is shown and copied. The pack keeps the characters between the marks exactly as printed
// (offsets and text fragments rely on them); readers get the words without the sentence punctuation the
// source set inside the closing mark, and a note when the words are the source's translation.
import type { ContextPack, Quote } from './schema.ts';

/**
 * The quotation as shown: a comma, semicolon or colon before the closing mark is the source's sentence, not
 * the speaker's ("broadly accurate," shows as "broadly accurate"); so is the full stop of a partial quotation
 * that ends the source's sentence. A whole quoted sentence keeps its stop, and "?", "!" and "…" always stay.
 */
export function quotationAsShown(quote: Pick<Quote, 'text' | 'partial'>): string {
  const text = quote.text.replace(/\s*[,;:]$/u, '');
  return quote.partial && /[^.]\.$/u.test(text) ? text.slice(0, -1) : text;
}

/** Who translated a quotation: a name (the source's publisher, or an entity), or someone not named. */
export type TranslationCredit = { by: 'named'; name: string } | { by: 'unknown' };

/** The translation note for a quotation; undefined when the words are the speaker's own. */
export function translationCredit(pack: ContextPack, quote: Quote): TranslationCredit | undefined {
  const t = quote.translation;
  if (!t) return undefined;
  if (t.by === 'source') return { by: 'named', name: pack.source.publisher };
  const entity = t.by === 'entity' && t.entityId !== undefined ? pack.entities.find((e) => e.id === t.entityId) : undefined;
  return entity ? { by: 'named', name: entity.name } : { by: 'unknown' };
}

/** The note in English, for copied quotations (citations are in the style's language, not the UI's). */
export function translationNoteInEnglish(credit: TranslationCredit): string {
  return credit.by === 'named' ? `${credit.name}'s translation` : 'translation; translator not named';
}
