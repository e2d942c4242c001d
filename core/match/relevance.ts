// Relevance: weak terms ("internment camps", "Jeremy Hunt") show only where a strong term (Xinjiang,
// Uyghur) is seen. It is sticky and retroactive: a strong mention found later (infinite scroll, a revealed
// panel, another frame of the tab) releases the weak mentions already found, with no rescan.
import type { Strength } from './types.ts';

/** What relevance needs to know of a mention. */
export interface Weighed {
  readonly strength: Strength;
  /** A mention the reader cannot see does not make its scope relevant. */
  readonly hidden?: boolean;
}

/** The one scope there is today: the whole document. */
export const PAGE_SCOPE = 'page';

/**
 * The relevance of one document. A scope is where a strong mention lets weak ones show: today every mention
 * is in the page's scope; per-region relevance passes a `scopeOf` (a mention's region), and callers keep
 * using `note`, `admits` and `markRelevant` as they are.
 */
export class Relevance<M extends Weighed = Weighed> {
  private readonly relevantScopes = new Set<string>();
  private everywhere = false;

  constructor(private readonly scopeOf: (mention: M) => string = () => PAGE_SCOPE) {}

  /** True once a strong mention was seen anywhere in the document, or in another frame of its tab. */
  get relevant(): boolean {
    return this.everywhere || this.relevantScopes.size > 0;
  }

  /** Records a mention found or revealed; a visible strong one makes its scope relevant for good. */
  note(mention: M): void {
    if (mention.strength === 'strong' && !mention.hidden) this.relevantScopes.add(this.scopeOf(mention));
  }

  /** Every scope becomes relevant: a strong mention in another frame of the tab. */
  markRelevant(): void {
    this.everywhere = true;
  }

  /** Carries another document's state over (a fresh scan of the same page keeps what it knew). */
  inherit(from: Relevance<M>): void {
    this.everywhere ||= from.everywhere;
    for (const scope of from.relevantScopes) this.relevantScopes.add(scope);
  }

  /** Whether a mention may show: strong ones always, weak ones in a relevant scope. */
  admits(mention: M): boolean {
    return mention.strength === 'strong' || this.everywhere || this.relevantScopes.has(this.scopeOf(mention));
  }
}

/** The mentions of one text or page that may show, in their order (every mention noted first). */
export function admitted<M extends Weighed>(mentions: readonly M[]): M[] {
  const relevance = new Relevance<M>();
  for (const mention of mentions) relevance.note(mention);
  return mentions.filter((mention) => relevance.admits(mention));
}
