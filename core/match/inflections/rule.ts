// What one language's inflection rule tells the pattern builder (core/match/variant-pattern.ts).

/** A sentence, and exactly the mentions of `variant` the matcher must find in it, in order. */
export interface InflectionExample {
  readonly variant: string;
  readonly text: string;
  readonly found: readonly string[];
}

export interface InflectionRule {
  /** The endings allowed after the variant's last word; its last letter tells the script. */
  readonly suffix: (lastChar: string) => string;
  /** Languages where every word of a phrase takes its own ending: each word's ending is cut (`stem`) and
   * `suffix` follows it. Then only the first word is literal, and no phrase of common words is an anchor. */
  readonly eachWord?: {
    readonly stem: (letters: string[]) => string[];
    readonly suffix: (lastChar: string) => string;
  };
  /** Clitics that may be written before the variant, how many characters they take at most, and every
   * character they may open with (a match may then start with one: the matcher buckets it there too). */
  readonly prefix?: { readonly pattern: string; readonly max: number; readonly first: string };
  /** Whether the variant may also end a compound (Zwangsumerziehungslager). */
  readonly compounds?: boolean;
  readonly examples: readonly InflectionExample[];
}
