/**
 * Copying from the card. Secure pages: the async Clipboard API, with text/html when there is rich text.
 * Plain-http pages have no Clipboard API in content scripts, so the copy goes through the extension
 * (issue 7), which is asked by id and writes the strings it builds itself (issue 23: no free text); when
 * that fails too, the card shows the text selected for a manual copy.
 */
import type { CopyRequest } from '../../core/cite/pack-citation';
import { writeClipboard, type CopyPayload } from '../../utils/clipboard';
import { toBackground } from '../../utils/messaging';

export type { CopyPayload };

export interface ClipboardDeps {
  secure: boolean;
  clipboard: Pick<Clipboard, 'write' | 'writeText'> | undefined;
  viaBackground(request: CopyRequest): Promise<{ ok: boolean } | undefined>;
}

/** The background gets this long (a sleeping service worker must wake) before the card falls back. */
const BACKGROUND_TIMEOUT_MS = 1500;

function defaultDeps(): ClipboardDeps {
  return {
    secure: globalThis.isSecureContext === true,
    clipboard: globalThis.navigator?.clipboard,
    viaBackground: (request) => toBackground('copyCard', request),
  };
}

/** Copies `payload` (the strings the background built for `request`); 'copied' on success, 'manual' when
 * the reader has to copy by hand. */
export async function copyToClipboard(payload: CopyPayload, request: CopyRequest, deps: ClipboardDeps = defaultDeps()): Promise<'copied' | 'manual'> {
  if (deps.secure && (await writeClipboard(payload, deps.clipboard as Clipboard | undefined))) return 'copied';
  try {
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), BACKGROUND_TIMEOUT_MS));
    const answer = await Promise.race([deps.viaBackground(request), timeout]);
    return answer?.ok ? 'copied' : 'manual';
  } catch {
    return 'manual';
  }
}
