import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { termContent } from '../../core/pack/term-content';
import { minimalPack } from '../../core/pack/test-pack';
import { TermContents } from './term-request';

const content = termContent({ packId: 'test-pack', termId: 'widget' }, [{ pack: minimalPack(), label: { kind: 'curated' } }])!;

const ref = (packId: string, termId: string) => ({ key: `${packId}/${termId}`, packId, termId });
const widget = ref('test-pack', 'widget');

describe('TermContents (a card asks the background for its term)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once per term at a time and keeps the answer for the next card', async () => {
    const ask = vi.fn(async () => content);
    const contents = new TermContents(ask, 1000);
    expect(contents.cached(widget)).toBeUndefined();
    const [a, b] = await Promise.all([contents.load(widget), contents.load(widget)]);
    expect(a).toEqual(content);
    expect(b).toBe(a);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(contents.cached(widget)).toEqual(content);
    // Asked again (the reader's sources may have changed), not answered from the kept copy.
    await contents.load(widget);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('resolves null when no source has the term, and keeps nothing', async () => {
    const contents = new TermContents(async () => null, 1000);
    expect(await contents.load(widget)).toBeNull();
    expect(contents.cached(widget)).toBeUndefined();
  });

  it('fails when the background does not answer in time, and asks again next time', async () => {
    const ask = vi.fn(() => new Promise<never>(() => undefined));
    const contents = new TermContents(ask, 1000);
    const pending = contents.load(widget);
    const failed = expect(pending).rejects.toThrow(/did not answer/);
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
    void contents.load(widget).catch(() => undefined);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('fails when the background is gone or sends something that is not card content', async () => {
    await expect(new TermContents(async () => Promise.reject(new Error('Extension context invalidated.')), 1000).load(widget)).rejects.toThrow(/invalidated/);
    for (const answer of [undefined, 'text', { label: 'x' }, { label: 'x', note: [], sources: 'none' }]) {
      await expect(new TermContents(async () => answer, 1000).load(widget)).rejects.toThrow(/no card content/);
    }
  });

  it('keeps terms of the same id in two packs apart', async () => {
    const ask = vi.fn(async ({ packId }: { packId: string; termId: string }) => ({ ...content, packId }));
    const contents = new TermContents(ask, 1000);
    await contents.load(widget);
    await contents.load(ref('other-pack', 'widget'));
    expect(ask).toHaveBeenCalledTimes(2);
    expect(contents.cached(widget)?.packId).toBe('test-pack');
    expect(contents.cached(ref('other-pack', 'widget'))?.packId).toBe('other-pack');
  });

  it('keeps the last eight terms only', async () => {
    const contents = new TermContents(async ({ termId }) => ({ ...content, termId }), 1000);
    for (let i = 0; i < 9; i++) await contents.load(ref('test-pack', `t${i}`));
    expect(contents.cached(ref('test-pack', 't0'))).toBeUndefined();
    expect(contents.cached(ref('test-pack', 't1'))?.termId).toBe('t1');
    expect(contents.cached(ref('test-pack', 't8'))?.termId).toBe('t8');
  });
});
