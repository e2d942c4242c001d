import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, activityFor, mutedOn, type Settings } from './settings';
import { settingsForSite } from './settings-for-site';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  disabledSites: ['bank.example', 'news.example', 'clinic.example'],
  mutedTerms: { 'news.example': ['xinjiang'], 'forum.example': ['uyghurs', 'camps'] },
};

describe('settingsForSite', () => {
  it('tells a frame only whether its own site is disabled and its own mutes', () => {
    const own = settingsForSite(settings, 'news.example');
    expect(own.disabledSites).toEqual(['news.example']);
    expect(own.mutedTerms).toEqual({ 'news.example': ['xinjiang'] });
    expect(activityFor(own, 'news.example')).toBe('disabled-site');
  });

  it('reveals no other site, disabled or muted', () => {
    const forum = settingsForSite(settings, 'forum.example');
    expect(forum.disabledSites).toEqual([]);
    expect(forum.mutedTerms).toEqual({ 'forum.example': ['uyghurs', 'camps'] });
    expect(activityFor(forum, 'forum.example')).toBe('active');
    expect([...mutedOn(forum, 'forum.example')]).toEqual(['uyghurs', 'camps']);
    const text = JSON.stringify(settingsForSite(settings, 'other.example'));
    for (const site of ['bank.example', 'news.example', 'clinic.example', 'forum.example']) expect(text).not.toContain(site);
  });

  it('gives a frame without a site (about:blank, a data: URL) no list at all', () => {
    const none = settingsForSite(settings, null);
    expect(none.disabledSites).toEqual([]);
    expect(none.mutedTerms).toEqual({});
  });

  it('keeps the other fields, and ignores inherited names', () => {
    const s = settingsForSite({ ...settings, paused: true, citationStyle: 'mla' }, '__proto__');
    expect(s.paused).toBe(true);
    expect(s.citationStyle).toBe('mla');
    expect(s.mutedTerms).toEqual({});
  });
});
