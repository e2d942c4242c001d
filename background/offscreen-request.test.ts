import { describe, expect, it } from 'vitest';
import { readOffscreenCopy } from './offscreen-request';

const ID = 'our-extension-id';
const background = { id: ID, url: 'chrome-extension://our-extension-id/background.js' };

describe('readOffscreenCopy', () => {
  it('accepts the copy request the background sends', () => {
    expect(readOffscreenCopy({ target: 'offscreen-copy', text: 'a', html: '<b>a</b>' }, background, ID)).toEqual({ text: 'a', html: '<b>a</b>' });
    expect(readOffscreenCopy({ target: 'offscreen-copy', text: 'a' }, background, ID)).toEqual({ text: 'a' });
  });

  it('refuses the same request from a content script (it has a tab)', () => {
    expect(readOffscreenCopy({ target: 'offscreen-copy', text: 'a' }, { ...background, tab: { id: 4 } }, ID)).toBeNull();
  });

  it('refuses another extension', () => {
    expect(readOffscreenCopy({ target: 'offscreen-copy', text: 'a' }, { ...background, id: 'someone-else' }, ID)).toBeNull();
    expect(readOffscreenCopy({ target: 'offscreen-copy', text: 'a' }, {}, ID)).toBeNull();
  });

  it('refuses other shapes: content-script messages, extra fields, non-string parts', () => {
    for (const message of [
      null,
      'offscreen-copy',
      { type: 'copy', data: { text: 'a' } },
      { target: 'offscreen-copy', text: 'a', type: 'copy' },
      { target: 'offscreen-copy', text: 1 },
      { target: 'offscreen-copy', text: 'a', html: 2 },
      { target: 'other', text: 'a' },
    ]) {
      expect(readOffscreenCopy(message, background, ID)).toBeNull();
    }
  });
});
