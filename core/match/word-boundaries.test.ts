// Word boundaries in the scripts of issue 22's second round, through the rules that ship: Hebrew writes its
// one-letter words onto the next word (inflection "he"), Thai writes no spaces between words, Bengali and
// Tamil write endings onto a name; and the traps beside each, through the shipped pack.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './plan-matcher.ts';
import { normalizeForMatch, toOriginalRange } from './normalize-for-match.ts';
import { admitted } from './relevance.ts';
import { isWordChar } from './word-chars.ts';
import type { MatchTerm, MatchVariant } from './types.ts';

/** What one strong variant finds in `text`. */
function finds(variant: MatchVariant, text: string): string[] {
  const m = compileMatcher([{ id: 't', strength: 'strong', caseSensitive: false, variants: [variant] }]);
  return m.find(text).map((x) => text.slice(x.start, x.end));
}

const terms = (JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')) as { terms: MatchTerm[] }).terms;
const shipped = compileMatcher(terms);

/** What a page holding only `original` highlights with the shipped pack: weak terms only beside a strong one. */
function highlights(original: string): string[] {
  const { text, map } = normalizeForMatch(original);
  return admitted(shipped.find(text)).map((m) => {
    const [s, e] = toOriginalRange(map, m.start, m.end);
    return `${m.termId}:${original.slice(s, e)}`;
  });
}

describe('Hebrew clitics', () => {
  const xinjiang: MatchVariant = { text: "שינג'יאנג", inflection: 'he' };

  it('finds a name with one to four one-letter words written onto it, or joined by a hyphen or maqaf', () => {
    const text = "שינג'יאנג, בשינג'יאנג, ומשינג'יאנג, וכשבשינג'יאנג, ב-שינג'יאנג, ב\u05BEשינג'יאנג";
    expect(finds(xinjiang, text)).toEqual(["שינג'יאנג", "בשינג'יאנג", "ומשינג'יאנג", "וכשבשינג'יאנג", "ב-שינג'יאנג", "ב\u05BEשינג'יאנג"]);
  });

  it('finds it only where a word starts: a letter that is no clitic before it, or more than four clitics, is another word', () => {
    expect(finds(xinjiang, "גשינג'יאנג תשינג'יאנג")).toEqual([]);
    expect(finds({ text: 'אויגורים', inflection: 'he' }, 'בתאויגורים ובכשהלאויגורים')).toEqual([]);
  });

  it('takes the geresh and the typographic apostrophe as the apostrophe', () => {
    expect(finds(xinjiang, 'שינג׳יאנג ושינג’יאנג')).toEqual(['שינג׳יאנג', 'ושינג’יאנג']);
  });

  it('adds the plural endings, and no other', () => {
    expect(finds({ text: 'אויגורי', inflection: 'he' }, 'אויגוריים אויגוריות אויגורית')).toEqual(['אויגוריים', 'אויגוריות']);
  });

  it('keeps אויגורית (also the language’s name) weak: a language list stays dark, a report shows it', () => {
    expect(highlights('שפות: עברית · العربية · אויגורית · English')).toEqual([]);
    expect(highlights("האויגורים בשינג'יאנג והתרבות האויגורית")).toEqual(['uyghur:האויגורים', "xinjiang:בשינג'יאנג", 'uyghur:האויגורית']);
  });
});

describe('scripts without word boundaries in the matcher', () => {
  it('treats Thai, Bengali, Tamil and Devanagari letters and marks as no word characters', () => {
    for (const ch of 'ซิเ์ুঘয়ুর্குர்ஜிनजि') expect(isWordChar(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
  });

  it('Thai: finds a name inside text written without spaces', () => {
    expect(finds({ text: 'ซินเจียง' }, 'ชาวอุยกูร์ในซินเจียงถูกส่งเข้าค่าย')).toEqual(['ซินเจียง']);
  });

  it('Bengali and Tamil: finds a name with the ending written onto it', () => {
    expect(finds({ text: 'জিনজিয়াং' }, 'জিনজিয়াংয়ের উত্তর-পশ্চিম অঞ্চলে')).toEqual(['জিনজিয়াং']);
    expect(finds({ text: 'உய்குர்' }, 'உய்குர்களை வகைப்படுத்த')).toEqual(['உய்குர்']);
  });

  it('a hyphen in a variant finds the words joined, spaced or hyphenated (Bengali বন্দিশিবির)', () => {
    expect(finds({ text: 'বন্দি-শিবির' }, 'বন্দিশিবির, বন্দি শিবির, বন্দি-শিবির')).toEqual(['বন্দিশিবির', 'বন্দি শিবির', 'বন্দি-শিবির']);
  });

  it('through the shipped pack: camp words of these languages stay dark alone and show beside the names', () => {
    expect(highlights('ค่ายกักกันเอาช์วิทซ์ในประเทศโปแลนด์')).toEqual([]);
    expect(highlights('இலங்கையின் தடுப்பு முகாம்களில் தமிழ் அகதிகள்')).toEqual([]);
    expect(highlights('ชาวอุยกูร์ในซินเจียงถูกส่งเข้าค่ายปรับทัศนคติ')).toEqual(['uyghur:อุยกูร์', 'xinjiang:ซินเจียง', 'reeducation-camps:ค่ายปรับทัศนคติ']);
  });
});

describe('Latin endings with diacritics, and the Khaganate in the languages that now decline Ujgur', () => {
  it('finds the Czech, Lithuanian and Serbian forms, and keeps the Khaganate dark', () => {
    expect(highlights('Ujguři, Ujgurům a Ujgurech; uigūrų; Ujgurima')).toEqual(['uyghur:Ujguři', 'uyghur:Ujgurům', 'uyghur:Ujgurech', 'uyghur:uigūrų', 'uyghur:Ujgurima']);
    expect(highlights('Hlavním městem Ujgurského kaganátu byl Ordu-Balık; Ujgurský kaganát padl roku 840.')).toEqual([]);
    expect(highlights('Uigūrų chaganatas ir Ујгурски каганат')).toEqual([]);
  });
});
