// Words that appear on countless unrelated pages: a poor anchor for the quick pre-check, where every text
// node that passes costs a finder run. A phrase made only of such words is anchored on its opening words
// together. Two kinds of data: a language's function words, and a topic's everyday vocabulary (the pack
// format may later carry the latter with each pack's topic).

/** Function words by language (BCP 47 primary subtag). */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['and', 'the', 'on', 'of'],
  fr: ['de', 'et'],
  es: ['de', 'y'],
  it: ['di', 'e'],
  pt: ['de', 'e'],
};

/** The everyday words of the Xinjiang topic's terms ("education" alone passes ordinary English text). */
export const XINJIANG_TOPIC_WORDS: readonly string[] = [
  'people', 'ethnic', 'muslim', 'autonomous', 'region', 'prefecture', 'education', 'training', 'centre', 'center',
  'camp', 'camps', 'career', 'development', 'program', 'detention', 'concentration', 'prison', 'transformation',
  'through', 'committee', 'elimination', 'racial', 'discrimination', 'facility', 'facilities',
];

/** The words no anchor is chosen from when a rarer word is at hand. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...Object.values(FUNCTION_WORDS).flat(), ...XINJIANG_TOPIC_WORDS]);
