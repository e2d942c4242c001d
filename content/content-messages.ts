/**
 * What the background and the popup may ask a frame's content script (utils/messages.ts ToContent): its
 * mentions, to reveal one, to step to the next. The request data is checked by the handlers.
 */
import { browser } from 'wxt/browser';
import type { TabMentions, ToContent } from '../utils/messages';
import { isMessage } from '../utils/messaging';

const MESSAGE_TYPES: (keyof ToContent)[] = ['getMentions', 'reveal', 'step', 'packsChanged'];

export interface ContentRequests {
  mentions(): TabMentions;
  /** Reveals the mention the data names; false when it names none shown. */
  reveal(data: unknown): boolean;
  step(data: unknown): boolean;
  /** The installed packs changed: plan and scan again with what the data carries (checked by the handler). */
  replan(data: unknown): boolean;
}

/** Answers the requests until `signal` aborts. */
export function answerRequests(requests: ContentRequests, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isMessage<ToContent>(message, MESSAGE_TYPES)) return undefined;
    switch (message.type) {
      case 'getMentions':
        return Promise.resolve(requests.mentions());
      case 'reveal':
        return Promise.resolve({ ok: requests.reveal(message.data) });
      case 'step':
        return Promise.resolve({ ok: requests.step(message.data) });
      case 'packsChanged':
        return Promise.resolve({ ok: requests.replan(message.data) });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
