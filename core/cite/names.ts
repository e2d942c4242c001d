/** Name pieces shared by the CSL style formatters (all for English names in Latin script). */
import type { CiteName } from './csl-item.ts';

/**
 * Initials of given names as citeproc-js writes them: "Maria Anna" -> "M. A." with ". ",
 * "M.A." with "."; hyphenated names keep the hyphen ("Min-Jun" -> "M.-J."); a lower-case part
 * after a hyphen is dropped ("Min-jun" -> "M.").
 */
export function initials(given: string, initializeWith: string): string {
  let out = '';
  for (const part of given.trim().split(/(?=[\s-])/)) {
    const hyphen = part.startsWith('-');
    const word = part.replace(/^[\s-]+/, '');
    const first = word.charAt(0);
    if (!first) continue;
    if (hyphen) {
      if (first !== first.toUpperCase()) continue;
      out = out.trimEnd() + '-';
    }
    out += first.toUpperCase() + initializeWith;
  }
  return out.trimEnd();
}

/** "Smith, J." */
export const familyInitials = (n: CiteName, initializeWith: string): string =>
  'literal' in n ? n.literal : `${n.family}, ${initials(n.given, initializeWith)}`;
/** "Smith, Jane" */
export const familyFirst = (n: CiteName): string => ('literal' in n ? n.literal : `${n.family}, ${n.given}`);
/** "Jane Smith" */
export const givenFirst = (n: CiteName): string => ('literal' in n ? n.literal : `${n.given} ${n.family}`);

/**
 * Join names: "A", "A and B" (or "A, and B" with a serial comma before the last of two),
 * "A, B, and C". `and` includes its spaces, e.g. " and " or ", & ".
 */
export function joinNames(names: string[], and2: string, andMany: string): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]}${and2}${names[1]}`;
  return `${names.slice(0, -1).join(', ')}${andMany}${names[names.length - 1]}`;
}
