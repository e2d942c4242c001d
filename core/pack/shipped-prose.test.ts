// The shipped pack's prose no longer says what its source does not: each string a fact-check found unsupported
// (issue 21) is gone, and the links, confidences and translation marks it found wrong are fixed. These cover
// what the provenance checker cannot see in words alone: a verb stronger than the source's, a tense, a link.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack.ts';
import { proseText, sentencesOf } from './prose.ts';
import type { ContextPack } from './schema.ts';

function shipped(): ContextPack {
  const result = loadPack(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.pack;
}

const pack = shipped();
const shown = sentencesOf(pack).map(({ path, sentence }) => ({ path, text: sentence.text }));
const term = (id: string) => pack.terms.find((t) => t.id === id)!;
const event = (id: string) => pack.events.find((e) => e.id === id)!;
const quote = (id: string) => pack.quotes.find((q) => q.id === id)!;

describe('the shipped pack\'s prose', () => {
  it.each([
    ['mostly Uyghurs', /mostly Uyghurs/i],
    ['Beijing giving the centres a legal footing', /Beijing[^.;]*legal/],
    ['a UN hearing "in August"', /hearing[^.;]*in August/],
    ['diplomats who "found" (Hunt: "concur")', /\bfound\b/],
    ['"voiced alarm at detention" (the article: at reports of)', /alarm at detention/],
    ['the UK or the committee "using" internment camps', /(UK|committee)[^.;]*(use|describe)[^.;]*internment camps/],
    ['former detainees using the name', /former detainees[^.;]*(give|use|call)/],
    ['the committee having "reported mass detention"', /reported mass detention/],
    ['"Turkish and Arabic usage"', /Turkish and Arabic/],
    ['"now defends"', /\bnow defends\b/],
    ['"later updated with China\'s reply"', /later updated/],
    ['"Britain" (the article says UK and British)', /\bBritain\b/],
  ])('no longer says %s', (_what, bad) => {
    expect(shown.filter((s) => bad.test(s.text))).toEqual([]);
  });

  it('puts the gist in the past tense and dates it', () => {
    const gist = pack.summary?.origin === 'project' ? proseText(pack.summary.gist) : '';
    expect(gist).toMatch(/\b2018\b/);
    expect(gist).not.toMatch(/\b(says|defends|rejects|is detaining)\b/);
  });
});

describe('the shipped pack\'s links, confidences and translations', () => {
  it('links the committee\'s term only to the committee\'s events, not the Human Rights Council\'s review', () => {
    expect(term('cerd').eventIds).not.toContain('e-un-report-next-week');
    expect(term('cerd').eventIds).toContain('e-cerd-report');
  });

  it('gives the brainwashing card no unrelated date', () => {
    expect(term('brainwashing').eventIds).not.toContain('e-un-hearing-denial');
  });

  it('dates both of Zakir\'s quotations from one interview with one confidence', () => {
    expect(quote('zakir-long-way-to-go').date?.confidence).toBe(quote('zakir-safe-and-stable').date?.confidence);
  });

  it('rates "Last month" below high: nothing outside the article confirms it', () => {
    expect(event('e-china-defense').date.confidence).not.toMatch(/stated|high/);
  });

  it('marks Lu Kang\'s "firmly opposed" as CNN\'s rendering of words spoken in Chinese', () => {
    expect(quote('lu-firmly-opposed').translation).toMatchObject({ by: 'source', fromLang: 'zh' });
    expect(pack.source.publisher).toBe('CNN');
  });
});
