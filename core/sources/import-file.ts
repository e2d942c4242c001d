// Reading a file of sources someone shared: untrusted text in, packs ready for the reader's review out, with
// every refusal and trim said in words. Nothing here throws; one bad pack never stops the others.
import { loadPack } from '../pack/load-pack.ts';
import type { ContextPack } from '../pack/schema.ts';
import { attachToTopic, termsRemovedNote } from './attach.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './export-file.ts';
import { markImported } from './provenance.ts';
import { capCollections, MAX_LIST, overlongList } from './trim.ts';
import { uniqueId } from './unique-id.ts';

import { MAX_IMPORT_BYTES } from './import-limits.ts';

export { MAX_IMPORT_BYTES };
/** Most packs read from one file. */
export const MAX_PACKS_PER_FILE = 200;

export const NOT_VERIFIED_NOTE = 'Read from a file: its quotations and dates were not verified on this device (the source\'s text is not here to check them against).';

export interface ImportContext {
  /** The packs shipped with the extension: their terms are what a source may attach to, their ids are taken. */
  curated: readonly ContextPack[];
  /** Ids of the sources already kept (and of drafts waiting), which an imported pack may not take. */
  takenIds: ReadonlySet<string>;
  /** YYYY-MM-DD, for the provenance's `imported`. */
  today: string;
}

export interface ImportedPack {
  pack: ContextPack;
  /** What was trimmed, renamed or removed, for the review view. */
  notes: string[];
}

export interface ImportResult {
  packs: ImportedPack[];
  /** One line per refused pack (or for the whole file), naming the pack and the first problem. */
  refused: string[];
  /** What happened to the file and to each kept pack. */
  notes: string[];
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** UTF-8 length without building the bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const refuseFile = (reason: string): ImportResult => ({ packs: [], refused: [reason], notes: [] });

/** The packs a file holds: one pack, or a bundle's list (cut to MAX_PACKS_PER_FILE), or why neither. */
function packsOf(json: unknown): { raws: unknown[]; notes: string[] } | { reason: string } {
  if (isObject(json) && json.format === BUNDLE_FORMAT) {
    if (typeof json.version !== 'number' || !Number.isInteger(json.version)) return { reason: 'The bundle has no version number.' };
    if (json.version > BUNDLE_VERSION) return { reason: `The bundle was made by a newer version of the extension (bundle version ${json.version}); update the extension to read it.` };
    if (!Array.isArray(json.packs)) return { reason: 'The bundle has no list of packs.' };
    if (json.packs.length <= MAX_PACKS_PER_FILE) return { raws: json.packs, notes: [] };
    return {
      raws: json.packs.slice(0, MAX_PACKS_PER_FILE),
      notes: [`Read the first ${MAX_PACKS_PER_FILE} packs of ${json.packs.length.toLocaleString('en')} (a file may bring at most ${MAX_PACKS_PER_FILE}).`],
    };
  }
  if (isObject(json) && 'formatVersion' in json) return { raws: [json], notes: [] };
  return { reason: `The file is neither a context pack nor a bundle of them ("format": "${BUNDLE_FORMAT}").` };
}

/** A short name for a pack in messages: its position, and its id when it has a string one. */
function labelOf(raw: unknown, index: number): string {
  const id = isObject(raw) && typeof raw.id === 'string' ? ` ("${raw.id.slice(0, 80)}")` : '';
  return `Pack ${index + 1}${id}`;
}

function readOne(raw: unknown, ctx: ImportContext, taken: Set<string>): ImportedPack | { reason: string } {
  if (!isObject(raw)) return { reason: 'expected a JSON object' };
  const provenance = isObject(raw.provenance) ? raw.provenance : {};
  if (provenance.kind === 'curated' || (typeof raw.formatVersion === 'number' && raw.formatVersion < 2)) {
    return { reason: 'a curated pack ships with the extension; a file can bring only packs extracted from a page (and reviewed by a reader)' };
  }
  const notes: string[] = [];
  const termCount = Array.isArray(raw.terms) ? raw.terms.length : 0;
  if (termCount > 0) notes.push(termsRemovedNote(termCount));
  const capped = capCollections({ ...raw, terms: [] });
  notes.push(...capped.notes);
  const tooLong = overlongList(capped.pack);
  if (tooLong) return { reason: `${tooLong}: more than ${MAX_LIST} items` };

  const loaded = loadPack(capped.pack);
  if (!loaded.ok) return { reason: loaded.error.message };
  if (loaded.pack.provenance.kind === 'curated') return { reason: 'provenance: a file cannot bring a curated pack' };
  const attached = attachToTopic(loaded.pack, ctx.curated);
  if (!attached.ok) return { reason: attached.reason };
  notes.push(...attached.notes);

  let pack = attached.pack;
  const id = uniqueId(pack.id, taken);
  if (id !== pack.id) {
    notes.push(`Renamed "${pack.id}" to "${id}": a source or pack with that id is already kept or in this file.`);
    pack = { ...pack, id };
  }
  taken.add(id);
  return { pack: markImported(pack, ctx.today), notes: [NOT_VERIFIED_NOTE, ...notes] };
}

/** Reads a file's text: size-checked before parsing, then each pack validated, capped, attached and renamed. */
export function readImportFile(text: unknown, ctx: ImportContext): ImportResult {
  if (typeof text !== 'string') return refuseFile('Expected the text of a file.');
  // Every character is at least one byte, so a long text is refused before it is measured.
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) return refuseFile(`The file is ${megabytes(bytes)}${text.length === bytes ? ' or more' : ''}; the limit is ${megabytes(MAX_IMPORT_BYTES)}.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return refuseFile(`The file is not valid JSON (${(e as Error).message}).`);
  }
  const found = packsOf(json);
  if ('reason' in found) return refuseFile(found.reason);

  const taken = new Set([...ctx.takenIds, ...ctx.curated.map((p) => p.id)]);
  const result: ImportResult = { packs: [], refused: [], notes: [...found.notes] };
  found.raws.forEach((raw, index) => {
    const one = readOne(raw, ctx, taken);
    if ('reason' in one) {
      result.refused.push(`${labelOf(raw, index)}: ${one.reason}`);
      return;
    }
    result.packs.push(one);
    const changes = one.notes.slice(1);
    if (changes.length > 0) result.notes.push(`${labelOf(raw, index)}: ${changes.join(' ')}`);
  });
  return result;
}
