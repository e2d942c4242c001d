// Edges of reading stored settings, the first draft's migration, muting and a frame's share of the lists
// (issue 29: mutants of settings.ts and settings-for-site.ts the suite let through).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { repairMuted } from './repair';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, readSettings, siteName, withMute, type Settings } from './settings';
import { settingsForSite } from './settings-for-site';

/** A bare term id as the muted list stores it once repaired (the repair may qualify it with its pack). */
const keyOf = (id: string) => repairMuted({ 'k.example': [id] }, [])!['k.example']![0]!;

describe('readSettings and the stored version', () => {
  it('reports no migration for an item of the current version', () => {
    expect(readSettings({ version: SETTINGS_VERSION, paused: true }).migratedFrom).toBeNull();
  });

  it('reads a version that is not a whole number as the current one: no migration runs', () => {
    for (const version of ['1', 1.5]) {
      const { settings, migratedFrom } = readSettings({ version, mutedPairs: ['example.org|lu-kang'], mutedTerms: { 'example.org': ['wang-yi'] } });
      expect(migratedFrom).toBeNull();
      expect(settings.mutedTerms).toEqual({ 'example.org': [keyOf('wang-yi')] });
    }
  });

  it('reads a version with no migration from it as it is, without throwing', () => {
    const { settings, migratedFrom, resetFields } = readSettings({ version: 0, paused: true });
    expect(migratedFrom).toBe(0);
    expect(settings.paused).toBe(true);
    expect(resetFields).toEqual([]);
  });

  it('skips a field stored as undefined: it is not reset, it keeps its default', () => {
    const { settings, resetFields } = readSettings({ paused: undefined, hoverDelayMs: 800 });
    expect(resetFields).toEqual([]);
    expect(settings.paused).toBe(false);
    expect(settings.hoverDelayMs).toBe(800);
  });

  it('starts a new install before its first run', () => {
    expect(readSettings(undefined).settings.firstRunSeen).toBe(false);
  });
});

describe('readSettings and the first draft (version 1)', () => {
  it('migrates an item without muted pairs or hover delay, resetting nothing', () => {
    const { settings, resetFields, dropped, migratedFrom } = readSettings({ version: 1, paused: true });
    expect(migratedFrom).toBe(1);
    expect(settings.mutedTerms).toEqual({});
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(resetFields).toEqual([]);
    expect(dropped).toEqual([]);
  });

  it('skips muted pairs that are not "host|term" strings, before the lists are repaired', () => {
    const { settings, dropped } = readSettings({ version: 1, mutedPairs: [42, 'nopipe', 'example.org|lu-kang', 'example.org|wang-yi'] });
    expect(settings.mutedTerms).toEqual({ 'example.org': [keyOf('lu-kang'), keyOf('wang-yi')] });
    expect(dropped).toEqual([]);
  });
});

describe('withMute', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, mutedTerms: { 'a.example': ['lu-kang'], 'b.example': ['wang-yi'] } };

  it('removes the site once its last term is unmuted, and leaves other sites be', () => {
    expect(withMute(settings, 'a.example', 'lu-kang', false).mutedTerms).toEqual({ 'b.example': ['wang-yi'] });
  });

  it('adds a term to a site that has some', () => {
    expect(withMute(settings, 'a.example', 'wang-yi', true).mutedTerms).toEqual({ 'a.example': ['lu-kang', 'wang-yi'], 'b.example': ['wang-yi'] });
  });
});

describe('settingsForSite and a frame with no site', () => {
  it('gives nothing of a site that happens to be named "null"', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['null'], mutedTerms: { null: ['lu-kang'] } };
    const own = settingsForSite(settings, null);
    expect(own.disabledSites).toEqual([]);
    expect(own.mutedTerms).toEqual({});
    expect(settingsForSite(settings, 'null').mutedTerms).toEqual({ null: ['lu-kang'] });
  });
});

describe('siteName', () => {
  it('says why a value is not a site', () => {
    const result = v.safeParse(siteName, 'Not A Site');
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe('not a site name');
  });
});
