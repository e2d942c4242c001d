import { describe, expect, it } from 'vitest';
import { authorsFromClosingNote } from './author-note.ts';
import type { PageBlock } from './types.ts';

const page = (...texts: string[]): PageBlock[] => texts.map((text) => ({ text, kind: 'paragraph' as const }));

describe('writers named in a closing note', () => {
  it('reads the note of a column in English, Spanish, French and German', () => {
    expect(authorsFromClosingNote(page('The council must act.', 'Jane Roe is a senior fellow at the Centre for Water Policy.'))).toEqual([{ given: 'Jane', family: 'Roe' }]);
    expect(authorsFromClosingNote(page('Hay que actuar.', 'Lucía Pérez es abogada y docente en la Universidad de Cuyo. Tomás Ibáñez es periodista'))).toEqual([
      { given: 'Lucía', family: 'Pérez' },
      { given: 'Tomás', family: 'Ibáñez' },
    ]);
    expect(authorsFromClosingNote(page('Il faut agir.', 'Paul Marchand est chercheur au CNRS.'))).toEqual([{ given: 'Paul', family: 'Marchand' }]);
    expect(authorsFromClosingNote(page('Es reicht.', 'Anna Keller ist Politikwissenschaftlerin in Bonn.'))).toEqual([{ given: 'Anna', family: 'Keller' }]);
  });

  it('takes no one from a last paragraph of news, or one that mixes a note with narration', () => {
    expect(authorsFromClosingNote(page('Police said.', 'John Smith is expected to appear in court on Monday.'))).toEqual([]);
    expect(authorsFromClosingNote(page('Jane Roe is a senior fellow at the Centre. She said the plan would fail and that the council had ignored it.'))).toEqual([]);
    expect(authorsFromClosingNote(page('The mayor, who is an economist, declined to comment.'))).toEqual([]);
    expect(authorsFromClosingNote([])).toEqual([]);
  });
});
