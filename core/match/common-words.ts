// Words that appear on countless unrelated pages: a poor anchor for the quick pre-check, where every text
// node that passes costs a finder run. A phrase made only of such words is anchored on its opening words
// together. Two kinds of data: a language's function words (here), and a topic's everyday vocabulary (the
// pack's `commonWords`, decision 002).

/** Function words by language (BCP 47 primary subtag). */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['and', 'the', 'on', 'of'],
  fr: ['de', 'et'],
  es: ['de', 'y'],
  it: ['di', 'e'],
  pt: ['de', 'e'],
};

/** The words no anchor is chosen from when a rarer word is at hand: every language's function words, and
 * the everyday words of the installed packs' topics (each pack's `commonWords`: "education" alone passes
 * ordinary English text). */
export function commonWordsOf(packs: readonly { readonly commonWords?: readonly string[] | undefined }[] = []): ReadonlySet<string> {
  return new Set([...Object.values(FUNCTION_WORDS).flat(), ...packs.flatMap((p) => p.commonWords ?? []).map((w) => w.toLowerCase())]);
}

/** The function words alone: a plan made without any pack's words. */
export const FUNCTION_WORD_SET: ReadonlySet<string> = commonWordsOf();
