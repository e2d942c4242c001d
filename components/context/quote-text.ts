/** Splits a quotation into the speaker's words and the source's editorial insertions, for marking. */

/** A run of a quotation: the speaker's words, or words the source added inside the quotation marks. */
export interface QuotePart {
  text: string;
  editorial: boolean;
}

/** Splits `text` at each occurrence of an editorial insertion; the parts join back to `text` exactly. */
export function splitEditorial(text: string, insertions: readonly string[]): QuotePart[] {
  const found: [number, number][] = [];
  for (const ins of insertions) {
    if (!ins) continue;
    for (let at = text.indexOf(ins); at >= 0; at = text.indexOf(ins, at + ins.length)) found.push([at, at + ins.length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const parts: QuotePart[] = [];
  let pos = 0;
  for (const [start, end] of found) {
    if (start < pos) continue; // overlapping insertions: keep the first
    if (start > pos) parts.push({ text: text.slice(pos, start), editorial: false });
    parts.push({ text: text.slice(start, end), editorial: true });
    pos = end;
  }
  if (pos < text.length || !parts.length) parts.push({ text: text.slice(pos), editorial: false });
  return parts;
}
