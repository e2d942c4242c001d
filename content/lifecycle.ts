/**
 * The content script's life: one AbortSignal that every listener, observer and timer hangs on. It aborts
 * when the extension is reloaded, updated or removed (the port to the background drops and the runtime is
 * gone), so an orphaned script stops cleanly and a new one can take over. No page-visible event is used.
 */
import { browser } from 'wxt/browser';

export function createLifecycle(): AbortController {
  const controller = new AbortController();
  const connect = () => {
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: 'content' });
    } catch {
      controller.abort();
      return;
    }
    port.onDisconnect.addListener(() => {
      // A service worker going idle also drops the port; only a missing runtime means we are orphaned.
      // We do not reconnect (that would keep the worker awake); the controller checks runtimeAlive()
      // before each render, so an orphan still stops at its next piece of work.
      if (!runtimeAlive()) controller.abort();
    });
    controller.signal.addEventListener('abort', () => port.disconnect(), { once: true });
  };
  connect();
  return controller;
}

/** Whether the extension that injected this script still exists. */
export function runtimeAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}
