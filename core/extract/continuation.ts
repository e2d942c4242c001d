// A quotation with no attribution of its own continues the speaker of the quotation before it, as news
// writing goes ("“…,” Haddad said. “…”"), unless the text between them names someone else: then the reader
// cannot tell whose words follow ("“…,” Haddad said. But Jane Roe disagreed. “…”").

const WORD = /[\p{L}\p{M}'’.-]+/gu;
/** Capitalised words that are not names: sentence openers, pronouns, days and months. */
const NOT_NAME = /^(?:the|a|an|but|and|or|so|yet|then|still|he|she|it|they|we|i|his|her|their|its|this|that|these|those|in|on|at|for|as|after|before|when|while|if|asked|speaking|later|earlier|now|mr|mrs|ms|dr|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|le|la|les|il|elle|der|die|das|er|sie|el|ella|ele|ela)\.?$/iu;

/**
 * Whether `between` (the text from one quotation's closing mark to the next one's opening mark) names anyone but `speaker`
 * after the previous quotation's attribution.
 */
export function namesSomeoneElseBetween(between: string, speaker: string): boolean {
  const own = new Set(speaker.toLowerCase().split(/\s+/u));
  // The previous quotation's own attribution ("said C. Eugene Steuerle, a fellow at the Urban Institute.") ends
  // at the first full stop that closes a sentence (not an initial or an honorific): only what follows counts.
  const end = /(?<!(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St|Jr|Sr))[.!?;](?=\s|$)/u.exec(between);
  const rest = end ? between.slice(end.index + 1) : '';
  for (const m of rest.matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/u, '').replace(/\.$/u, '');
    if (!/^\p{Lu}/u.test(word) || NOT_NAME.test(word) || own.has(word.toLowerCase())) continue;
    return true;
  }
  return false;
}
