/** The one owner of Chrome's offscreen document: Chrome allows one per extension, so every feature that
 * needs it (copying now, parsing pages later) asks here with its reasons. */

type Reason = 'CLIPBOARD' | 'DOM_PARSER';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: Reason[]; justification: string }): Promise<void>;
  closeDocument?(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const OFFSCREEN_URL = '/offscreen.html';
const JUSTIFICATIONS: Record<Reason, string> = {
  CLIPBOARD: 'Copy a citation the reader asked for.',
  DOM_PARSER: 'Read a page the reader asked to use as a source.',
};

/** Reasons the open document was made with; null when this worker did not make it (after a restart). */
let madeWith: Set<Reason> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function api(): OffscreenApi | undefined {
  return (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

/**
 * Makes sure the offscreen document exists with these reasons; false where there is no offscreen API (Firefox,
 * whose background is a page). A document made for other reasons is made again with all of them.
 */
export function ensureOffscreen(reasons: readonly Reason[]): Promise<boolean> {
  const run = queue.then(async () => {
    const offscreen = api();
    if (!offscreen) return false;
    const open = !!(await offscreen.hasDocument?.());
    if (open && (madeWith === null || reasons.every((r) => madeWith!.has(r)))) return true;
    const all = new Set<Reason>([...(madeWith ?? []), ...reasons]);
    try {
      if (open) await offscreen.closeDocument?.();
      await offscreen.createDocument({ url: OFFSCREEN_URL, reasons: [...all], justification: [...all].map((r) => JUSTIFICATIONS[r]).join(' ') });
      madeWith = all;
    } catch {
      // Another context of the extension created it meanwhile.
    }
    return true;
  });
  queue = run.catch(() => undefined);
  return run;
}
