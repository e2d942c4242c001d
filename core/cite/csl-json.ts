/** CSL-JSON export: the item itself, as reference managers (Zotero, Pandoc) import it. */
import type { CslItem } from './csl-item.ts';

/** The item as a CSL-JSON array of one, pretty-printed. */
export function toCslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2) + '\n';
}
