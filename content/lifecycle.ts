/**
 * The content script's life: one AbortSignal that every listener, observer and timer hangs on. It aborts
 * when the extension is reloaded, updated or removed: the controller checks `runtimeAlive()` before each
 * piece of work, so an orphaned script stops at its next step and a new one can take over. No port is
 * kept open (an open port keeps Chrome from putting the page in the back-forward cache) and no
 * page-visible event is used.
 */
import { browser } from 'wxt/browser';

export function createLifecycle(): AbortController {
  return new AbortController();
}

/** The browser's own extension API object (`chrome` in both browsers' content scripts): asked directly,
 * this check costs a property read, where the polyfill's wrapper cost a proxy lookup on every render. */
const nativeApi = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;

/** Whether the extension that injected this script still exists. */
export function runtimeAlive(): boolean {
  try {
    return !!(nativeApi ?? browser).runtime?.id;
  } catch {
    return false;
  }
}
