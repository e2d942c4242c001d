// The matcher's own view of a topic term: only what matching needs, so core/match does not depend on the
// pack schema (core/pack/schema.ts). A pack's `terms` array satisfies these types structurally.

export type Strength = 'strong' | 'weak';

/** How a variant may be inflected in running text (see variant-pattern.ts for each rule). */
export type Inflection = 'en' | 'ru' | 'tr' | 'de' | 'ar' | 'he' | 'none' | 'sla';

export interface MatchVariant {
  readonly text: string;
  readonly inflection?: Inflection | undefined;
  /** Characters that, directly before the variant, mean a word boundary is crossed (CJK: 更新疆界). */
  readonly notBefore?: string | undefined;
  /** Characters that, directly after the variant's text (before any suffix), mean it is another word. */
  readonly notAfter?: string | undefined;
  /** Overrides the term's strength for an ambiguous spelling (Uygur the surname, Sincan in Ankara). */
  readonly strength?: Strength | undefined;
}

export interface MatchTerm {
  readonly id: string;
  readonly strength: Strength;
  readonly caseSensitive: boolean;
  readonly variants: readonly MatchVariant[];
  /** Phrases holding a variant that name something else (the Uyghur Khaganate): no mention inside one. */
  readonly exclusions?: readonly Pick<MatchVariant, 'text' | 'inflection'>[] | undefined;
}

/** One found mention: UTF-16 offsets into the string given to `find`, end exclusive. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly termId: string;
  readonly strength: Strength;
}

export interface Matcher {
  /** Cheap necessary condition: false means `find` would return nothing. Allocation-free. */
  quickCheck(text: string): boolean;
  /** All mentions, leftmost-longest, non-overlapping, sorted by start. */
  find(text: string): readonly Mention[];
}
