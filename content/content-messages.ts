/**
 * What the background and the popup may ask a frame's content script (utils/messages.ts ToContent): its
 * mentions, to reveal one, to step to the next, to plan again with new packs. The request data is checked by
 * the handlers.
 */
import { browser } from 'wxt/browser';
import type { TabMentions, ToContent } from '../utils/messages';
import { isMessage } from '../utils/messaging';

/** The requests that answer `{ ok }`, by message type (each checks its data). */
type OkRequests = { [K in 'reveal' | 'step' | 'packsChanged']: (data: unknown) => boolean };

const MESSAGE_TYPES: (keyof ToContent)[] = ['getMentions', 'reveal', 'step', 'packsChanged'];

export interface ContentRequests extends OkRequests {
  mentions(): TabMentions;
  /** Reveals the mention the data names; false when it names none shown. */
  reveal(data: unknown): boolean;
  step(data: unknown): boolean;
  /** The installed packs changed: plan and scan again with the plan the data carries; false when it has none. */
  packsChanged(data: unknown): boolean;
}

/** Answers the requests until `signal` aborts. */
export function answerRequests(requests: ContentRequests, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage<ToContent>(message, MESSAGE_TYPES)) return undefined;
    const { type, data } = message;
    return Promise.resolve(type === 'getMentions' ? requests.mentions() : { ok: requests[type as keyof OkRequests](data) });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
