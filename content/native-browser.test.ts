import { describe, expect, it, vi } from 'vitest';
import { answering, fromChrome } from './native-browser';

function fakeChrome() {
  const listeners = new Set<(...a: unknown[]) => boolean>();
  return {
    listeners,
    runtime: {
      id: 'ext',
      sendMessage: vi.fn(async (m: unknown) => ({ echoed: m })),
      getURL: (p: string) => `chrome-extension://ext${p}`,
      onMessage: {
        addListener: (l: (...a: unknown[]) => boolean) => listeners.add(l),
        removeListener: (l: (...a: unknown[]) => boolean) => listeners.delete(l),
        hasListener: (l: (...a: unknown[]) => boolean) => listeners.has(l),
      },
    },
    storage: { marker: 'storage' },
    i18n: { marker: 'i18n' },
  };
}

describe('the content script’s extension API without the polyfill', () => {
  it('answers a message with what the listener’s promise resolves to, through sendResponse', async () => {
    const sendResponse = vi.fn();
    const keepOpen = answering(async (m) => ({ got: m }))('hi', {}, sendResponse);
    expect(keepOpen).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ got: 'hi' }));
  });

  it('leaves a message it does not answer to others (undefined: no response kept open)', () => {
    const sendResponse = vi.fn();
    expect(answering(() => undefined)('hi', {}, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('sends a rejection in the form the polyfill on the other side turns back into a rejection', async () => {
    const sendResponse = vi.fn();
    answering(() => Promise.reject(new Error('nope')))('hi', {}, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ __mozWebExtensionPolyfillReject__: true, message: 'nope' }));
  });

  it('adds and removes the same wrapped listener, and passes the rest through to Chrome', async () => {
    const chrome = fakeChrome();
    const api = fromChrome(chrome);
    const listener = () => undefined;
    api.runtime.onMessage.addListener(listener);
    expect(chrome.listeners.size).toBe(1);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(true);
    api.runtime.onMessage.removeListener(listener);
    expect(chrome.listeners.size).toBe(0);
    expect(api.runtime.id).toBe('ext');
    chrome.runtime.id = undefined as unknown as string;
    // Read each time: an orphaned script sees the id go.
    expect(api.runtime.id).toBeUndefined();
    expect(await api.runtime.sendMessage({ type: 'x' })).toEqual({ echoed: { type: 'x' } });
    expect(api.runtime.getURL('/a')).toBe('chrome-extension://ext/a');
    expect(api.storage).toBe(chrome.storage);
    expect(api.i18n).toBe(chrome.i18n);
  });
});
