import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_HOVER_DELAY_MS, SETTINGS_VERSION, activityFor, mutedOn, readSettings, siteOf, toStored, withMute } from './settings';

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
    expect(settings.mutedTerms).toEqual({ 'example.org': ['cnn-2018-uk-xinjiang/lu-kang'] });
    expect(settings.hoverDelayMs).toBe(600);
    expect(settings.paused).toBe(true);
  });

  it('survives values of the wrong shape entirely', () => {
    for (const junk of [null, 42, 'x', [], { mutedTerms: { 'bad host!': ['x'] } }, { disabledSites: [1, 2] }]) {
      const { settings } = readSettings(junk);
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    }
  });

  it('accepts hover delays up to 3 seconds and resets longer ones', () => {
    expect(MAX_HOVER_DELAY_MS).toBe(3000);
    const delay = (hoverDelayMs: unknown) => readSettings({ hoverDelayMs });
    expect(delay(3000).settings.hoverDelayMs).toBe(3000);
    expect(delay(0).settings.hoverDelayMs).toBe(0);
    for (const tooLong of [3001, 300_000]) {
      const { settings, resetFields } = delay(tooLong);
      expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
      expect(resetFields).toEqual(['hoverDelayMs']);
    }
  });

  it('keeps the stored muted terms', () => {
    const mutedTerms = { 'a.org': ['cnn-2018-uk-xinjiang/wang-yi', 'fixture-harbour-2020/cerd'], 'b.org': ['cnn-2018-uk-xinjiang/xinjiang'] };
    expect(readSettings(toStored({ ...DEFAULT_SETTINGS, mutedTerms })).settings.mutedTerms).toEqual(mutedTerms);
  });

  it('writes the current version', () => {
    expect(toStored(DEFAULT_SETTINGS).version).toBe(SETTINGS_VERSION);
  });
});

describe('sites and muting', () => {
  it('treats a host name as the site, ignoring www', () => {
    expect(siteOf('https://www.Example.org/a?b')).toBe('example.org');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('gives local files one site, and a file server its host', () => {
    expect(siteOf('file:///home/reader/article.html')).toBe('file');
    expect(siteOf('file://server.example/share/a.html')).toBe('server.example');
  });

  it('normalises the host: IPv6, underscores, IDN, ports and a trailing dot', () => {
    expect(siteOf('http://[::1]:8080/')).toBe('[::1]');
    expect(siteOf('http://my_host.test/')).toBe('my_host.test');
    expect(siteOf('https://bücher.example/')).toBe('xn--bcher-kva.example');
    expect(siteOf('http://localhost:8080/x')).toBe('localhost');
    expect(siteOf('https://www.example.com./')).toBe('example.com');
  });

  it('reads the terms muted on a site, and none elsewhere', () => {
    const s = { ...DEFAULT_SETTINGS, mutedTerms: { 'a.org': ['wang-yi', 'lu-kang'] } };
    expect([...mutedOn(s, 'a.org')]).toEqual(['wang-yi', 'lu-kang']);
    expect(mutedOn(s, 'b.org').size).toBe(0);
    expect(mutedOn(s, null).size).toBe(0);
    expect(mutedOn(s, 'constructor').size).toBe(0);
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
