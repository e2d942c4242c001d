/** RIS export of a citation item (TY ELEC, web page). */
import type { CslItem, SimpleDate } from './csl-item.ts';
import { fromCslDate } from './csl-item.ts';

/** RIS dates are YYYY/MM/DD/ with empty parts left blank. */
function risDate(d: SimpleDate): string {
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${d.year}/${pad(d.month)}/${pad(d.day)}/`;
}

/**
 * The RIS record. Tags are two characters, two spaces, a hyphen and a space; the record runs from
 * "TY  - ELEC" to "ER  - ". Lines end in CR LF as the RIS specification asks (`eol` can make them LF).
 */
export function toRis(item: CslItem, eol: '\r\n' | '\n' = '\r\n'): string {
  const lines: string[] = ['TY  - ELEC'];
  // A value must stay on its line: RIS has no continuation lines.
  const tag = (name: string, value: string) => lines.push(`${name}  - ${value.replace(/\s+/g, ' ').trim()}`);
  for (const a of item.author ?? []) tag('AU', 'literal' in a ? a.literal : `${a.family}, ${a.given}`);
  tag('TI', item.title);
  tag('T2', item['container-title']);
  if (item.issued) {
    const d = fromCslDate(item.issued);
    tag('PY', String(d.year));
    tag('DA', risDate(d));
  }
  tag('UR', item.URL);
  tag('Y2', risDate(fromCslDate(item.accessed)));
  if (item.note) tag('N1', item.note);
  if (item.language) tag('LA', item.language);
  lines.push('ER  - ');
  return lines.join(eol) + eol;
}
