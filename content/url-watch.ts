/**
 * Same-document URL changes (single-page apps): the Navigation API tells of every one, pushState and
 * replaceState too. Without it, popstate and hashchange tell of some, and the caller polls on each render.
 */

export interface UrlWatch {
  /** Whether the caller must call `check` on each render (no Navigation API). */
  readonly poll: boolean;
  /** Compares the URL with the last one seen and calls back when it changed. */
  check(): void;
}

export function watchUrl(doc: Document, signal: AbortSignal, changed: () => void): UrlWatch {
  // document.URL, not location.href: the same string here, and much cheaper to read on every render.
  let last = doc.URL;
  const check = () => {
    if (doc.URL === last) return;
    last = doc.URL;
    changed();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    return { poll: false, check };
  }
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  return { poll: true, check };
}
