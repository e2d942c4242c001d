/**
 * What the sentinel answers before the scanner is in its frame (content-messages.ts answers once it is): the
 * popup's `getMentions` (none, and the frame's state), `reveal` and `step` (nothing to show), and
 * `packsChanged` (a new pre-check). Once the scanner runs in this isolated world it answers alone.
 */
import { browser } from 'wxt/browser';
import type { TabMentions, ToContent } from '../../utils/messages';
import { isMessage } from '../../utils/messaging';

const MESSAGE_TYPES: (keyof ToContent)[] = ['getMentions', 'reveal', 'step', 'packsChanged'];

export interface SentinelAnswers {
  /** The frame's state, or null before its settings came (then nothing is answered). */
  state(): TabMentions['state'] | null;
  /** Takes a pushed plan's strong pre-check; false when the data holds none. */
  packsChanged(data: unknown): boolean;
  /** Whether the scanner has taken over this frame (then it answers). */
  scannerRunning(): boolean;
}

/** Answers the requests until `signal` aborts. */
export function answerAsSentinel(answers: SentinelAnswers, doc: Document, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (answers.scannerRunning() || !isMessage<ToContent>(message, MESSAGE_TYPES)) return undefined;
    const { type, data } = message;
    if (type === 'packsChanged') return Promise.resolve({ ok: answers.packsChanged(data) });
    if (type !== 'getMentions') return Promise.resolve({ ok: false });
    const state = answers.state();
    if (state === null) return undefined;
    const mentions: TabMentions = { url: doc.URL, counts: {}, total: 0, capped: false, state };
    return Promise.resolve(mentions);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
