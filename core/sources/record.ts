// The stored form of a reader's source: versioned, migrated and validated each time it is read, so one bad or
// newer record is skipped and reported while the others load.
import * as v from 'valibot';
import { loadPack } from '../pack/load-pack.ts';
import { id, webUrl } from '../pack/schema-base.ts';
import type { SourceRecord } from './types.ts';

/** The version of the stored record's shape (not the pack's format, which core/pack migrates on its own). */
export const STORE_VERSION = 1;

type Json = Record<string, unknown>;
/** One step: a stored record of version n in, version n + 1 out. Steps never validate (the schema does). */
export type RecordMigration = (record: Json) => Json;

/** From-version to step; add one entry when the stored shape changes. */
export const RECORD_MIGRATIONS: Readonly<Record<number, RecordMigration>> = {};

/** A stored record: the contract's SourceRecord with the store version beside the data it describes. */
export type StoredRecord = SourceRecord & { storeVersion: number };

const isoDateTime = v.pipe(v.string('expected a string'), v.isoTimestamp('expected an ISO date-time'));

/** Everything of a record but its pack, which loadPack reads (migrations, schema, references). */
const RecordFieldsSchema = v.object({
  storeVersion: v.literal(STORE_VERSION),
  id,
  origin: v.picklist(['added', 'imported'], 'expected "added" or "imported"'),
  pageUrl: webUrl,
  addedAt: isoDateTime,
  reviewedAt: v.nullable(isoDateTime),
  enabled: v.boolean('expected true or false'),
});

export type ReadRecordResult = { ok: true; record: SourceRecord } | { ok: false; id?: string; reason: string };

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Brings a stored record up to STORE_VERSION, or says why it cannot. */
export function migrateRecord(input: Json, table: Readonly<Record<number, RecordMigration>> = RECORD_MIGRATIONS, target = STORE_VERSION): { ok: true; record: Json } | { ok: false; reason: string } {
  let record = input;
  for (;;) {
    const version = record.storeVersion ?? 0;
    if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'storeVersion: expected an integer' };
    if (version === target) return { ok: true, record };
    if (version > target) return { ok: false, reason: `stored by a newer version of the extension (store version ${version}); kept, not read` };
    const step = table[version];
    if (!step) return { ok: false, reason: `no migration from store version ${version}` };
    const next = step(record);
    if (typeof next.storeVersion !== 'number' || next.storeVersion <= version) return { ok: false, reason: `the migration from store version ${version} did not raise the version` };
    record = next;
  }
}

/** Reads one stored value: migrated, validated, its pack loaded and held to a reader's source's rules. */
export function readStoredRecord(raw: unknown, table: Readonly<Record<number, RecordMigration>> = RECORD_MIGRATIONS): ReadRecordResult {
  if (!isObject(raw)) return { ok: false, reason: 'expected an object' };
  const rawId = typeof raw.id === 'string' ? { id: raw.id } : {};
  const migrated = migrateRecord(raw, table);
  if (!migrated.ok) return { ok: false, ...rawId, reason: migrated.reason };
  const fields = v.safeParse(RecordFieldsSchema, migrated.record);
  if (!fields.success) {
    const issue = fields.issues[0];
    return { ok: false, ...rawId, reason: `${issue.path?.map((p) => String(p.key)).join('.') ?? '(record)'}: ${issue.message}` };
  }
  const loaded = loadPack(migrated.record.pack);
  if (!loaded.ok) return { ok: false, ...rawId, reason: `pack: ${loaded.error.message}` };
  const pack = loaded.pack;
  if (pack.id !== fields.output.id) return { ok: false, ...rawId, reason: `pack.id "${pack.id}" differs from the record's id` };
  // A stored source is never curated: only packs shipped with the extension are.
  if (pack.provenance.kind === 'curated') return { ok: false, ...rawId, reason: 'pack.provenance: a reader\'s source cannot be curated' };
  const { storeVersion: _version, ...rest } = fields.output;
  return { ok: true, record: { ...rest, pack } };
}

/** The value to store for a record (the pack as validated, so reading it back gives the same record). */
export function toStored(record: SourceRecord): StoredRecord {
  return { storeVersion: STORE_VERSION, id: record.id, pack: record.pack, origin: record.origin, pageUrl: record.pageUrl, addedAt: record.addedAt, reviewedAt: record.reviewedAt, enabled: record.enabled };
}

/** Reads many stored values: keeps every good record and reports each bad one, never throwing. */
export function readStoredRecords(raws: readonly unknown[]): { records: SourceRecord[]; skipped: { id?: string; reason: string }[] } {
  const records: SourceRecord[] = [];
  const skipped: { id?: string; reason: string }[] = [];
  for (const raw of raws) {
    const result = readStoredRecord(raw);
    if (result.ok) records.push(result.record);
    else skipped.push(result.id === undefined ? { reason: result.reason } : { id: result.id, reason: result.reason });
  }
  return { records, skipped };
}
