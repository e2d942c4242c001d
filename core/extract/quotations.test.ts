import { describe, expect, it } from 'vitest';
import { extractQuotations } from './quotations.ts';
import type { PageBlock } from './types.ts';

function run(paragraphs: string[], lang = 'en', kinds?: PageBlock['kind'][]) {
  const text = paragraphs.join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  const qs = extractQuotations(text, starts, kinds ?? paragraphs.map(() => 'paragraph'), lang);
  for (const q of qs) for (const p of q.parts) expect(text.slice(p.start, p.end)).toBe(q.parts.length === 1 ? q.text : text.slice(p.start, p.end));
  return qs.map((q) => ({ text: q.text, speech: q.speech, speaker: q.speaker?.name ?? null }));
}

describe('quotations and their speakers', () => {
  it('finds the speaker after or before the quotation, and resolves pronouns and surnames', () => {
    expect(
      run([
        'Chinese Foreign Ministry spokesman Lu Kang said Beijing was “firmly opposed to any political use.”',
        '“The measures are aimed at preventing attacks,” Lu said.',
        '“We will continue,” he added.',
      ]),
    ).toEqual([
      { text: 'firmly opposed to any political use.', speech: true, speaker: 'Lu Kang' },
      { text: 'The measures are aimed at preventing attacks,', speech: true, speaker: 'Lu Kang' },
      { text: 'We will continue,', speech: true, speaker: 'Lu Kang' },
    ]);
  });

  it('takes an inverted attribution with initials, and an appositive role', () => {
    expect(run(['“This is unprecedented,” said C. Fred Bergsten, an economist at the institute.'])[0]?.speaker).toBe('C. Fred Bergsten');
    expect(run(['“It is safe,” Shohrat Zakir, a senior official, told Xinhua.'])[0]?.speaker).toBe('Shohrat Zakir');
  });

  it('does not hold scare quotes, terms or titles as speech', () => {
    const qs = run(['Muslims are held in so-called “vocational education centers.” Critics call them “re-education camps,” where detainees endure “brainwashing” sessions.']);
    expect(qs.every((q) => !q.speech)).toBe(true);
    expect(run(['He read the novel “A Tale of Two Cities and Other Stories” last year.'])[0]?.speech).toBe(false);
    expect(run(['‘Safe and stable’'], 'en', ['heading'])[0]?.speech).toBe(false);
  });

  it('says "speaker not identified" rather than guess', () => {
    expect(run(['“We are not afraid of anything at all,” a resident said.'])[0]).toEqual({ text: 'We are not afraid of anything at all,', speech: true, speaker: null });
    // Two people named just before "he": no single antecedent.
    expect(run(['Jeremy Hunt met Wang Yi in Beijing on Monday.', '“It went well,” he said.'])[0]?.speaker).toBeNull();
  });

  it('joins a split quotation and gives an unattributed next paragraph to the same speaker', () => {
    const qs = extractQuotations('“We had diplomats there,” Hunt said, “and they concur.”', [0], ['paragraph'], 'en');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('We had diplomats there, and they concur.');
    expect(qs[0]!.parts).toHaveLength(2);
    const next = run(['“Today’s Xinjiang is safe and stable,” Shohrat Zakir told Xinhua.', '“There is still a long way to go for the south.”']);
    expect(next[1]).toEqual({ text: 'There is still a long way to go for the south.', speech: true, speaker: 'Shohrat Zakir' });
  });

  it('reads attributions in French, German and Chinese', () => {
    expect(run(['« Nous sommes inquiets », a déclaré Emmanuel Macron.'], 'fr')[0]?.speaker).toBe('Emmanuel Macron');
    expect(run(['„Das ist ein großer Fehler“, sagte Olaf Scholz am Montag.'], 'de')[0]?.speaker).toBe('Olaf Scholz');
    expect(run(['外交部发言人陆慷说：“中方坚决反对。”'], 'zh')[0]).toMatchObject({ speech: true });
  });
});
