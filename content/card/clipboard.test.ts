import { describe, expect, it, vi } from 'vitest';
import { copyToClipboard, type ClipboardDeps } from './clipboard';

const REQ = { termId: 'xinjiang' };

function deps(over: Partial<ClipboardDeps> = {}) {
  const clipboard = { write: vi.fn(async () => undefined), writeText: vi.fn(async () => undefined) };
  const viaBackground = vi.fn(async () => ({ ok: true }));
  return { secure: true, clipboard, viaBackground, ...over } as ClipboardDeps & { clipboard: typeof clipboard; viaBackground: typeof viaBackground };
}

describe('copyToClipboard', () => {
  it('writes plain text directly on a secure page', async () => {
    const d = deps();
    expect(await copyToClipboard({ text: 'x' }, REQ, d)).toBe('copied');
    expect(d.clipboard.writeText).toHaveBeenCalledWith('x');
    expect(d.viaBackground).not.toHaveBeenCalled();
  });

  it('routes through the extension on a plain-http page', async () => {
    const d = deps({ secure: false });
    expect(await copyToClipboard({ text: 'x', html: '<i>x</i>' }, { termId: 'xinjiang', quoteId: 'q1' }, d)).toBe('copied');
    // The extension is asked by id for strings it builds itself, never handed the text.
    expect(d.viaBackground).toHaveBeenCalledWith({ termId: 'xinjiang', quoteId: 'q1' });
    expect(d.clipboard.writeText).not.toHaveBeenCalled();
  });

  it('falls back to the extension when the page refuses the Clipboard API', async () => {
    const d = deps();
    d.clipboard.writeText.mockRejectedValue(new Error('not allowed'));
    expect(await copyToClipboard({ text: 'x' }, REQ, d)).toBe('copied');
    expect(d.viaBackground).toHaveBeenCalled();
  });

  it('asks for a manual copy when the extension cannot copy either', async () => {
    expect(await copyToClipboard({ text: 'x' }, REQ, deps({ secure: false, viaBackground: async () => undefined }))).toBe('manual');
    expect(await copyToClipboard({ text: 'x' }, REQ, deps({ secure: false, viaBackground: async () => Promise.reject(new Error('gone')) }))).toBe('manual');
  });
});
