import { describe, expect, it } from 'vitest';
import { sharedName } from './people.ts';
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

describe('who a pronoun or a partial name refers to', () => {
  it('gives no speaker to "she" when "he"/"him" about someone else stands between the name and it', () => {
    expect(
      speakers([
        '“The model was wrong,” said Arthur Bell, who ran the group.',
        'Later Nora Quist moved away. They stayed in touch with Bell and saw him often, but she never knew how famous he had become.',
        '“I always had this picture in my mind,” she said.',
      ]),
    ).toEqual(['Arthur Bell', null]);
    // With no such switch the pronoun keeps its antecedent.
    expect(speakers(['“The model was wrong,” said Arthur Bell.', 'He kept working on it for years.', '“It took time,” he said.'])).toEqual(['Arthur Bell', 'Arthur Bell']);
  });

  it('treats a family name written first and shared by two people as nobody’s', () => {
    expect(
      speakers([
        '“We will vote,” said Interior Minister Park Min-seo.',
        'Park, the opposition leader, said Park Ji-hoon’s plan had failed.',
        '“Our credibility has been damaged,” he said.',
      ]),
    ).toEqual(['Park Min-seo', null]);
    expect(sharedName('Park Min-seo spoke; Park Ji-hoon left.', 'Park', 'Park Min-seo')).toBe(true);
    expect(sharedName('Park Min-seo spoke on Park Monday.', 'Park', 'Park Min-seo')).toBe(false);
  });

  it('reads given names used alone as the person named in full, across a parenthesis but not a line break', () => {
    expect(
      speakers([
        'Aroha (Te Aroha Mere) Waititi and her uncle, Rangi Waititi, came to help.',
        '“It is a modern habit,” says Te Aroha.',
      ]),
    ).toEqual(['Te Aroha Waititi']);
    expect(speakers(['Photo: Vanessa Kemp', 'The Federal Code is strict.', '“I meant no harm,” said Kemp.'])).toEqual(['Vanessa Kemp']);
  });

  it('never takes an opener, a contraction or the first person for a name', () => {
    expect(speakers(['Accordingly Turkey spoke up.', '“With respect, sir,” said Turkey.'])).toEqual(['Turkey']);
    expect(speakers(['Don’t say “this post is so snobbish it hurts to read it.”'])).toEqual([null]);
    expect(speakers(['“What are you doing here, Bartleby?” said I.'])).toEqual([null]);
  });

  it('in German, takes no single capitalised noun for a speaker', () => {
    const text = '„Das Risiko ist zu hoch“, sagen Experten.';
    expect(extractQuotations(text, [0], ['paragraph'], 'de')[0]?.speaker).toBeNull();
  });
});
