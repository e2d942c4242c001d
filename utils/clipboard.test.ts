import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeClipboard } from './clipboard.ts';

/** Stands in for the browser's ClipboardItem: keeps the parts it was given. */
class FakeClipboardItem {
  constructor(readonly parts: Record<string, Blob>) {}
}

async function partsWritten(write: ReturnType<typeof vi.fn>): Promise<Record<string, { type: string; body: string }>> {
  const [items] = write.mock.calls[0] as [FakeClipboardItem[]];
  expect(items).toHaveLength(1);
  const out: Record<string, { type: string; body: string }> = {};
  for (const [kind, blob] of Object.entries(items[0]!.parts)) out[kind] = { type: blob.type, body: await blob.text() };
  return out;
}

describe('writeClipboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts the plain text in text/plain and the markup in text/html, each typed as such', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    const ok = await writeClipboard({ text: 'Doe, J. Title.', html: 'Doe, J. <i>Title</i>.' }, { write, writeText } as unknown as Clipboard);
    expect(ok).toBe(true);
    expect(await partsWritten(write)).toEqual({
      'text/plain': { type: 'text/plain', body: 'Doe, J. Title.' },
      'text/html': { type: 'text/html', body: 'Doe, J. <i>Title</i>.' },
    });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('writes plain text alone when there is no markup, or no ClipboardItem', async () => {
    const write = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    expect(await writeClipboard({ text: 'plain only' }, { write, writeText } as unknown as Clipboard)).toBe(true);
    vi.stubGlobal('ClipboardItem', undefined);
    expect(await writeClipboard({ text: 'no item', html: '<b>x</b>' }, { write, writeText } as unknown as Clipboard)).toBe(true);
    expect(write).not.toHaveBeenCalled();
    expect(writeText.mock.calls).toEqual([['plain only'], ['no item']]);
  });

  it('falls back to the plain text when the rich write is refused, and says false when both are', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const writeText = vi.fn(async () => undefined);
    const refuse = vi.fn(async () => Promise.reject(new Error('NotAllowedError')));
    expect(await writeClipboard({ text: 'a', html: '<i>a</i>' }, { write: refuse, writeText } as unknown as Clipboard)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a');
    expect(await writeClipboard({ text: 'a', html: '<i>a</i>' }, { write: refuse, writeText: refuse } as unknown as Clipboard)).toBe(false);
  });

  it('says false when there is no clipboard at all', async () => {
    expect(await writeClipboard({ text: 'a' }, undefined)).toBe(false);
  });
});
