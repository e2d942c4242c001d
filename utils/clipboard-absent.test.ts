// writeClipboard where there is no clipboard at all (issue 29: a mutant of clipboard.ts the suite let through).
import { afterEach, expect, it, vi } from 'vitest';
import { writeClipboard } from './clipboard.ts';

afterEach(() => vi.unstubAllGlobals());

it('resolves false, without throwing, when the context has no clipboard, rich text or not', async () => {
  vi.stubGlobal('ClipboardItem', class {});
  vi.stubGlobal('navigator', {});
  await expect(writeClipboard({ text: 'Doe, J. Title.', html: 'Doe, J. <i>Title</i>.' })).resolves.toBe(false);
  await expect(writeClipboard({ text: 'plain only' })).resolves.toBe(false);
});
