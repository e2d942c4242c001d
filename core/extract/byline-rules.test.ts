import { describe, expect, it } from 'vitest';
import { authorsFromClosingNote } from './author-note.ts';
import { authorsFromByline } from './authors.ts';
import { nameInBylinePart } from './byline-tails.ts';
import type { PageBlock } from './types.ts';

const roe = { given: 'Jane', family: 'Roe' };
const doe = { given: 'John', family: 'Doe' };

describe('bylines with roles', () => {
  it('takes a job title after a comma for no one (en, es, fr)', () => {
    expect(nameInBylinePart('Political Reporter')).toBeNull();
    expect(nameInBylinePart('Chief Economics Analyst')).toBeNull();
    expect(authorsFromByline('By Jane Roe, Political Reporter', true)).toEqual([roe]);
    expect(authorsFromByline('By Jane Roe, Health Reporter, and John Doe, Senior Producer', true)).toEqual([roe, doe]);
    expect(authorsFromByline('Por Ana Lima, Periodista', true)).toEqual([{ given: 'Ana', family: 'Lima' }]);
    expect(authorsFromByline('Par Paul Martin, Journaliste', true)).toEqual([{ given: 'Paul', family: 'Martin' }]);
  });

  it('keeps a name that a role word only ends', () => {
    expect(nameInBylinePart('Jane Roe Reporter')).toBe('Jane Roe');
    expect(nameInBylinePart('Mary Editor')).toBe('Mary Editor');
  });

  it('drops where the reporting was done', () => {
    expect(authorsFromByline('Jane Roe reported from Kyiv', true)).toEqual([roe]);
    expect(authorsFromByline('By Jane Roe and John Doe reporting from Gaza', true)).toEqual([roe, doe]);
  });
});

describe('"Reporting by" credits and the credits that are not for writing', () => {
  it('reads the writers and leaves editors, photographers and additional reporters out', () => {
    expect(authorsFromByline('Reporting by Jane Roe in Beijing; Writing by John Doe; Editing by Bob Smith')).toEqual([roe, doe]);
    expect(authorsFromByline('By Jane Roe; additional reporting by John Doe')).toEqual([roe]);
    expect(authorsFromByline('By Jane Roe. Photos by John Doe')).toEqual([roe]);
    expect(authorsFromByline('(Reporting by Jane Roe and John Doe; Editing by Bob Smith)')).toEqual([roe, doe]);
    expect(authorsFromByline('Jane M. Roe ( Janie ) ( jroe )')).toEqual([{ given: 'Jane M.', family: 'Roe' }]);
  });

  it('reads a wire story’s closing credit when it ends the text, and nothing from other last paragraphs', () => {
    const page = (...texts: string[]): PageBlock[] => texts.map((text) => ({ text, kind: 'paragraph' as const }));
    expect(authorsFromClosingNote(page('The port reopened on Monday.', '(Reporting by Jane Roe in Beijing; Editing by Bob Smith)'))).toEqual([roe]);
    expect(authorsFromClosingNote(page('The port reopened on Monday.', 'Editing by Bob Smith'))).toEqual([]);
    expect(authorsFromClosingNote(page('Reporters by the dozen waited outside the court on Monday.'))).toEqual([]);
  });
});

describe('agency credits', () => {
  it('keeps people and drops the agency they work for; keeps an agency credited alone', () => {
    expect(authorsFromByline('By Jane Roe and John Doe, Associated Press', true)).toEqual([roe, doe]);
    expect(authorsFromByline('By The Associated Press', true)).toEqual([{ literal: 'The Associated Press' }]);
    expect(authorsFromByline('By AFP', true)).toEqual([{ literal: 'AFP' }]);
  });
});

describe('names in several scripts', () => {
  it('splits Cyrillic co-authors at "и", and keeps Korean and Japanese reporters as written, their title dropped', () => {
    expect(authorsFromByline('Автор: Анна Иванова и Иван Петров', true)).toEqual([
      { given: 'Анна', family: 'Иванова' },
      { given: 'Иван', family: 'Петров' },
    ]);
    expect(authorsFromByline('홍길동 기자', true)).toEqual([{ literal: '홍길동' }]);
    expect(authorsFromByline('山田太郎記者', true)).toEqual([{ literal: '山田太郎' }]);
    expect(authorsFromByline('文・山田太郎', true)).toEqual([{ literal: '山田太郎' }]);
  });
});
