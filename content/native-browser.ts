/**
 * The extension API for the scripts injected into pages (the content script, the card UI), without
 * webextension-polyfill (2.4 KB gzipped of every page's script; docs/decisions/003-content-script-budget.md).
 * wxt.config.ts points `wxt/browser` here for those two scripts only. Firefox's `browser` is promise-based already. Chrome's MV3 `chrome` is too, except that an
 * onMessage listener cannot answer with a promise: it answers through sendResponse here, as the polyfill
 * would, a rejection in the polyfill's own form so that senders using the polyfill reject.
 */
type Answer = Promise<unknown> | unknown;
type Listener = (message: unknown, sender: unknown) => Answer;
type NativeListener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;

interface NativeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
}

interface ChromeApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string; onMessage: NativeEvent<NativeListener> };
  storage: unknown;
  i18n: unknown;
}

/** Wraps a listener that may return a promise into one Chrome understands (true: the answer comes later). */
export function answering(listener: Listener): NativeListener {
  return (message, sender, sendResponse) => {
    const answer = listener(message, sender);
    if (!answer || typeof (answer as Promise<unknown>).then !== 'function') return false;
    (answer as Promise<unknown>).then(sendResponse, (error: unknown) =>
      sendResponse({ __mozWebExtensionPolyfillReject__: true, message: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}

/** The parts of `browser` the content script uses, over Chrome's own API. */
export function fromChrome(chrome: ChromeApi) {
  const wrapped = new WeakMap<Listener, NativeListener>();
  const onMessage: NativeEvent<Listener> = {
    addListener(listener) {
      if (!wrapped.has(listener)) wrapped.set(listener, answering(listener));
      chrome.runtime.onMessage.addListener(wrapped.get(listener)!);
    },
    removeListener(listener) {
      const native = wrapped.get(listener);
      if (native) chrome.runtime.onMessage.removeListener(native);
    },
    hasListener(listener) {
      const native = wrapped.get(listener);
      return !!native && chrome.runtime.onMessage.hasListener(native);
    },
  };
  return {
    runtime: {
      get id() {
        return chrome.runtime.id;
      },
      sendMessage: (message: unknown) => chrome.runtime.sendMessage(message),
      getURL: (path: string) => chrome.runtime.getURL(path),
      onMessage,
    },
    storage: chrome.storage,
    i18n: chrome.i18n,
  };
}

const world = globalThis as unknown as { browser?: unknown; chrome?: ChromeApi };

export const browser = (import.meta.env.FIREFOX ? world.browser : world.chrome && fromChrome(world.chrome)) as typeof import('webextension-polyfill');
