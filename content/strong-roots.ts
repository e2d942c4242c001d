/**
 * Roots whose text was checked for strong terms only (before the page was relevant), each with the node
 * where its walk began to check for every term (null: not yet). Once the page is relevant, that text is
 * walked again for weak terms, and nothing else (else a feed that turns relevant in its first page has the
 * whole page walked twice). Roots, not walks, so nothing finished is kept; at most STRONG_ROOTS_MAX, past
 * which every root is walked again.
 */

const STRONG_ROOTS_MAX = 256;

export class StrongRoots {
  private readonly roots = new Map<Node, Node | null>();
  private overflow = false;

  /** Whether some text waits to be walked again for weak terms. */
  get any(): boolean {
    return this.roots.size > 0 || this.overflow;
  }

  /** Records a root walked for strong terms only; past STRONG_ROOTS_MAX (a page that keeps adding blocks
   * and never turns relevant), drops those that left the page, then falls back to walking every root. */
  note(root: Node): void {
    if (this.overflow) return;
    this.roots.set(root, null);
    if (this.roots.size <= STRONG_ROOTS_MAX) return;
    for (const known of this.roots.keys()) if (!known.isConnected) this.roots.delete(known);
    if (this.roots.size > STRONG_ROOTS_MAX / 2) {
      this.roots.clear();
      this.overflow = true;
    }
  }

  /** A root's walk began to check every term at `from`. */
  fullFrom(root: Node, from: Node): void {
    if (this.roots.get(root) === null) this.roots.set(root, from);
  }

  /** Takes the roots to walk again, each with where its full check began (null: not yet, or unknown);
   * after an overflow, every root in `all`. */
  take(all: () => Node[]): (readonly [Node, Node | null])[] {
    const roots = this.overflow ? all().map((root) => [root, null] as const) : [...this.roots];
    this.roots.clear();
    this.overflow = false;
    return roots;
  }
}
