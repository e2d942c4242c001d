import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractMessage, readExtractAnswer, readOffscreenExtract } from './offscreen-extract';

const ID = 'our-extension-id';
const background = { id: ID, url: 'chrome-extension://our-extension-id/background.js' };
const request = { html: '<p>x</p>', url: 'https://news.example/a', readDay: '2026-12-06' };
const shipped = JSON.parse(readFileSync(new URL('../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8'));

describe('readOffscreenExtract', () => {
  it('accepts the request the background sends', () => {
    expect(readOffscreenExtract(extractMessage(request), background, ID)).toEqual(request);
    expect(readOffscreenExtract(extractMessage({ ...request, url: null }), background, ID)).toEqual({ ...request, url: null });
  });

  it('refuses it from a content script or another extension', () => {
    expect(readOffscreenExtract(extractMessage(request), { ...background, tab: { id: 1 } }, ID)).toBeNull();
    expect(readOffscreenExtract(extractMessage(request), { ...background, id: 'other' }, ID)).toBeNull();
  });

  it('refuses other shapes: extra fields, other schemes, bad days, the copy message', () => {
    for (const message of [
      null,
      { ...extractMessage(request), type: 'x' },
      extractMessage({ ...request, url: 'javascript:alert(1)' }),
      extractMessage({ ...request, readDay: 'today' }),
      { target: 'offscreen-copy', text: 'a' },
      { target: 'offscreen-extract', html: 1, url: null, readDay: '2026-12-06' },
    ]) {
      expect(readOffscreenExtract(message, background, ID)).toBeNull();
    }
  });
});

describe('readExtractAnswer', () => {
  it('passes a valid pack and a refusal', () => {
    const answer = readExtractAnswer({ ok: true, pack: shipped, missing: ['authors'] });
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.pack.id).toBe(shipped.id);
    expect(readExtractAnswer({ ok: false, code: 'not-an-article', reason: 'no article found' })).toEqual({ ok: false, code: 'not-an-article', reason: 'no article found' });
  });

  it('turns a pack the schema rejects, or any other shape, into a refusal', () => {
    expect(readExtractAnswer({ ok: true, pack: { ...shipped, formatVersion: 99 }, missing: [] })).toMatchObject({ ok: false, code: 'invalid-pack' });
    for (const answer of [undefined, null, 'ok', { ok: true }, { ok: false, code: 'X Y', reason: 'r' }, { ok: true, pack: shipped, missing: [1] }]) {
      expect(readExtractAnswer(answer)).toMatchObject({ ok: false, code: 'failed' });
    }
  });
});
