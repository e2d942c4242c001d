// Which "Friday" a sentence means: the one before the publication day or the one after. News mostly reports
// the past, so a weekday alone is the nearest one at most three days back, else ahead; a future verb in its
// clause moves it ahead: "on Friday, CEOs will front the committee" is the coming Friday.

/** Words that put a sentence in the future, per language. */
const FUTURE: Record<string, RegExp> = {
  en: /\b(?:will|would|shall|'ll|’ll|is|are) (?:expected|set|due|scheduled|going) to\b|\b(?:will|would|shall)\b|\b(?:upcoming|scheduled)\b/i,
  fr: /\b(?:va|vont|doit|doivent|devrait|devraient|prévu|prévue|aura|auront|sera|seront)\b/i,
  es: /\b(?:va a|van a|será|serán|prevé|previsto|prevista|se espera|habrá)\b/i,
  pt: /\b(?:vai|vão|será|serão|deve|devem|prevista|previsto|haverá)\b/i,
  de: /\b(?:wird|werden|soll|sollen|geplant)\b/i,
  it: /\b(?:sarà|saranno|dovrà|dovranno|previsto|prevista)\b/i,
};

/** Words that end a clause: a future verb beyond them ("his vow on Monday that there would be…") is another's. */
const CLAUSE = /\b(?:that|which|who|whom|because|although|while|que|qui|dass|weil|che|porque)\b|[;:—–()“”"«»]/iu;

/**
 * Days from the reference day to the weekday a clause means (negative: back). `back` is how many days back
 * the last such weekday is (0 = the reference day); `before` and `after` are the sentence around the weekday.
 */
export function weekdayOffset(back: number, before: string, after: string, lang: string): number {
  const head = before.split(CLAUSE).pop() ?? '';
  const tail = after.split(CLAUSE)[0] ?? '';
  // On the day itself the weekday stays that day: a future verb moves only a weekday already past.
  if (back > 0 && (FUTURE[lang]?.test(`${head} ${tail}`) ?? false)) return 7 - back;
  return back <= 3 ? -back : 7 - back;
}
