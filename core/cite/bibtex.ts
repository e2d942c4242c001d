/** BibLaTeX export (@online entry) of a citation item. */
import type { CslItem, SimpleDate } from './csl-item.ts';
import { familyOf, fromCslDate } from './csl-item.ts';

// TeX's special characters, escaped so the value reads back as the same text.
const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escape TeX specials in a field value. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}#$%&_~^]/g, (c) => TEX_ESCAPES[c] ?? c);
}

/** Escape, then brace words with capitals after their first letter or proper nouns ("{UK}", "{China's}") so styles keep their case. */
function protectCase(title: string): string {
  return title
    .split(/(\s+)/)
    .map((word, i) => {
      const escaped = escapeBibtex(word);
      // Any capital after the first word (or an all-caps first word) is a name or an acronym.
      const needs = i === 0 ? /[A-Z].*[A-Z]/.test(word) : /[A-Z]/.test(word);
      return needs ? `{${escaped}}` : escaped;
    })
    .join('');
}

function isoDate(d: SimpleDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(d.year), d.month === undefined ? '' : pad(d.month), d.day === undefined ? '' : pad(d.day)].filter(Boolean).join('-');
}

/** A citation key like "cnn2018uk" or "smith2018uk": lower-case ASCII, safe in every BibTeX tool. */
export function bibtexKey(item: CslItem): string {
  const who = item.author?.[0] ? familyOf(item.author[0]) : item['container-title'];
  const year = item.issued ? String(fromCslDate(item.issued).year) : 'nd';
  const word = item.title.split(/\s+/).find((w) => /[a-z]{2,}/i.test(w)) ?? '';
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `${ascii(who)}${year}${ascii(word)}` || 'source';
}

/** The BibLaTeX entry for a web page (fields: author, title, organization, date, url, urldate, note). */
export function toBibtex(item: CslItem): string {
  const fields: [string, string][] = [];
  if (item.author?.length) {
    // An organisation is braced so BibTeX does not split it into given and family names.
    fields.push(['author', item.author.map((a) => ('literal' in a ? `{${escapeBibtex(a.literal)}}` : `${escapeBibtex(a.family)}, ${escapeBibtex(a.given)}`)).join(' and ')]);
  }
  fields.push(['title', protectCase(item.title)]);
  fields.push(['organization', `{${escapeBibtex(item['container-title'])}}`]);
  if (item.issued) fields.push(['date', isoDate(fromCslDate(item.issued))]);
  // url is verbatim in BibLaTeX: only braces would need care, and URLs escape them as %7B/%7D.
  fields.push(['url', item.URL.replace(/\{/g, '%7B').replace(/\}/g, '%7D')]);
  fields.push(['urldate', isoDate(fromCslDate(item.accessed))]);
  if (item.note) fields.push(['note', escapeBibtex(item.note)]);
  if (item.language) fields.push(['langid', item.language === 'en' ? 'english' : escapeBibtex(item.language)]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${bibtexKey(item)},\n${body}\n}\n`;
}
