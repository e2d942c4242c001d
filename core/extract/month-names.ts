// Days written in words in the languages the engine reads ("21 de abril de 2015", "21. April 2015",
// "21.dez.2018", "21 апреля 2015", "2015年4月21日"), for datelines that chrono's English parser cannot read.

/** Month names, nominative and genitive, per month: es, pt, fr, de, it, nl, ru, uk, cs, pl, sv, da/no. */
const MONTHS: string[][] = [
  ['enero', 'janeiro', 'janvier', 'januar', 'jänner', 'gennaio', 'januari', 'января', 'январь', 'січня', 'ledna', 'leden', 'stycznia', 'styczeń'],
  ['febrero', 'fevereiro', 'février', 'februar', 'febbraio', 'februari', 'февраля', 'февраль', 'лютого', 'února', 'únor', 'lutego', 'luty'],
  ['marzo', 'março', 'mars', 'märz', 'maart', 'marts', 'марта', 'март', 'березня', 'března', 'březen', 'marca', 'marzec'],
  ['abril', 'avril', 'april', 'aprile', 'апреля', 'апрель', 'квітня', 'dubna', 'duben', 'kwietnia', 'kwiecień'],
  ['mayo', 'maio', 'mai', 'maggio', 'mei', 'maj', 'мая', 'май', 'травня', 'května', 'květen', 'maja'],
  ['junio', 'junho', 'juin', 'juni', 'giugno', 'июня', 'июнь', 'червня', 'června', 'červen', 'czerwca', 'czerwiec'],
  ['julio', 'julho', 'juillet', 'juli', 'luglio', 'июля', 'июль', 'липня', 'července', 'červenec', 'lipca', 'lipiec'],
  ['agosto', 'août', 'august', 'augustus', 'augusti', 'августа', 'август', 'серпня', 'srpna', 'srpen', 'sierpnia', 'sierpień'],
  ['septiembre', 'setiembre', 'setembro', 'septembre', 'september', 'settembre', 'сентября', 'сентябрь', 'вересня', 'září', 'września', 'wrzesień'],
  ['octubre', 'outubro', 'octobre', 'oktober', 'ottobre', 'октября', 'октябрь', 'жовтня', 'října', 'říjen', 'października', 'październik'],
  ['noviembre', 'novembro', 'novembre', 'november', 'ноября', 'ноябрь', 'листопада', 'listopadu', 'listopad'],
  ['diciembre', 'dezembro', 'décembre', 'dezember', 'dicembre', 'december', 'декабря', 'декабрь', 'грудня', 'prosince', 'prosinec', 'grudnia', 'grudzień'],
];

const fold = (s: string) => s.toLowerCase();

/** The month a word names, whole or cut to three letters or more ("dez", "sept", "févr"), when only one month fits. */
export function monthOf(word: string): number | null {
  const w = fold(word.replace(/\.$/, ''));
  if (w.length < 3) return null;
  const months = new Set<number>();
  MONTHS.forEach((names, i) => {
    if (names.some((n) => n === w || n.startsWith(w))) months.add(i + 1);
  });
  return months.size === 1 ? [...months][0]! : null;
}

/** Year, month and day of the first day written in words or in CJK digits, or null. */
export function dayInWords(text: string): [number, number, number] | null {
  const cjk = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u.exec(text);
  if (cjk) return [Number(cjk[1]), Number(cjk[2]), Number(cjk[3])];
  const re = /(?<![\p{L}\p{N}])(\d{1,2})\.?\s*(?:de\s+)?(\p{L}{3,12})\.?\s*(?:de\s+|del\s+)?,?\s*((?:19|20)\d{2})(?!\d)/gu;
  for (const m of text.matchAll(re)) {
    const month = monthOf(m[2]!);
    if (month) return [Number(m[3]), month, Number(m[1])];
  }
  return null;
}
