import { describe, expect, it } from 'vitest';
import { minimalPack } from '../pack/test-pack.ts';
import { migrateRecord, readStoredRecord, readStoredRecords, STORE_VERSION, toStored, type RecordMigration } from './record.ts';
import { readerPack } from './test-source.ts';
import type { SourceRecord } from './types.ts';

const record = (id = 'news-example-a-headline'): SourceRecord => ({
  id,
  pack: readerPack(id),
  origin: 'added',
  pageUrl: 'https://news.example/2020/01/02/story',
  addedAt: '2026-12-01T10:00:00.000Z',
  reviewedAt: null,
  enabled: true,
});

describe('a stored record', () => {
  it('reads back exactly what was stored', () => {
    const stored = structuredClone(toStored(record()));
    expect(stored.storeVersion).toBe(STORE_VERSION);
    expect(readStoredRecord(stored)).toEqual({ ok: true, record: record() });
  });

  it('is refused, with the reason, when a field is wrong', () => {
    const bad = (change: (r: Record<string, unknown>) => void) => {
      const stored = structuredClone(toStored(record())) as unknown as Record<string, unknown>;
      change(stored);
      const result = readStoredRecord(stored);
      return result.ok ? 'read' : result.reason;
    };
    expect(bad((r) => (r.origin = 'stolen'))).toMatch(/^origin: /);
    expect(bad((r) => (r.pageUrl = 'javascript:alert(1)'))).toMatch(/^pageUrl: /);
    expect(bad((r) => (r.addedAt = 'yesterday'))).toMatch(/^addedAt: /);
    expect(bad((r) => (r.enabled = 'yes'))).toMatch(/^enabled: /);
    expect(bad((r) => ((r.pack as { quotes: unknown }).quotes = 'none'))).toMatch(/^pack: quotes: /);
    expect(bad((r) => ((r.pack as { id: string }).id = 'another-id'))).toMatch(/differs from the record's id/);
    expect(bad((r) => (r.storeVersion = STORE_VERSION + 1))).toMatch(/newer version/);
  });

  it('may not hold a curated pack', () => {
    const curated = { ...toStored(record()), id: 'test-pack', pack: minimalPack() };
    expect(readStoredRecord(curated)).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be curated/) });
  });

  it('skips and reports a bad record among good ones, keeping the good ones', () => {
    const { records, skipped } = readStoredRecords([toStored(record('one')), { id: 'broken', storeVersion: 1 }, 42, toStored(record('two'))]);
    expect(records.map((r) => r.id)).toEqual(['one', 'two']);
    expect(skipped).toEqual([
      { id: 'broken', reason: expect.stringMatching(/^origin: /) },
      { reason: 'expected an object' },
    ]);
  });
});

describe('store migrations', () => {
  // A hand-written older shape: version 0 kept the page under `url`, the time as a number and "disabled".
  const v0 = { id: 'older', pack: readerPack('older'), origin: 'added', url: 'https://news.example/old', added: Date.UTC(2026, 0, 2), reviewedAt: null, disabled: true };
  const step: RecordMigration = ({ url, added, disabled, ...rest }) => ({
    ...rest,
    storeVersion: 1,
    pageUrl: url,
    addedAt: new Date(added as number).toISOString(),
    enabled: !disabled,
  });

  it('brings an older record up to the current version before validating it', () => {
    const migrated = migrateRecord(v0, { 0: step });
    expect(migrated).toMatchObject({ ok: true, record: { storeVersion: 1, pageUrl: 'https://news.example/old', addedAt: '2026-01-02T00:00:00.000Z', enabled: false } });
    expect(readStoredRecord(v0, { 0: step })).toMatchObject({ ok: true, record: { id: 'older', enabled: false, pageUrl: 'https://news.example/old' } });
  });

  it('says when no step exists or a step does not raise the version', () => {
    expect(migrateRecord(v0, {})).toEqual({ ok: false, reason: 'no migration from store version 0' });
    expect(migrateRecord(v0, { 0: (r) => r })).toEqual({ ok: false, reason: 'the migration from store version 0 did not raise the version' });
    expect(readStoredRecord(v0)).toMatchObject({ ok: false, id: 'older', reason: 'no migration from store version 0' });
  });

  it('migrates the pack inside a record by its own format version', () => {
    // The pack's format is core/pack's business: a record's pack is loaded (migrated, validated) on read.
    const stored = toStored(record());
    const raw = structuredClone(stored) as unknown as { pack: Record<string, unknown> };
    raw.pack.formatVersion = 3;
    expect(readStoredRecord(raw)).toMatchObject({ ok: false, reason: expect.stringMatching(/^pack: formatVersion: format 3 is newer/) });
  });
});
