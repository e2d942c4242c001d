import { useCallback, useState } from 'preact/hooks';
import type { CopyPayload } from '../../utils/clipboard';

/** The result of the last copy, for the status line. */
export type CopyStatus =
  | { kind: 'idle' }
  | { kind: 'copied'; what: string }
  | { kind: 'failed'; what: string; text: string };

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
      setStatus(ok ? { kind: 'copied', what } : { kind: 'failed', what, text: payload.text });
    },
    [write],
  );
  return [status, copy];
}
