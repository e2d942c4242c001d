/** Finds the page's open shadow roots, each to be watched and scanned as a root of its own (once). */

/** Resumable work: walks until a deadline (a performance.now() value), true when done. */
export interface Walk {
  advance(deadline: number): boolean;
}

export interface ShadowRootsOptions {
  doc: Document;
  /** The extension's own UI host, never scanned. */
  ownHost: () => Element | null;
  /** Called once for each open shadow root found. */
  onFound: (shadow: ShadowRoot) => void;
}

export class ShadowRoots {
  /** Open shadow roots found so far, in the order found. */
  private readonly found: ShadowRoot[] = [];
  private readonly known = new WeakSet<ShadowRoot>();

  constructor(private readonly opts: ShadowRootsOptions) {}

  /** A walk over the elements under `root` that finds open shadow roots: apart from the text walk, which
   * visits text nodes only, as cheaply as the benchmark's floor. */
  hostWalk(root: Node): Walk {
    const walker = this.opts.doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    return {
      advance: (deadline) => {
        let n = 0;
        for (let el = walker.nextNode(); el !== null; el = walker.nextNode()) {
          if ((el as Element).shadowRoot !== null) this.foundHost(el as Element);
          if ((++n & 255) === 0 && performance.now() > deadline) return false;
        }
        return true;
      },
    };
  }

  /** An element that may host an open shadow root (found by a walk, or added by the page). */
  foundHost(host: Element): void {
    const shadow = host.shadowRoot;
    if (!shadow || host === this.opts.ownHost() || this.known.has(shadow)) return;
    this.known.add(shadow);
    this.found.push(shadow);
    this.opts.onFound(shadow);
  }

  /** The shadow roots found so far whose host is still in the page. */
  connected(): ShadowRoot[] {
    return this.found.filter((s) => s.host.isConnected);
  }
}
