// Relevance: weak terms ("internment camps", "Jeremy Hunt") show only where a strong term (Xinjiang,
// Uyghur) is seen: in the same scope, which the content script makes the region of the page around the
// mention (core/match/region.ts, docs/relevance.md). It is sticky and retroactive: a strong mention found
// later in a scope (infinite scroll, a revealed panel) releases the weak mentions already found there, with
// no rescan. It never crosses documents: each frame decides alone. A weak term also needs its scope to be
// about detention (core/match/region-topic.ts): Xinjiang on a tourism page lights, its "training centre" not.
// A scope about another sense of a name (the Uyghur Khaganate, Mahmud al-Kashgari) and not about detention
// shows no mention at all.
import type { RegionSense } from './region-topic.ts';
import type { Strength } from './types.ts';

/** What relevance needs to know of a mention. */
export interface Weighed {
  readonly strength: Strength;
  /** A mention the reader cannot see does not make its scope relevant. */
  readonly hidden?: boolean;
}

/** The scope of a text judged as a whole (a text, not a page). */
export const PAGE_SCOPE = 'page';

/**
 * The relevance of one document, by scope. A scope is any value compared by identity (a region's element
 * in a page, PAGE_SCOPE for a plain text).
 */
export class Relevance<M extends Weighed = Weighed> {
  private readonly relevantScopes = new Set<unknown>();

  /** `aboutDetention` tells whether a scope's text speaks of detention (asked again on every question:
   * the caller caches); by default every scope does. */
  constructor(
    private readonly scopeOf: (mention: M) => unknown = () => PAGE_SCOPE,
    private aboutDetention: (scope: unknown) => boolean = () => true,
    private otherSense: (scope: unknown) => boolean = () => false,
  ) {}

  /** Sets how scopes are judged about detention, and about another sense of a name (the content script,
   * once it has the pack's words). */
  judgeTopicBy(aboutDetention: (scope: unknown) => boolean, otherSense: (scope: unknown) => boolean = () => false): void {
    this.aboutDetention = aboutDetention;
    this.otherSense = otherSense;
  }

  /** Whether a mention's scope is about the detention camps: its cards show the source's content. */
  aboutCamps(mention: M): boolean {
    return this.aboutDetention(this.scopeOf(mention));
  }

  /** True once a visible strong mention was seen somewhere in the document. */
  get relevant(): boolean {
    return this.relevantScopes.size > 0;
  }

  /** Records a mention found or revealed; a visible strong one makes its scope relevant for good. */
  note(mention: M): void {
    if (mention.strength === 'strong' && !mention.hidden) this.relevantScopes.add(this.scopeOf(mention));
  }

  /** Carries another document's state over (a fresh scan of the same page keeps what it knew). */
  inherit(from: Relevance<M>): void {
    for (const scope of from.relevantScopes) this.relevantScopes.add(scope);
    this.aboutDetention = from.aboutDetention;
    this.otherSense = from.otherSense;
  }

  /** Whether a mention may show: strong ones unless their scope is about another sense and not about
   * detention, weak ones in a relevant scope about detention. */
  admits(mention: M): boolean {
    const scope = this.scopeOf(mention);
    if (mention.strength === 'strong') return !this.otherSense(scope) || this.aboutDetention(scope);
    return this.relevantScopes.has(scope) && this.aboutDetention(scope);
  }
}

/** The mentions of one text that may show, in their order (every mention noted first); `sense` says what
 * the text is about (core/match/region-topic.ts; a boolean: whether it speaks of detention; default: it does). */
export function admitted<M extends Weighed>(mentions: readonly M[], sense?: boolean | RegionSense): M[] {
  const about = sense === undefined || sense === true || sense === 'detention';
  const relevance = new Relevance<M>(undefined, () => about, () => sense === 'other');
  for (const mention of mentions) relevance.note(mention);
  return mentions.filter((mention) => relevance.admits(mention));
}
