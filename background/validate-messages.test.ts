import { describe, expect, it } from 'vitest';
import { readFrameReport, readMuteRequest } from './validate-messages';

describe('messages from content scripts', () => {
  it('accepts a well-formed mute request', () => {
    expect(readMuteRequest({ site: 'news.example', termId: 'xinjiang', muted: true })).toEqual({ site: 'news.example', termId: 'xinjiang', muted: true });
  });

  it('refuses mute requests with a malformed site, term id or flag', () => {
    for (const data of [
      null,
      'xinjiang',
      { site: 'News.Example', termId: 'xinjiang', muted: true },
      { site: 'news.example/path', termId: 'xinjiang', muted: true },
      { site: '...', termId: 'xinjiang', muted: true },
      { site: 'news.example', termId: 'Xinjiang<script>', muted: true },
      { site: 'news.example', termId: 'x'.repeat(65), muted: true },
      { site: 'news.example', termId: 'xinjiang', muted: 'yes' },
      { site: 'news.example', termId: 'xinjiang' },
    ]) {
      expect(readMuteRequest(data), JSON.stringify(data)).toBeNull();
    }
  });

  it('refuses a frame report with a negative count', () => {
    expect(readFrameReport({ documentId: 'a', counts: { xinjiang: -1 }, total: 1, capped: false, relevant: true })).toBeNull();
    expect(readFrameReport({ documentId: 'a', counts: { xinjiang: 1 }, total: 1, capped: false, relevant: true })).not.toBeNull();
  });
});
