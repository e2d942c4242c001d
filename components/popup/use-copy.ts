import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CopyPayload } from '../../utils/clipboard';

/** The result of the last copy, for the status line. */
export type CopyStatus =
  | { kind: 'idle' }
  | { kind: 'copied'; what: string }
  | { kind: 'failed'; what: string; text: string };

/** How long "Copied" stays: long enough to read, short enough not to describe an older copy. */
export const COPIED_MS = 4000;

/**
 * Runs copies through `write` and remembers the outcome: "copied", or "failed" with the text, which
 * the view then offers selected in a read-only field for a manual copy.
 */
export function useCopy(write: (payload: CopyPayload) => Promise<boolean>): [CopyStatus, (payload: CopyPayload, what: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  const copy = useCallback(
    async (payload: CopyPayload, what: string) => {
      let ok = false;
      try {
        ok = await write(payload);
      } catch {
        ok = false;
      }
      // A new object each time, so a second copy of the same thing restarts the timer.
      setStatus(ok ? { kind: 'copied', what } : { kind: 'failed', what, text: payload.text });
    },
    [write],
  );
  useEffect(() => {
    if (status.kind !== 'copied') return undefined;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), COPIED_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return [status, copy];
}
