import { describe, expect, it } from 'vitest';
import { frameCounts, mentionKey, readableFrame, sameSite, siteKey, termOfKey } from './frames.ts';

describe('which frames count towards the badge', () => {
  it('counts the top frame, a frame of the same site, and a readable one', () => {
    expect(frameCounts(0, 'https://ads.example/x', 'https://news.example.org/', false)).toBe(true);
    expect(frameCounts(4, 'https://static.news.example.org/embed', 'https://www.news.example.org/a', false)).toBe(true);
    expect(frameCounts(4, 'https://ads.example/x', 'https://news.example.org/', false)).toBe(false);
    expect(frameCounts(4, 'https://ads.example/x', 'https://news.example.org/', true)).toBe(true);
    expect(frameCounts(4, 'about:blank', 'https://news.example.org/', false)).toBe(false);
  });

  it('reads a frame only from 200×100 CSS px up, and only once it has intersected the viewport', () => {
    expect(readableFrame(200, 100, true)).toBe(true);
    expect(readableFrame(199, 600, true)).toBe(false);
    expect(readableFrame(728, 90, true)).toBe(false); // a leaderboard ad
    expect(readableFrame(800, 600, false)).toBe(false);
  });

  it('tells sites apart without the Public Suffix List, two-letter country domains included', () => {
    expect(siteKey('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteKey('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteKey('a.b.example.com')).toBe('example.com');
    expect(siteKey('www.spiegel.de')).toBe('spiegel.de');
    expect(siteKey('127.0.0.1')).toBe('127.0.0.1');
    expect(sameSite('https://bbc.co.uk/', 'https://itv.co.uk/')).toBe(false);
    expect(sameSite('http://a.test/', 'https://a.test/')).toBe(false);
  });
});

describe('the same mention across frames', () => {
  it('is the same term with the same text around it', () => {
    const k = mentionKey('xinjiang', 'Ads: visit ', 'Xinjiang', ' today');
    expect(k).toBe(mentionKey('xinjiang', 'Ads:  visit ', 'Xinjiang', ' today'));
    expect(k).not.toBe(mentionKey('xinjiang', 'News: visit ', 'Xinjiang', ' today'));
    expect(k).not.toBe(mentionKey('uyghur', 'Ads: visit ', 'Xinjiang', ' today'));
    expect(termOfKey(k)).toBe('xinjiang');
    expect(k).toMatch(/^[a-z0-9-]{1,64}:[0-9a-z]{1,7}$/);
  });
});
