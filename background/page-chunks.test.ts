import { describe, expect, it } from 'vitest';
import { createChunkAssembler } from './page-chunks';

const LIMITS = { maxChars: 100, maxChunks: 5, maxChunkChars: 30 };
const STATS = { longestSliceMs: 2, slices: 3, pieces: 7 };
const chunk = (i: number, piece: string) => ({ t: 'chunk', i, piece });
const end = (chunks: number, page: Record<string, unknown> = {}) => ({ t: 'end', chunks, page: { ok: true, url: 'https://a.example/', title: 'T', lang: 'en', contentType: 'text/html', stats: STATS, ...page } });

function feed(messages: unknown[], limits = LIMITS) {
  const assembler = createChunkAssembler(limits);
  const steps = messages.map((m) => assembler.accept(m));
  return { steps, last: steps.at(-1)! };
}

describe('createChunkAssembler', () => {
  it('joins the chunks in order when the end counts them', () => {
    const { steps, last } = feed([chunk(0, '<!DOCTYPE html><html>'), chunk(1, '<body>é 字</body>'), chunk(2, '</html>'), end(3)]);
    expect(steps.slice(0, 3).every((s) => !s.done)).toBe(true);
    expect(last).toEqual({ done: true, page: { ok: true, html: '<!DOCTYPE html><html><body>é 字</body></html>', url: 'https://a.example/', title: 'T', lang: 'en', contentType: 'text/html', chunks: 3, stats: STATS } });
  });

  it('takes an empty page (no chunk at all) as empty', () => {
    expect(feed([end(0)]).last).toMatchObject({ done: true, page: { ok: true, html: '' } });
  });

  it('breaks the read on a chunk out of order, repeated or skipped', () => {
    for (const messages of [[chunk(1, 'a')], [chunk(0, 'a'), chunk(0, 'a')], [chunk(0, 'a'), chunk(2, 'c')]]) {
      expect(feed(messages).last).toMatchObject({ done: true, page: { ok: false, code: 'cannot-read', reason: expect.stringContaining('was due') } });
    }
  });

  it('breaks the read when the end counts other chunks than came', () => {
    expect(feed([chunk(0, 'a'), end(2)]).last).toMatchObject({ done: true, page: { ok: false, code: 'cannot-read', reason: expect.stringContaining('counts 2') } });
    expect(feed([chunk(0, 'a'), chunk(1, 'b'), end(1)]).last).toMatchObject({ done: true, page: { ok: false, code: 'cannot-read' } });
  });

  it('breaks the read on a chunk over the chunk size or more chunks than allowed', () => {
    expect(feed([chunk(0, 'x'.repeat(31))]).last).toMatchObject({ done: true, page: { ok: false, code: 'cannot-read', reason: expect.stringContaining('chunk size') } });
    const six = Array.from({ length: 6 }, (_, i) => chunk(i, 'x'));
    const { steps } = feed(six);
    expect(steps.slice(0, 5).every((s) => !s.done)).toBe(true);
    expect(steps[5]).toMatchObject({ done: true, page: { ok: false, code: 'cannot-read', reason: expect.stringContaining('more chunks') } });
  });

  it('refuses a page over the character cap as too large, at the chunk that crosses it', () => {
    const { steps } = feed([chunk(0, 'x'.repeat(30)), chunk(1, 'x'.repeat(30)), chunk(2, 'x'.repeat(30)), chunk(3, 'x'.repeat(11))]);
    expect(steps.slice(0, 3).every((s) => !s.done)).toBe(true);
    expect(steps[3]).toEqual({ done: true, page: { ok: false, code: 'too-large', contentType: null } });
    // Exactly at the cap is still a page.
    expect(feed([chunk(0, 'x'.repeat(30)), chunk(1, 'x'.repeat(30)), chunk(2, 'x'.repeat(30)), chunk(3, 'x'.repeat(10)), end(4)]).last).toMatchObject({ done: true, page: { ok: true } });
  });

  it('passes the page’s own size refusal on with its content type', () => {
    const refused = { t: 'end', chunks: 1, page: { ok: false, code: 'too-large', chars: 101, url: 'https://a.example/', contentType: 'text/html', stats: STATS } };
    expect(feed([chunk(0, 'a'), refused]).last).toEqual({ done: true, page: { ok: false, code: 'too-large', contentType: 'text/html' } });
  });

  it('breaks the read on a message of the wrong shape, and on anything after the end', () => {
    const bad = [
      'a string', null, 42, { t: 'chunk', i: 0 }, { t: 'chunk', i: -1, piece: 'a' }, { t: 'chunk', i: 0.5, piece: 'a' }, { t: 'chunk', i: 0, piece: 7 },
      { t: 'chunk', i: 0, piece: 'a', extra: 1 }, { t: 'other' }, end(0, { url: 5 }), end(0, { stats: { slices: 1 } }), end(0, { lang: 'x'.repeat(300) }),
      { t: 'end', chunks: 0, page: { ok: false, code: 'failed', url: '', contentType: '', chars: 0, stats: STATS } },
    ];
    for (const m of bad) expect(feed([m]).last, JSON.stringify(m)).toMatchObject({ done: true, page: { ok: false, code: 'cannot-read', reason: 'a message of the wrong shape' } });
    expect(feed([end(0), chunk(0, 'a')]).last).toMatchObject({ done: true, page: { ok: false, code: 'cannot-read', reason: 'a message after the end' } });
  });
});
