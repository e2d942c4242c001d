import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import { settingsPageHandlers } from './handlers';
import { readSettingsChange } from './page-requests';

const page = (path: string) => ({ id: 'ext', url: `ext://id/${path}` }) as never;
const contentScript = { id: 'ext', url: 'https://news.example/story', tab: { id: 1 } } as never;

function handlers() {
  let current: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['bank.example'], mutedTerms: { 'news.example': ['camps'] } };
  const changes: Partial<Settings>[] = [];
  const h = settingsPageHandlers({
    load: async () => current,
    update: async (change) => {
      changes.push(change);
      return (current = { ...current, ...change });
    },
    runtimeId: 'ext',
    extensionOrigin: 'ext://id/',
  });
  return { h, changes };
}

describe('settings for the extension pages', () => {
  it('gives an extension page the whole settings, and a content script or another extension nothing', async () => {
    const { h } = handlers();
    expect((await h.getAllSettings({}, page('options.html'))).settings?.disabledSites).toEqual(['bank.example']);
    expect(await h.getAllSettings({}, contentScript)).toEqual({ settings: null });
    expect(await h.getAllSettings({}, { id: 'other', url: 'ext://id/options.html' } as never)).toEqual({ settings: null });
  });

  it('changes the settings for a page and refuses a content script', async () => {
    const { h, changes } = handlers();
    const after = await h.changeSettings({ change: { disabledSites: ['bank.example', 'clinic.example'] } }, page('popup.html'));
    expect(after.settings?.disabledSites).toEqual(['bank.example', 'clinic.example']);
    expect(await h.changeSettings({ change: { disabledSites: [] } }, contentScript)).toEqual({ settings: null });
    expect(changes).toHaveLength(1);
  });
});

describe('readSettingsChange', () => {
  it('accepts any valid subset of the settings', () => {
    expect(readSettingsChange({ change: { paused: true, hoverDelayMs: 3000 } })).toEqual({ paused: true, hoverDelayMs: 3000 });
    expect(readSettingsChange({ change: { mutedTerms: { 'news.example': ['camps'] }, disabledSites: ['[::1]'] } })).toEqual({ mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] }, disabledSites: ['[::1]'] });
    expect(readSettingsChange({ change: { mutedTerms: { 'news.example': ['fixture-harbour-2020/cerd'] } } })).toEqual({ mutedTerms: { 'news.example': ['fixture-harbour-2020/cerd'] } });
  });

  it('refuses unknown fields, bad values and lists with any bad entry', () => {
    for (const change of [{ colour: 'red' }, { hoverDelayMs: 3001 }, { paused: 'yes' }, { disabledSites: ['ok.example', 'not a host!'] }, { disabledSites: 'a.example' }, { mutedTerms: { 'news.example': ['Not An Id'] } }, { mutedTerms: [] }]) {
      expect(readSettingsChange({ change }), JSON.stringify(change)).toBeNull();
    }
    expect(readSettingsChange(null)).toBeNull();
    expect(readSettingsChange({ change: [] })).toBeNull();
  });
});
