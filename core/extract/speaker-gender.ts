// What the text itself says of a person's gender, so that a pronoun of the other gender is never resolved to
// them ("Ms. Roe … “…,” he said": the text has moved to someone else). Only the text's own words count:
// honorifics before a mention ("Mr.", "Mme", "Frau", "Sra."), a gendered role ("spokeswoman", "chairman") and a
// pronoun already tied to the person; never a guess from a given name.

export type Gender = 'm' | 'f';

/** Subject pronouns with one gender; "sie" (she, they) and "zij"/"ze" (she, they) are left out. */
const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'm', she: 'f', il: 'm', elle: 'f', él: 'm', ella: 'f', ele: 'm', ela: 'f', lui: 'm', lei: 'f', egli: 'm',
  он: 'm', она: 'f', hij: 'm', er: 'm', 他: 'm', 她: 'f', 彼: 'm', 彼女: 'f',
};

/** The gender a subject pronoun gives its referent, or null when it gives none. */
export function pronounGender(pronoun: string): Gender | null {
  return PRONOUN_GENDER[pronoun.toLowerCase()] ?? null;
}

const MALE_HONORIFIC = /(?:^|[^\p{L}])(?:Mr|Mister|Messrs|Monsieur|Herr|Sr|Señor|Senhor|Signor|Sig|Sgr)\.?\s+$/u;
const FEMALE_HONORIFIC = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Madame|Mme|Mlle|Mademoiselle|Frau|Sra|Srta|Señora|Señorita|Senhora|Signora|Sig\.ra)\.?\s+$/u;
/** French writes "M. Dupont"; elsewhere "M." is an initial ("John M. Smith"). */
const FRENCH_MALE = /(?:^|[^\p{L}])M\.\s+$/u;

/** The gender an honorific right before a mention gives (`before`: the few characters before it). */
export function honorificGender(before: string, lang: string): Gender | null {
  if (FEMALE_HONORIFIC.test(before)) return 'f';
  if (MALE_HONORIFIC.test(before) || (lang === 'fr' && FRENCH_MALE.test(before))) return 'm';
  return null;
}

const FEMALE_ROLE = /(?:^|[^\p{L}])(?:spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|businesswoman|policewoman|actress|waitress|mother|wife|daughter|sister|grandmother|aunt|niece|queen|princess|duchess|countess|widow|girlfriend|sprecherin|kanzlerin|ministerin|präsidentin|directrice|présidente|ministra|presidenta|portavoz de la)(?![\p{L}])/iu;
const MALE_ROLE = /(?:^|[^\p{L}])(?:spokesman|chairman|congressman|councilman|assemblyman|businessman|policeman|father|husband|son|brother|grandfather|uncle|nephew|king|prince|duke|widower|boyfriend|sprecher|kanzler|directeur|président|ministro)(?![\p{L}])/iu;

/** The gender a role gives ("spokeswoman" f, "chairman" m), or null. */
export function roleGender(role: string | null): Gender | null {
  if (!role) return null;
  const f = FEMALE_ROLE.test(role);
  const m = MALE_ROLE.test(role);
  return f === m ? null : f ? 'f' : 'm';
}

/**
 * What is known of each person, from the evidence as it comes: one gender, or 'both' once the text gives
 * the same person (or two people under one name: "Mr. and Mrs. Roe") both.
 */
export class GenderBook<P> {
  private readonly known = new Map<P, Gender | 'both'>();

  note(person: P, gender: Gender | null): void {
    if (!gender) return;
    const was = this.known.get(person);
    this.known.set(person, was === undefined || was === gender ? gender : 'both');
  }

  /** Whether a pronoun of `gender` may refer to `person`: not when the text marks them otherwise, or both ways. */
  fits(person: P, gender: Gender | null): boolean {
    if (!gender) return true;
    const was = this.known.get(person);
    return was === undefined || was === gender;
  }
}
