import { describe, expect, it, vi } from 'vitest';
import { termContent } from '../../core/pack/term-content';
import { minimalPack } from '../../core/pack/test-pack';

let answer: unknown = null;
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: async () => answer } } }));
const { copyStringsFor, plainCopy } = await import('./copy-request');

const pack = minimalPack();
const content = termContent({ packId: 'test-pack', termId: 'widget' }, [{ pack, label: { kind: 'curated' } }])!;

describe('copy strings for a card', () => {
  it('takes the background\'s formatted strings', async () => {
    answer = { text: 'formatted', html: '<i>formatted</i>' };
    expect(await copyStringsFor(content, { termId: 'widget', sourceId: 'test-pack' })).toEqual(answer);
  });

  it('falls back to a plain line from what the card shows, for the source asked', async () => {
    answer = undefined;
    expect(await copyStringsFor(content, { termId: 'widget', sourceId: 'test-pack' })).toEqual({ text: 'Example News, “A headline”, 2020-01-02, https://news.example/2020/01/02/story' });
    const quoted = await copyStringsFor(content, { termId: 'widget', sourceId: 'test-pack', quoteId: 'q-one' });
    expect(quoted.text).toBe('“we will see” — Ann Example, 2020-01-01.\nExample News, “A headline”, 2020-01-02, https://news.example/2020/01/02/story');
    expect(await copyStringsFor(null, { termId: 'widget' })).toEqual({ text: '' });
  });

  it('names the translator in the plain line', () => {
    const q = { ...content.sources[0]!.quotes[0]!, translation: { by: 'unknown' as const } };
    expect(plainCopy(content.sources[0]!.source, q).text).toContain('(translation; translator not named)');
  });
});
