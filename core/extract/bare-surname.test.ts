import { describe, expect, it } from 'vitest';
import { hasFullerName } from './bare-surname.ts';
import { extractQuotations } from './quotations.ts';

const nowhere = () => false;
function speakers(paragraphs: string[], lang: string) {
  const text = paragraphs.join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return extractQuotations(text, starts, paragraphs.map(() => 'paragraph'), lang)
    .filter((q) => q.speech)
    .map((q) => q.speaker?.name ?? null);
}

describe('a speaker named by one word whom the article names in full elsewhere', () => {
  it('finds a fuller name, not a title before the word', () => {
    expect(hasFullerName('Le maire Paul Martin a visité le port.', 'Martin', nowhere)).toBe(true);
    expect(hasFullerName('El presidente Ruiz llegó tarde.', 'Ruiz', nowhere)).toBe(false);
    expect(hasFullerName('President Ruiz arrived late.', 'Ruiz', nowhere)).toBe(false);
    expect(hasFullerName('The BBC said so.', 'BBC', nowhere)).toBe(false);
  });

  it('gives no half name in French or Spanish, and keeps a name the article only uses alone', () => {
    expect(speakers(['Le maire Paul Martin a visité le port lundi.', '« Nous allons reconstruire le quai », a déclaré Martin.'], 'fr')).toEqual([null]);
    expect(speakers(['La ministra Ana Ruiz visitó el puerto.', '“Vamos a reconstruir el muelle”, dijo Ruiz.'], 'es')).toEqual([null]);
    expect(speakers(['O técnico falou depois do jogo.', '“Nós erramos muito no primeiro tempo”, disse Tite.'], 'pt')).toEqual(['Tite']);
  });
});
