// The provenance checker on a small made-up source (each rule shown failing and passing), then on the
// unsupported sentences the first pack once shipped, each given the evidence an honest reviewer would attach.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import { checkClaims, checkSentence } from './check-claims.ts';
import { claimWords } from './claim-words.ts';
import { loadPack } from './load-pack.ts';
import type { ClaimEvidence, ContextPack, Sentence } from './schema.ts';
import { minimalPack } from './test-pack.ts';

const SOURCE =
  'Ann Example told the Harbour Council on Monday that 40 boats had been moved. Most owners agreed, she said. ' +
  'The council first met in March 2019 in Portsmouth.';

/** A body span over the first occurrence of `phrase` in `text`. */
function spanIn(text: string, phrase: string): ClaimEvidence {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return { kind: 'body', start, end: start + phrase.length };
}

const span = (phrase: string) => spanIn(SOURCE, phrase);
const s = (text: string, ...evidence: ClaimEvidence[]): Sentence => ({ text, evidence });
const unsupported = (pack: ContextPack, text: string, sentence: Sentence) =>
  checkSentence(pack, text, sentence, 'x').filter((f) => f.kind === 'unsupported').map((f) => f.word);

describe('checkSentence', () => {
  const pack = minimalPack();

  it('fails a sentence with no evidence', () => {
    expect(checkSentence(pack, SOURCE, s('Boats were moved.'), 'terms[0].note[0]')).toEqual([
      { path: 'terms[0].note[0]', kind: 'no-evidence', reason: 'no evidence for "Boats were moved."' },
    ]);
  });

  it('fails a span outside the source and a span that cuts a word', () => {
    const [outside] = checkSentence(pack, SOURCE, s('Boats were moved.', { kind: 'body', start: 10, end: SOURCE.length + 1 }), 'x');
    expect(outside).toMatchObject({ path: 'x.evidence[0]', kind: 'bad-evidence', reason: expect.stringMatching(/outside the source text/) });
    const cut = { kind: 'body' as const, start: SOURCE.indexOf('boats') + 1, end: SOURCE.indexOf('boats') + 5 };
    expect(checkSentence(pack, SOURCE, s('Boats were moved.', cut), 'x')[0]).toMatchObject({ kind: 'bad-evidence', reason: expect.stringMatching(/cuts a word/) });
  });

  it('fails a metadata field the source lacks and a background source the pack does not list', () => {
    const noDateline = checkSentence(pack, SOURCE, s('Filed from a port.', { kind: 'metadata', field: 'dateline' }), 'x');
    expect(noDateline[0]).toMatchObject({ kind: 'bad-evidence', reason: 'the source has no dateline' });
    const noSource = checkSentence(pack, SOURCE, s('Boats float.', { kind: 'background', sourceId: 'atlas' }), 'x');
    expect(noSource[0]).toMatchObject({ kind: 'bad-evidence', reason: 'no background source "atlas"' });
  });

  it('passes a paraphrase whose numbers, dates, names and quantifiers all come from its evidence', () => {
    const ev = [span('Ann Example told the Harbour Council on Monday that 40 boats had been moved'), span('Most owners agreed')];
    expect(checkSentence(pack, SOURCE, s('On Monday Ann Example said 40 boats were moved, and most owners agreed.', ...ev), 'x')).toEqual([]);
  });

  it('flags a number, a date, a name and a quantifier that the evidence does not hold', () => {
    const ev = span('Ann Example told the Harbour Council on Monday that 40 boats had been moved');
    expect(unsupported(pack, SOURCE, s('Ann Example said 45 boats were moved.', ev))).toEqual(['45']);
    expect(unsupported(pack, SOURCE, s('In March Ann Example said boats were moved.', ev))).toEqual(['March']);
    expect(unsupported(pack, SOURCE, s('Ann Example told the Portsmouth council that boats were moved.', ev))).toEqual(['Portsmouth']);
    expect(unsupported(pack, SOURCE, s('Ann Example said all boats were moved.', ev))).toEqual(['all']);
    expect(unsupported(pack, SOURCE, s('Ann Example said forty boats were moved.', ev))).toEqual(['forty']);
    expect(unsupported(pack, SOURCE, s('Ann Example now says boats were moved.', ev))).toEqual(['now']);
  });

  it('takes a name that opens a sentence as a name, and a common word that opens one as a word', () => {
    const ev = span('The council first met in March 2019');
    expect(unsupported(pack, SOURCE, s('Portsmouth was where the council first met.', ev))).toEqual(['Portsmouth']);
    expect(unsupported(pack, SOURCE, s('Owners heard that the council first met in March 2019.', ev))).toEqual([]);
  });

  it('matches names across plural and possessive endings, and reads dates from ISO metadata fields', () => {
    const ev = span('Ann Example told the Harbour Council');
    expect(unsupported(pack, SOURCE, s('Ann Example\'s words reached the Harbour Councils.', ev))).toEqual([]);
    // The minimal pack's source was published on 2020-01-02.
    expect(unsupported(pack, SOURCE, s('The page appeared on 2 January 2020.', { kind: 'metadata', field: 'published' }))).toEqual([]);
    expect(unsupported(pack, SOURCE, s('The page appeared on 3 January 2020.', { kind: 'metadata', field: 'published' }))).toEqual(['3']);
  });

  it('reads names and numbers from a background source\'s name and statement', () => {
    const withAtlas = minimalPack();
    withAtlas.background = [{ id: 'atlas', name: 'Harbour Atlas (2021)', states: 'Portsmouth has 300 moorings.' }];
    const ev: ClaimEvidence = { kind: 'background', sourceId: 'atlas' };
    expect(unsupported(withAtlas, SOURCE, s('In 2021 Portsmouth had 300 moorings.', ev))).toEqual([]);
    expect(unsupported(withAtlas, SOURCE, s('In 2021 Southampton had 300 moorings.', ev))).toEqual(['Southampton']);
  });
});

describe('claimWords', () => {
  it('finds inner capitals anywhere and leaves scripts without case to the number check', () => {
    expect(claimWords('The XUAR and McAllister, in 2018.').map((w) => `${w.word}:${w.kind}`)).toEqual(['XUAR:name', 'McAllister:name', '2018:date']);
    expect(claimWords('新疆在2018年').map((w) => `${w.word}:${w.kind}`)).toEqual(['2018:date']);
  });
});

describe('checkClaims', () => {
  it('walks every shown sentence and every offset of a pack', () => {
    const pack = minimalPack();
    const moved = () => [s('Boats were moved.', span('boats had been moved'))];
    pack.summary = { origin: 'project', gist: moved(), short: moved() };
    for (const e of pack.events) e.title = moved();
    pack.quotes[0]!.occasion = moved();
    pack.terms[0]!.note = [s('A thing.')];
    pack.quotes[0]!.evidence.offset = 0;
    const findings = checkClaims(pack, SOURCE);
    expect(findings.map((f) => `${f.path} ${f.kind}`)).toEqual(['terms[0].note[0] no-evidence', 'quotes[0].evidence.offset bad-offset']);
  });
});

describeWithShared('the checker on the sentences the first pack shipped, given honest evidence', (shared) => {
  const article = readFileSync(join(shared, 'seed/article.txt'), 'utf8');
  const result = loadPack(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  const pack = result.pack;
  const a = (phrase: string) => spanIn(article, phrase);
  const P2 = a('have confirmed reports that large numbers of Muslims are being held');
  const P3 = a('UK Foreign Secretary Jeremy Hunt told Parliament');
  const P4 = a('We had our own diplomats visiting the Xinjiang province in August and they concur that those reports (of internment camps) are broadly accurate');
  const P9 = a('reports the Chinese government has transferred as many as one million people into “re-education camps,”');
  const P10 = a('These reports were initially denied by Beijing');
  const P13 = a('Xinjiang quietly legalized “vocational skill education training centers” on October 10');
  const P14 = a('less than two months after a Chinese government spokesman completely denied the existence of re-education camps during a UN hearing on human rights');
  const P16 = a('reports of Uyghurs and other Muslims being held');
  const P19 = a('I think this issue is of very great, and growing, concern');
  const CAPTION = a('Xinjiang Uyghur Autonomous Region');
  const NORTHWEST = a('Xinjiang, in China’s remote northwest');
  const flagged = (text: string, ...ev: ClaimEvidence[]) => unsupported(pack, article, s(text, ...ev));

  it('passes the shipped pack', () => {
    expect(checkClaims(pack, article)).toEqual([]);
  });

  it('flags "mostly Uyghurs" (the article: "large numbers of Muslims", "Uyghurs and other Muslims")', () => {
    const old =
      'Jeremy Hunt, Britain\'s foreign secretary, informed MPs that UK diplomats who went to Xinjiang in August backed up reports that China holds large numbers of Muslims, mostly Uyghurs, in detention camps; he called the matter one of great and growing concern.';
    expect(flagged(old, P2, P3, P4, P16, P19)).toContain('mostly');
    expect(flagged('UK diplomats backed reports that large numbers of Muslims, among them Uyghurs, were held.', P2, P3, P4, P16)).toEqual([]);
  });

  it('flags "Beijing" for the legal footing that the article says Xinjiang gave', () => {
    expect(flagged('Beijing in October gave the "vocational" centres a legal footing.', P13)).toEqual(['Beijing']);
    expect(flagged('Xinjiang in October gave the "vocational" centres a legal footing.', P13)).toEqual([]);
  });

  it('flags "in August" for a hearing the article dates only as "less than two months" before 10 October', () => {
    expect(flagged('Beijing at first said the camps did not exist, including at a UN hearing in August.', P10, P14)).toEqual(['August']);
    expect(flagged('Beijing at first said the camps did not exist, including at a UN hearing.', P10, P14)).toEqual([]);
  });

  it('flags "former detainees" as users of a name the article gives to reports', () => {
    const old =
      'The name critics, former detainees and the press give to the Xinjiang facilities; China denied their existence at the UN in August 2018 before legalising them as "vocational" centres.';
    expect(flagged(old, P9, P14, P13)).toContain('former');
  });

  it('flags "Turkish and Arabic usage" when the outside source speaks only of Uyghurs', () => {
    const withSource: ContextPack = { ...pack, background: [{ id: 'ref', name: 'A reference work', states: 'Many Uyghurs call the region East Turkestan.' }] };
    const old = 'The Xinjiang Uyghur Autonomous Region in north-west China, called East Turkestan by many Uyghurs and in Turkish and Arabic usage.';
    const ev: ClaimEvidence[] = [CAPTION, NORTHWEST, { kind: 'background', sourceId: 'ref' }];
    expect(unsupported(withSource, article, s(old, ...ev))).toEqual(['Turkish', 'Arabic']);
    expect(unsupported(withSource, article, s('The Xinjiang Uyghur Autonomous Region in north-west China, called East Turkestan by many Uyghurs.', ...ev))).toEqual([]);
  });
});
