// The camp and centre terms in the languages whose press names the region and the people (issue 22): in a
// report they light beside the names; where a name stands beside the same words in another sense (a
// college's training centre, job retraining, Vietnam's camps of 1975) they stay dark, because the region
// does not speak of detention (docs/relevance.md). Sentences written for this test, run through the shipped
// pack as the page scanner runs them; each text is one region.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import { normalizeForMatch, toOriginalRange } from './normalize-for-match.ts';
import { detentionMatcher, speaksOfDetention } from './region-topic.ts';
import { admitted } from './relevance.ts';
import type { MatchTerm, MatchVariant } from './types.ts';

const pack = JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')) as {
  terms: MatchTerm[];
  detentionWords: MatchVariant[];
};
const matcher = compileMatcher(pack.terms);
const words = detentionMatcher([pack]);

/** A region holding only `original`: whether it speaks of detention, and its weak mentions found and shown. */
function region(original: string): { about: boolean; strong: boolean; found: string[]; shown: string[] } {
  const { text, map } = normalizeForMatch(original);
  const found = matcher.find(text);
  const about = speaksOfDetention(text, words);
  const name = (m: (typeof found)[number]) => {
    const [s, e] = toOriginalRange(map, m.start, m.end);
    return `${m.termId}:${original.slice(s, e)}`;
  };
  return {
    about,
    strong: found.some((m) => m.strength === 'strong'),
    found: found.filter((m) => m.strength === 'weak').map(name),
    shown: admitted(found, about).filter((m) => m.strength === 'weak').map(name),
  };
}

/** Reports: [language, text, the weak mentions it shows]. */
const REPORTS: readonly [string, string, readonly string[]][] = [
  ['pt', 'A ONU diz que um milhão de uigures estão detidos em campos de reeducação em Xinjiang; Pequim fala de centros de formação profissional.',
    ['reeducation-camps:reeducação', 'vocational-centres:centros de formação profissional']],
  ['pl', 'Ujgurzy są przetrzymywani w obozach reedukacyjnych w Sinciangu; władze nazywają je ośrodkami szkolenia zawodowego.',
    ['reeducation-camps:reedukacyjnych', 'vocational-centres:szkolenia zawodowego']],
  ['cs', 'Ujgurové jsou zadržováni v převýchovných táborech v Sin-ťiangu, tedy v internačních táborech.',
    ['reeducation-camps:převýchovných', 'internment-camps:internačních táborech']],
  ['sk', 'Ujguri sú zadržiavaní v táboroch v Sin-ťiangu; Čína tvrdí, že ide o re-edukačné centrá.', ['reeducation-camps:re-edukačné']],
  ['hr', 'Kina drži Ujgure u logorima za preodgoj u Xinjiangu, a tvrdi da je riječ o strukovnom obrazovanju.',
    ['reeducation-camps:preodgoj', 'vocational-centres:strukovnom obrazovanju']],
  ['ro', 'Uigurii din Xinjiang sunt deţinuţi în centre de reeducare, potrivit ONU.', ['reeducation-camps:reeducare']],
  ['hu', 'Hszincsiangban az ujgurokat átnevelőtáborokban tartják fogva.', ['reeducation-camps:átnevelőtáborokban']],
  ['fi', 'Uiguureja on pidätetty ja viety uudelleenkoulutusleireille Xinjiangissa.', ['reeducation-camps:uudelleenkoulutusleireille']],
  ['el', 'Οι Ουιγούροι κρατούνται σε στρατόπεδα επανεκπαίδευσης στο Σιντζιάνγκ.', ['reeducation-camps:επανεκπαίδευσης']],
  ['uk', 'Уйгурів тримають у таборах перевиховання в Сіньцзяні.', ['reeducation-camps:перевиховання']],
  ['sv', 'Uigurer i Xinjiang hålls i omskolningsläger, enligt FN.', ['reeducation-camps:omskolningsläger']],
  ['nb', 'Uigurer i Xinjiang holdes i leirer som myndighetene kaller faglige treningssentre.', ['vocational-centres:faglige treningssentre']],
  ['da', 'En million uigurer er interneret i genopdragelseslejre i Xinjiang.', ['reeducation-camps:genopdragelseslejre']],
  ['nl', 'Oeigoeren worden vastgehouden in heropvoedingskampen in Xinjiang.', ['reeducation-camps:heropvoedingskampen']],
  ['vi', 'Người Duy Ngô Nhĩ bị giam giữ trong các trại cải tạo ở Tân Cương.', ['reeducation-camps:trại cải tạo', 'xinjiang:Tân Cương']],
  ['id', 'Warga Uighur ditahan di kamp pendidikan ulang di Xinjiang.', ['reeducation-camps:pendidikan ulang']],
  ['ms', 'Etnik Uighur ditahan di kem tahanan di Xinjiang.', ['internment-camps:kem tahanan']],
  ['fa', 'اویغورها در اردوگاه‌های بازآموزی سین‌کیانگ بازداشت شده‌اند.', ['reeducation-camps:بازآموزی']],
  ['ur', 'سنکیانگ میں ایغور مسلمان چینی حراستی مراکز میں قید ہیں۔', ['internment-camps:حراستی']],
  ['hi', 'शिनजियांग में उइगर मुसलमानों को पुनर्शिक्षा शिविरों में हिरासत में रखा गया।', ['reeducation-camps:पुनर्शिक्षा']],
  ['kk', 'Шыңжаңдағы ұйғырлар қайта тәрбиелеу лагерлерінде ұсталған.', ['reeducation-camps:қайта тәрбиелеу']],
  ['ko', '신장 위구르 자치구의 직업기술교육훈련센터는 강제수용소라는 비판을 받는다.', ['internment-camps:강제수용소']],
  ['it', 'Gli uiguri sono detenuti in campi di internamento nello Xinjiang.', ['internment-camps:campi di internamento']],
  ['ru', 'Уйгуры задержаны в Синьцзяне и отправлены в центры профессионального обучения.',
    ['vocational-centres:центры профессионального обучения']],
  ['az', 'Çin Sincan bölgəsində "təlim mərkəzi" adı altında düşərgələrdə uyğurlar saxlanılır.',
    ['xinjiang:Sincan', 'vocational-centres:təlim mərkəzi']],
  ['uz', 'Shinjonda uyg‘urlar qayta tarbiyalash lagerlarida saqlanmoqda.', ['reeducation-camps:qayta tarbiyalash']],
];

/** The same words beside a name, in another sense: [language, why, text, the weak mentions found (dark)]. */
const TRAPS: readonly [string, string, string, readonly string[]][] = [
  ['pl', 'a college in Xinjiang advertises its vocational courses',
    'Uczelnia w Sinciangu zaprasza Ujgurów i Kazachów: Centrum Kształcenia Zawodowego otwiera nabór na kursy spawania.',
    ['vocational-centres:Kształcenia Zawodowego']],
  ['pt', 'a college in Xinjiang advertises its vocational courses',
    'Faculdade em Xinjiang abre inscrições: os centros de formação profissional oferecem cursos de mecânica para jovens uigures.',
    ['vocational-centres:centros de formação profissional']],
  ['ru', 'a job-training centre in Ürümqi enrols welders',
    'Центр профессионального обучения в Урумчи объявляет набор уйгурской молодёжи на курсы сварщиков.',
    ['vocational-centres:Центр профессионального обучения']],
  ['vi', 'a vocational centre in Xinjiang enrols students',
    'Trung tâm dạy nghề ở Tân Cương tuyển sinh người Duy Ngô Nhĩ học sửa xe máy.',
    ['vocational-centres:Trung tâm dạy nghề', 'xinjiang:Tân Cương']],
  ['ko', 'a job-training institute in Xinjiang enrols students', '신장 위구르 자치구 직업훈련소 수강생 모집 안내', ['vocational-centres:직업훈련소']],
  ['fi', 'job retraining in a report on Xinjiang\'s economy',
    'Xinjiangin talous kasvaa, ja uiguurinuoria ohjataan uudelleenkoulutukseen uusiin ammatteihin.', ['reeducation-camps:uudelleenkoulutukseen']],
  ['hi', 'a cricket training camp beside a travel note on Xinjiang', 'शिनजियांग की यात्रा के बाद टीम का ट्रेनिंग कैंप बेंगलुरु में लगेगा।',
    ['vocational-centres:ट्रेनिंग कैंप']],
  ['az', 'a new training centre in a business note on Xinjiang', 'Sincan ilə ticarət artır; Bakıda uyğurlar üçün yeni təlim mərkəzi açıldı.',
    ['xinjiang:Sincan', 'vocational-centres:təlim mərkəzi']],
];

describe('camp and centre terms in the languages that name the region', () => {
  for (const [lang, text, shown] of REPORTS) {
    it(`${lang}: a report shows ${shown.join(', ')}`, () => {
      const r = region(text);
      expect(r.strong, 'no strong mention').toBe(true);
      expect(r.about, 'not about detention').toBe(true);
      expect(r.shown).toEqual(shown);
    });
  }

  for (const [lang, why, text, found] of TRAPS) {
    it(`${lang}: ${why}: found, beside a name, but dark`, () => {
      const r = region(text);
      expect(r.strong, 'no strong mention').toBe(true);
      expect(r.about, 'speaks of detention').toBe(false);
      expect(r.found).toEqual(found);
      expect(r.shown).toEqual([]);
    });
  }

  it('covers every language of the reports once', () => {
    const langs = REPORTS.map(([lang]) => lang);
    expect(new Set(langs).size).toBe(langs.length);
    expect(langs.length).toBeGreaterThanOrEqual(25);
  });
});
