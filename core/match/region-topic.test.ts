// Pages about Xinjiang that are not about detention (issue 22): tourism, cotton trade, a college's
// enrolment advert, history. Sentences written for this test, run through the shipped pack as the page
// scanner runs them (normalised, then matched); each text is one region.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import { DETENTION_WORDS_ID, OTHER_SENSE_ID, detentionMatcher, detentionTerm, otherSenseTerm, regionSense, speaksOfDetention } from './region-topic.ts';
import { Relevance, admitted } from './relevance.ts';
import type { MatchTerm, MatchVariant, Mention } from './types.ts';

const pack = JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')) as {
  terms: MatchTerm[];
  detentionWords: MatchVariant[];
};
const matcher = compileMatcher(pack.terms);
const words = detentionMatcher([pack]);

/** What a region holding only `original` shows: `term:"text"`, strong and weak alike, and its topic. */
function judge(original: string): { about: boolean; strong: string[]; weak: string[]; found: string[] } {
  const { text } = normalizeForMatch(original);
  const found = matcher.find(text);
  const sense = regionSense(text, words);
  const about = sense === 'detention';
  const shown = admitted(found, sense);
  const name = (m: Mention) => `${m.termId}:${text.slice(m.start, m.end)}`;
  return {
    about,
    strong: shown.filter((m) => m.strength === 'strong').map(name),
    weak: shown.filter((m) => m.strength === 'weak').map(name),
    found: found.filter((m) => m.strength === 'weak').map(name),
  };
}

/** A text not about detention: its place and people names light, its weak terms (found) stay dark. */
function expectNeutral(text: string, strong: string[], weakFound: string[]): void {
  const r = judge(text);
  expect(r.about, 'speaks of detention').toBe(false);
  expect(r.strong).toEqual(strong);
  // The weak terms are there to be found: the rule, not the matcher, keeps them dark.
  expect(r.found).toEqual(weakFound);
  expect(r.weak).toEqual([]);
}

describe('pages about Xinjiang that are not about detention', () => {
  it('tourism (en, zh-Hans, ru): the place lights, the guides\' training centre does not', () => {
    expectNeutral(
      'Xinjiang in autumn: a travel guide. Kanas Lake is at its best in late September. In the old town of Kashgar, ' +
        'Uyghur musicians play the dutar for visitors, and the Sunday bazaar sells melons, carpets and knives. ' +
        "The regional tourism board's vocational training centre certifies some 300 local guides a year.",
      ['xinjiang:Xinjiang', 'kashgar:Kashgar', 'uyghur:Uyghur'],
      ['vocational-centres:vocational training centre'],
    );
    expectNeutral(
      '新疆旅游攻略：九月的喀纳斯湖最美。在喀什古城，维吾尔族艺人为游客弹奏都塔尔，巴扎上有哈密瓜和手工地毯。当地旅游局的导游教育培训中心每年培训三百名导游。',
      ['xinjiang:新疆', 'kashgar:喀什', 'uyghur:维吾尔'],
      ['vocational-centres:教育培训中心'],
    );
    expectNeutral(
      'Осенью Синьцзян особенно красив: туристы едут в Кашгар на воскресный базар. Гидов готовит местный центр профподготовки при туристическом бюро.',
      ['xinjiang:Синьцзян', 'kashgar:Кашгар'],
      ['vocational-centres:центр профподготовки'],
    );
  });

  it('cotton trade (en, zh-Hans, de)', () => {
    expectNeutral(
      'Cotton futures rose on the Zhengzhou exchange as Xinjiang, which grows most of China\'s cotton, reported a larger ' +
        'harvest. Ginning mills in the Xinjiang Uyghur Autonomous Region shipped more lint to Jiangsu spinners this quarter, ' +
        'and a vocational education centre in Aksu trains the drivers of cotton pickers.',
      ['xinjiang:Xinjiang', 'xinjiang:Xinjiang Uyghur Autonomous Region'],
      ['vocational-centres:vocational education centre'],
    );
    expectNeutral(
      '新疆棉花产量占全国八成以上。今年新疆维吾尔自治区的轧花厂向江苏纺织企业发运皮棉增加，阿克苏一家职教中心开设采棉机驾驶课程。',
      ['xinjiang:新疆', 'xinjiang:新疆维吾尔自治区'],
      ['vocational-centres:职教中心'],
    );
    expectNeutral(
      'Baumwolle aus Xinjiang ist an der Börse in Zhengzhou teurer geworden. Die Ernte in der Region fiel größer aus; die Berufsbildung für Fahrer von Erntemaschinen wird ausgebaut.',
      ['xinjiang:Xinjiang'],
      ['vocational-centres:Berufsbildung'],
    );
  });

  it('a travel page about Ürümqi (en, zh-Hans, ru, ja): the city lights with a neutral card, no camp term', () => {
    expectNeutral(
      'Three days in Ürümqi: start at the Grand Bazaar, climb Red Hill at sunset and take the bus to Heavenly Lake. ' +
        "Urumqi's night market is best after ten; the hotel's vocational training centre trains its own chefs.",
      ['urumqi:Ürümqi', "urumqi:Urumqi's"],
      ['vocational-centres:vocational training centre'],
    );
    expectNeutral('乌鲁木齐三日游：大巴扎、红山公园和天山天池。酒店的职业技能教育培训中心培养自己的厨师。', ['urumqi:乌鲁木齐'], [
      'vocational-centres:职业技能教育培训中心',
    ]);
    expectNeutral('Из Урумчи до озера Тяньчи ходит автобус; на базаре продают дыни и ковры.', ['urumqi:Урумчи'], []);
    expectNeutral('ウルムチのバザールでは干しぶどうやナンが売られている。', ['urumqi:ウルムチ'], []);
  });

  it('a college enrolment advert in Ürümqi (zh-Hans, zh-Hant, en): its training centre is never a camp', () => {
    expectNeutral(
      '乌鲁木齐职业大学 2026年春季招生简章：新疆职业大学下设的教育培训中心面向社会招收维吾尔族和汉族学员，开设焊接、会计等专业，报名截止三月十日。',
      ['urumqi:乌鲁木齐', 'xinjiang:新疆', 'uyghur:维吾尔'],
      ['vocational-centres:教育培训中心'],
    );
    expectNeutral(
      '烏魯木齊職業大學招生：新疆職業大學的教育培訓中心面向維吾爾族學員開設會計課程，歡迎報名。',
      ['urumqi:烏魯木齊', 'xinjiang:新疆', 'uyghur:維吾爾'],
      ['vocational-centres:教育培訓中心'],
    );
    expectNeutral(
      'Xinjiang Vocational University, Ürümqi. Spring intake 2026: the Education and Training Centre of the university ' +
        'invites applications for welding, accounting and Uyghur-Chinese translation. Applications close on 10 March.',
      ['xinjiang:Xinjiang', 'urumqi:Ürümqi', 'uyghur:Uyghur'],
      ['vocational-centres:Education and Training Centre'],
    );
  });

  it('history (en, zh-Hans): "re-education" of the Cultural Revolution is not the camps', () => {
    expectNeutral(
      'Oasis towns such as Kashgar grew rich on the Silk Road. After 1949 Xinjiang received settlers from the east, and ' +
        'during the Cultural Revolution urban youths were sent there for re-education by the peasants.',
      ['kashgar:Kashgar', 'xinjiang:Xinjiang'],
      ['reeducation-camps:re-education'],
    );
    expectNeutral(
      '喀什是丝绸之路上的绿洲重镇。文化大革命期间，大批知识青年来到新疆农村接受贫下中农再教育。',
      ['kashgar:喀什', 'xinjiang:新疆'],
      ['reeducation-camps:再教育'],
    );
  });
});

describe('regions about another sense of a name (the terms\u2019 exclusions)', () => {
  it('history and linguistics (en, de, fr, ru, tr): no name lights, not even beside the excluded phrase', () => {
    for (const text of [
      'The Uyghur Khaganate ruled the steppe from 744 to 840; after its fall the Uyghurs settled in Turpan, in today\u2019s Xinjiang.',
      'Old Uyghur was written in a script taken from Sogdian; Uyghur scribes at Turpan copied Buddhist sutras.',
      'Mahmud al-Kashgari, born in Kashgar, wrote his dictionary of the Turkic languages in Baghdad.',
      'Das Uigurische Khaganat zerfiel 840; die Uiguren zogen nach Turfan.',
      'Le Khaganat ouïghour s\u2019effondre en 840 ; les Ouïghours fondent un royaume à Tourfan.',
      'Уйгурский каганат пал в 840 году, и уйгуры ушли в Турфан.',
      'Uygur Kağanlığı 840 yılında yıkıldı; Uygurlar Turfan\u2019a göç etti.',
    ]) {
      const r = judge(text);
      expect(regionSense(normalizeForMatch(text).text, words), text).toBe('other');
      expect(r.strong, text).toEqual([]);
    }
  });

  it('a Chinese sports report ("a new battlefield", 开辟新疆场) stays dark', () => {
    expect(judge('球队转战新疆场，开辟新疆场，新疆球迷到场助威。').strong).toEqual([]);
  });

  it('still lights a region that also speaks of detention', () => {
    const r = judge('Scholars of the Old Uyghur script have been detained in Xinjiang; Uyghurs abroad call it cultural erasure.');
    expect(r.about).toBe(true);
    expect(r.strong).toEqual(['xinjiang:Xinjiang', 'uyghur:Uyghurs']);
  });

  it('is planned from every term\u2019s exclusions, beside the detention words', () => {
    const term = otherSenseTerm([pack]);
    expect(term?.id).toBe(OTHER_SENSE_ID);
    const exclusions = (pack.terms as { exclusions?: unknown[] }[]).reduce((n, t) => n + (t.exclusions?.length ?? 0), 0);
    expect(term?.variants.length).toBe(exclusions);
    expect(otherSenseTerm([{ terms: [{}] }])).toBeNull();
  });
});

describe('regions about detention', () => {
  it('light their weak terms, in every language tested above', () => {
    const en = judge(
      'Up to a million Uyghurs have been detained in Xinjiang, in what the government calls vocational training centres.',
    );
    expect(en.about).toBe(true);
    expect(en.weak).toEqual(['vocational-centres:vocational training centres']);
    const zh = judge('据报道，新疆有多达一百万维吾尔人被关押在所谓的教育培训中心。');
    expect(zh.about).toBe(true);
    expect(zh.weak).toEqual(['vocational-centres:教育培训中心']);
    const ru = judge('В Синьцзяне уйгуров удерживают в лагерях; власти называют их центр профподготовки.');
    expect(ru.about).toBe(true);
    expect(ru.weak).toEqual(['vocational-centres:центр профподготовки']);
    const de = judge('In Xinjiang werden Uiguren in Umerziehungslagern festgehalten; Peking spricht von Berufsbildung.');
    expect(de.about).toBe(true);
    expect(de.weak).toContain('vocational-centres:Berufsbildung');
  });

  it('state media that defend the centres speak of detention in their own words (extremism, counter-terrorism)', () => {
    const r = judge('The vocational education and training centres in Xinjiang are a preventive counter-terrorism measure.');
    expect(r.about).toBe(true);
    expect(r.weak).toEqual(['vocational-centres:vocational education and training centres']);
  });

  it('a detention word alone does not light a page: weak terms still need a strong one', () => {
    const r = judge('Manzanar was an internment camp; survivors describe re-education classes.');
    expect(r.about).toBe(true);
    expect(r.strong).toEqual([]);
    expect(r.weak).toEqual([]);
  });
});

describe('the rule, by scope', () => {
  const mention = (scope: string, strength: 'strong' | 'weak') => ({ scope, strength });

  it('admits a weak mention only in a relevant scope that speaks of detention', () => {
    const about = new Set(['news']);
    const relevance = new Relevance<ReturnType<typeof mention>>((m) => m.scope, (scope) => about.has(scope as string));
    for (const m of [mention('news', 'strong'), mention('travel', 'strong')]) relevance.note(m);
    expect(relevance.admits(mention('news', 'weak'))).toBe(true);
    expect(relevance.admits(mention('travel', 'weak'))).toBe(false);
    expect(relevance.admits(mention('travel', 'strong'))).toBe(true);
    expect(relevance.aboutCamps(mention('travel', 'strong'))).toBe(false);
    expect(relevance.aboutCamps(mention('news', 'strong'))).toBe(true);
    // Asked again each time: a region that later speaks of detention releases its weak terms.
    about.add('travel');
    expect(relevance.admits(mention('travel', 'weak'))).toBe(true);
  });

  it('admits no mention in a scope about another sense, unless it also speaks of detention', () => {
    const about = new Set<string>();
    const relevance = new Relevance<ReturnType<typeof mention>>((m) => m.scope, (scope) => about.has(scope as string), (scope) => scope === 'khaganate');
    relevance.note(mention('khaganate', 'strong'));
    expect(relevance.admits(mention('khaganate', 'strong'))).toBe(false);
    expect(relevance.admits(mention('khaganate', 'weak'))).toBe(false);
    expect(relevance.admits(mention('travel', 'strong'))).toBe(true);
    about.add('khaganate');
    expect(relevance.admits(mention('khaganate', 'strong'))).toBe(true);
    expect(relevance.admits(mention('khaganate', 'weak'))).toBe(true);
  });

  it('carries the judge over to a fresh scan (inherit)', () => {
    const first = new Relevance<ReturnType<typeof mention>>((m) => m.scope, () => false);
    first.note(mention('a', 'strong'));
    const second = new Relevance<ReturnType<typeof mention>>((m) => m.scope);
    second.inherit(first);
    expect(second.admits(mention('a', 'weak'))).toBe(false);
  });

  it('without detention words every text speaks of detention (packs before issue 22)', () => {
    expect(detentionTerm([{}])).toBeNull();
    expect(speaksOfDetention('Kashgar bazaar', null)).toBe(true);
    expect(detentionTerm([pack])?.id).toBe(DETENTION_WORDS_ID);
  });

  it('looks at most TOPIC_TEXT_CAP characters of a region', () => {
    expect(speaksOfDetention(`${'x '.repeat(60_000)} detained`, words)).toBe(false);
    expect(speaksOfDetention(`detained ${'x '.repeat(60_000)}`, words)).toBe(true);
  });
});
