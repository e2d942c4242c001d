import { describe, expect, it } from 'vitest';
import { readCardCopyRequest, readContextTarget, readFrameReport, readMuteRequest, readTermContentRequest } from './validate-messages';

describe('messages from content scripts', () => {
  it('accepts a well-formed mute request', () => {
    expect(readMuteRequest({ site: 'news.example', termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: true })).toEqual({ site: 'news.example', termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: true });
  });

  it('accepts mute requests for every site form the settings store (underscores, IPv6, punycode)', () => {
    for (const site of ['my_host.test', '[::1]', 'xn--bcher-kva.example', 'localhost']) {
      expect(readMuteRequest({ site, termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: true })).toEqual({ site, termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: true });
    }
  });

  it('refuses mute requests with a malformed site, term id or flag', () => {
    for (const data of [
      null,
      'xinjiang',
      { site: 'News.Example', termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: true },
      { site: 'news.example/path', termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: true },
      { site: '...', termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: true },
      { site: 'news.example', termKey: 'cnn-2018-uk-xinjiang/Xinjiang<script>', muted: true },
      { site: 'news.example', termKey: 'cnn-2018-uk-xinjiang/' + 'x'.repeat(65), muted: true },
      // A bare term id names no pack: the card always sends the key.
      { site: 'news.example', termKey: 'xinjiang', muted: true },
      { site: 'news.example', termId: 'xinjiang', muted: true },
      { site: 'news.example', termKey: 'cnn-2018-uk-xinjiang/xinjiang', muted: 'yes' },
      { site: 'news.example', termId: 'xinjiang' },
    ]) {
      expect(readMuteRequest(data), JSON.stringify(data)).toBeNull();
    }
  });

  it('refuses a frame report with a negative count', () => {
    expect(readFrameReport({ documentId: 'a', counts: { ['cnn-2018-uk-xinjiang/xinjiang']: -1 }, total: 1, capped: false, readable: true })).toBeNull();
    expect(readFrameReport({ documentId: 'a', counts: { ['cnn-2018-uk-xinjiang/xinjiang']: 1 }, total: 1, capped: false, readable: true })).not.toBeNull();
    expect(readFrameReport({ documentId: 'a', counts: { ['cnn-2018-uk-xinjiang/xinjiang']: 1 }, total: 1, capped: false, readable: false, keys: ['cnn-2018-uk-xinjiang/xinjiang:1a2b3c'] })).not.toBeNull();
    expect(readFrameReport({ documentId: 'a', counts: { ['cnn-2018-uk-xinjiang/xinjiang']: 1 }, total: 1, capped: false, readable: false, keys: ['<b>:1'] })).toBeNull();
    // Counts and mention keys are by pack-qualified term key (docs/decisions/002).
    expect(readFrameReport({ documentId: 'a', counts: { xinjiang: 1 }, total: 1, capped: false, readable: true })).toBeNull();
    expect(readFrameReport({ documentId: 'a', counts: { ['cnn-2018-uk-xinjiang/xinjiang']: 1 }, total: 1, capped: false, readable: false, keys: ['xinjiang:1a2b3c'] })).toBeNull();
    expect(readFrameReport({ documentId: 'a', counts: {}, total: 0, capped: false, readable: false, keys: Array(5001).fill('x:1') })).toBeNull();
  });

  it('reads a card copy request with or without a quotation', () => {
    expect(readCardCopyRequest({ termId: 'xinjiang' })).toEqual({ termId: 'xinjiang' });
    expect(readCardCopyRequest({ termId: 'xinjiang', quoteId: 'q' })).toEqual({ termId: 'xinjiang', quoteId: 'q' });
    expect(readCardCopyRequest({ termId: 'xinjiang', quoteId: 3 })).toBeNull();
    expect(readCardCopyRequest({ termId: 'xinjiang', sourceId: 'cnn-2018-uk-xinjiang', quoteId: 'q' })).toEqual({ termId: 'xinjiang', sourceId: 'cnn-2018-uk-xinjiang', quoteId: 'q' });
    expect(readCardCopyRequest({ termId: 'xinjiang', sourceId: 'Not an id' })).toBeNull();
    expect(readCardCopyRequest({ termId: 'xinjiang', sourceId: 7 })).toBeNull();
    expect(readCardCopyRequest({ packId: 'fixture-harbour-2020', termId: 'cerd' })).toEqual({ packId: 'fixture-harbour-2020', termId: 'cerd' });
    expect(readCardCopyRequest({ packId: 'Not a pack', termId: 'cerd' })).toBeNull();
    expect(readCardCopyRequest({})).toBeNull();
  });

  it('refuses free text where a card copy names ids', () => {
    expect(readCardCopyRequest({ text: 'anything a page wants on the clipboard' })).toBeNull();
    expect(readCardCopyRequest({ termId: 'Any text at all!' })).toBeNull();
    expect(readCardCopyRequest({ termId: 'xinjiang', quoteId: 'x'.repeat(65) })).toBeNull();
  });

  it('keeps only well-formed ids of a context-menu target', () => {
    expect(readContextTarget({ packId: 'cnn-2018-uk-xinjiang', termId: 'xinjiang', quoteId: 'Bad Id' })).toEqual({ packId: 'cnn-2018-uk-xinjiang', termId: 'xinjiang', quoteId: null });
    expect(readContextTarget(null)).toEqual({ packId: null, termId: null, quoteId: null });
    // A term without (or with a malformed) pack names no term.
    expect(readContextTarget({ termId: 'xinjiang', quoteId: null })).toEqual({ packId: null, termId: null, quoteId: null });
    expect(readContextTarget({ packId: 'Bad Pack', termId: 'xinjiang', quoteId: null })).toEqual({ packId: null, termId: null, quoteId: null });
  });
});

describe('readTermContentRequest', () => {
  it('reads a term id and refuses anything else', () => {
    expect(readTermContentRequest({ packId: 'cnn-2018-uk-xinjiang', termId: 'xinjiang' })).toEqual({ packId: 'cnn-2018-uk-xinjiang', termId: 'xinjiang' });
    expect(readTermContentRequest({ termId: 'xinjiang' })).toBeNull();
    expect(readTermContentRequest({ packId: 'cnn-2018-uk-xinjiang', termId: '<b>x</b>' })).toBeNull();
    expect(readTermContentRequest({ packId: 'cnn-2018-uk-xinjiang', termId: 'x'.repeat(65) })).toBeNull();
    expect(readTermContentRequest({})).toBeNull();
    expect(readTermContentRequest(null)).toBeNull();
  });
});
