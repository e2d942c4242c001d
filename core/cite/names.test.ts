import { describe, expect, it } from 'vitest';
import { initials, joinNames } from './names.ts';

describe('initials', () => {
  it('writes one initial per given name, with or without a space after each full stop', () => {
    expect(initials('Maria Anna', '. ')).toBe('M. A.');
    expect(initials('Maria Anna', '.')).toBe('M.A.');
    expect(initials('jane', '. ')).toBe('J.');
  });

  it('keeps the hyphen of a hyphenated name and drops a lower-case part after it', () => {
    expect(initials('Min-Jun', '. ')).toBe('M.-J.');
    expect(initials('Min-Jun', '.')).toBe('M.-J.');
    expect(initials('Min-jun', '. ')).toBe('M.');
  });

  it('writes nothing for the empty pieces around a loose or trailing hyphen', () => {
    expect(initials('Jean - Paul', '. ')).toBe('J. P.');
    expect(initials('Jean-', '.')).toBe('J.');
  });
});

describe('joinNames', () => {
  it('joins none, one, two and many names with the connector for each count', () => {
    expect(joinNames([], ' and ', ', and ')).toBe('');
    expect(joinNames(['Smith'], ' and ', ', and ')).toBe('Smith');
    expect(joinNames(['Smith', 'Okafor'], ' and ', ', and ')).toBe('Smith and Okafor');
    expect(joinNames(['Smith', 'Okafor', 'Kim'], ' and ', ', and ')).toBe('Smith, Okafor, and Kim');
    expect(joinNames(['Smith', 'Okafor', 'Kim', 'Park'], ' & ', ', & ')).toBe('Smith, Okafor, Kim, & Park');
  });
});
