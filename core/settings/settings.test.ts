import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, activityFor, readSettings, siteOf, toStored, withMute } from './settings';

describe('readSettings', () => {
  it('gives the defaults for a fresh install', () => {
    const { settings, resetFields } = readSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(resetFields).toEqual([]);
  });

  it('keeps every valid field and resets only the corrupted ones', () => {
    const stored = { ...toStored({ ...DEFAULT_SETTINGS, paused: true, disabledSites: ['example.org'], hoverDelayMs: 800 }), highlightColor: '<script>', hoverDelayMs: 'soon' };
    const { settings, resetFields } = readSettings(stored);
    expect(settings.paused).toBe(true);
    expect(settings.disabledSites).toEqual(['example.org']);
    expect(settings.highlightColor).toBe(DEFAULT_SETTINGS.highlightColor);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(resetFields.sort()).toEqual(['highlightColor', 'hoverDelayMs']);
  });

  it('migrates a version 1 item: muted pairs become a map and seconds become milliseconds', () => {
    const { settings, migratedFrom } = readSettings({ version: 1, paused: true, mutedPairs: ['example.org|lu-kang', 'bad'], hoverDelay: 0.6 });
    expect(migratedFrom).toBe(1);
    expect(settings.mutedTerms).toEqual({ 'example.org': ['lu-kang'] });
    expect(settings.hoverDelayMs).toBe(600);
    expect(settings.paused).toBe(true);
  });

  it('survives values of the wrong shape entirely', () => {
    for (const junk of [null, 42, 'x', [], { mutedTerms: { 'bad host!': ['x'] } }, { disabledSites: [1, 2] }]) {
      const { settings } = readSettings(junk);
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    }
  });

  it('writes the current version', () => {
    expect(toStored(DEFAULT_SETTINGS).version).toBe(SETTINGS_VERSION);
  });
});

describe('sites and muting', () => {
  it('treats a host name as the site, ignoring www', () => {
    expect(siteOf('https://www.Example.org/a?b')).toBe('example.org');
    expect(siteOf('chrome://extensions')).toBeNull();
  });

  it('pauses before it checks the site list', () => {
    const s = { ...DEFAULT_SETTINGS, paused: true, disabledSites: ['a.org'] };
    expect(activityFor(s, 'a.org')).toBe('paused');
    expect(activityFor({ ...s, paused: false }, 'a.org')).toBe('disabled-site');
    expect(activityFor({ ...s, paused: false }, 'b.org')).toBe('active');
  });

  it('mutes and unmutes a term on one site only', () => {
    const muted = withMute(DEFAULT_SETTINGS, 'a.org', 'wang-yi', true);
    expect(muted.mutedTerms).toEqual({ 'a.org': ['wang-yi'] });
    expect(withMute(muted, 'a.org', 'wang-yi', false).mutedTerms).toEqual({});
  });
});
