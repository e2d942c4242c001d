import { describe, expect, it } from 'vitest';
import { otherFullNames } from './people.ts';
import { extractQuotations } from './quotations.ts';

function speakers(paragraphs: string[]) {
  const text = paragraphs.join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return extractQuotations(text, starts, paragraphs.map(() => 'paragraph'), 'en').map((q) => q.speaker?.name ?? null);
}

describe('a surname shared by two people', () => {
  it('names nobody when the text names two people with the word', () => {
    expect(
      speakers([
        '“The vote will go ahead,” said Interior Minister Park Min-seo on Friday.',
        'Opposition leader Park Ji-hoon called for new elections.',
        '“There is no other way but to leave office early,” Park said.',
      ]),
    ).toEqual(['Park Min-seo', null]);
  });

  it('still resolves a surname when only one person has it, ignoring ordinary words before it', () => {
    expect(
      speakers([
        '“We wrote the code by hand,” said Margaret Ellison, who led the team.',
        'For Ellison, the work was a puzzle. The team worked for months.',
        '“It was the best job I ever had,” Ellison said.',
      ]),
    ).toEqual(['Margaret Ellison', 'Margaret Ellison']);
  });

  it('otherFullNames tells another full name from the same person and from titles', () => {
    expect(otherFullNames('Lee Sang-min spoke. Then Lee Jae-myung spoke.', 'Lee', 'Lee Sang-min')).toBe(true);
    expect(otherFullNames('Lee Sang-min spoke. President Lee left.', 'Lee', 'Lee Sang-min')).toBe(false);
  });
});
