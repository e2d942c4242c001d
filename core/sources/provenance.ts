// What reading a file and a reader's review do to a pack's provenance (docs/context-pack.md, `provenance`).
import type { ContextPack, PackProvenance } from '../pack/schema.ts';

/** Marks a pack read from a file on `day`: its evidence was not verified on this device. A pack already marked
 * keeps its first day, so exporting and importing it again changes nothing. */
export function markImported(pack: ContextPack, day: string): ContextPack {
  const p = pack.provenance;
  if (p.kind === 'curated' || p.imported !== undefined) return pack;
  return { ...pack, provenance: { ...p, imported: day } };
}

/** The provenance of a pack the reader reviewed on `day`: reader-reviewed, keeping where and when it was
 * extracted and whether it came from a file. Null for a curated pack (readers do not curate). */
export function reviewedProvenance(provenance: PackProvenance, day: string): PackProvenance | null {
  if (provenance.kind === 'curated') return null;
  const imported = provenance.imported === undefined ? {} : { imported: provenance.imported };
  return { kind: 'reader-reviewed', url: provenance.url, extracted: provenance.extracted, reviewed: day, ...imported };
}

/** True when the pack's evidence could not be checked against its source text here. */
export function notVerifiedHere(pack: ContextPack): boolean {
  return pack.provenance.kind !== 'curated' && pack.provenance.imported !== undefined;
}

/** The reader's calendar day of `date`, YYYY-MM-DD (the caller passes "now"; core never reads the clock). */
export function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
