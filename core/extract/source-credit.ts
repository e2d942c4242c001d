// What a page shows readers about who wrote or supplied the text, beyond its byline: a source or agency credit
// ("来源：人民日报海外版", "Fonte: Agência Brasil", "UOL" at the text's end) and the editors it names, who are not
// authors ("责任编辑：崔宁宁", "Editing by Jane Roe").
import { authorKey, authorOf } from './authors.ts';
import type { Author } from './types.ts';

const letters = (s: string) => s.replace(/^the\s+/i, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A label that says what follows is the text's source, per language. */
const SOURCE_LABEL = /^(?:来源|來源|稿源|出处|出處|出典|source|sources|fonte|fuente|quelle|zdroj|источник|джерело|źródło|bron|kilde|källa|lähde|forrás|출처)\s*[:：]\s*/iu;
/** Where a credit's name ends: a date or time, a pipe, a second label. */
const NAME_END = /\s+(?=\d)|\s*[|｜/]\s*|\s+(?=(?:作者|编辑|責任編輯|责任编辑|记者|发布|發布)\s*[:：]?)|\s{2,}/u;
/** A credit line that gives its text's date and time after the source's name. */
const DATED = /\s\d{1,4}[/.\-年月]\d{1,2}.*\d{1,2}:\d{2}/u;
/** An agency's short name in capitals ("UOL", "AFP", "ANSA", "EFE"). */
const ACRONYM = /^\p{Lu}[\p{Lu}&-]{1,9}$/u;
/** An organisation's name in Chinese or Japanese script: a few characters, no digits or punctuation. */
const HAN_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}·]{2,15}$/u;

/** A credit's name that holds an agency's or a brand's capitals beside other words ("CNET Japan", "BBC Mundo"). */
const WITH_ACRONYM = /^(?=.*(?:^|\s)\p{Lu}{2,}(?:\s|$))(?=.*\s\p{L}*\p{Ll})\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){1,3}$/u;

/** One credit's organisation, or null when it names none or only a person. */
function creditOf(raw: string): Author | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  const labelled = SOURCE_LABEL.exec(text);
  const name = (labelled ? text.slice(labelled[0].length) : text).split(NAME_END)[0]?.replace(/[\s,;:.。，；]+$/u, '').trim() ?? '';
  if (!name || /\d|@|https?:|www\./i.test(name)) return null;
  if (HAN_NAME.test(name)) return { literal: name };
  if (ACRONYM.test(name) || WITH_ACRONYM.test(name)) return { literal: name };
  // A labelled Latin-script source names an organisation ("Fonte: Agência Brasil"), a few words long.
  if (labelled && name.split(' ').length <= 6 && /^\p{L}/u.test(name)) return { literal: name };
  const org = authorOf(name);
  return org && 'literal' in org ? org : null;
}

/**
 * Organisations the page credits as the text's source, each once; never the site itself (a publication is
 * not its own author).
 */
export function sourceCredits(credits: readonly string[], siteName: string | null): Author[] {
  const site = siteName ? letters(siteName) : null;
  const seen = new Set<string>();
  const out: Author[] = [];
  const dated: Author[] = [];
  for (const credit of credits) {
    const org = creditOf(credit);
    if (!org || !('literal' in org)) continue;
    const key = letters(org.literal);
    if (!key || key === site || (site && (site.startsWith(key) || key.startsWith(site)))) continue;
    if (DATED.test(credit) && !dated.some((d) => authorKey(d) === authorKey(org))) dated.push(org);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(org);
  }
  // Two different sources in the page's credit elements are most likely teasers' credits: credit none, unless
  // one alone carries its date and time, as the article's own source line does ("CNET Japan 3/9(木) 18:45配信").
  if (out.length === 1) return out;
  return dated.length === 1 ? dated : [];
}

/** How the name of a Chinese or Japanese news organisation ends: 网, 站, 日报, 新闻, 社, 台, 新聞, ニュース… */
const MEDIA_END = /(?:网|網|站|报|報|社|台|新闻|新聞|周刊|週刊|杂志|雜誌|频道|頻道|ニュース)$/u;

/**
 * The organisation a Chinese or Japanese portal sets right before the article's dateline as its source
 * ("TNW中文站 2016年10月14日07:17"), found in the visible text; null when what stands there is not such a name.
 * A credit to pass through `sourceCredits`, which keeps the site itself out.
 */
export function sourceBeforeDateline(visibleText: string, datelines: readonly string[]): string | null {
  const dateline = datelines[0]?.replace(/\s+/g, ' ').trim();
  if (!dateline) return null;
  const at = visibleText.indexOf(dateline);
  if (at <= 0) return null;
  const before = /([\p{Script=Han}\p{Script=Katakana}\p{Lu}\p{N}·]*[\p{Script=Han}\p{Script=Katakana}]+)\s?$/u.exec(visibleText.slice(Math.max(0, at - 24), at))?.[1];
  if (!before || before.length < 2 || before.length > 15 || !MEDIA_END.test(before)) return null;
  return before.replace(/^\p{N}+/u, '');
}

const EDITOR = [
  /(?:责任编辑|責任編輯|责编|編輯|编辑|主编)\s*[:：]\s*([\p{Script=Han}·]{2,8})/gu,
  /\b(?:[Ee]dited by|[Ee]diting by|[Ee]ditor:|[Rr]edigiert von|[ÉéEe]dité par|[Ee]ditado por|[Aa] cura di)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})/gu,
];

/** The people the page names as its editors. */
export function editorsIn(text: string): string[] {
  const out = new Set<string>();
  for (const pattern of EDITOR) for (const m of text.matchAll(pattern)) if (m[1]) out.add(letters(m[1]));
  return [...out].filter((e) => e.length >= 2);
}

/** Authors without the page's editors: a meta author that the page shows as its editor wrote nothing. */
export function withoutEditors(authors: Author[], editors: readonly string[]): Author[] {
  if (editors.length === 0) return authors;
  return authors.filter((a) => {
    const key = letters(authorKey(a));
    return !editors.some((e) => key === e || key.endsWith(e));
  });
}

/** Whether the page's visible text names an author anywhere (family name for a person, the literal for an organisation). */
export function isShown(author: Author, visibleText: string): boolean {
  const text = letters(visibleText);
  return text.includes(letters('literal' in author ? author.literal : author.family));
}
