import { describe, expect, it } from 'vitest';
import { namesAnotherPerson } from './intervening-name.ts';
import { nameLike } from './people.ts';
import { extractQuotations } from './quotations.ts';
import { GenderBook, honorificGender, pronounGender, roleGender } from './speaker-gender.ts';

function quotes(paragraphs: string[], lang = 'en') {
  const text = paragraphs.join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return extractQuotations(text, starts, paragraphs.map(() => 'paragraph'), lang).filter((q) => q.speech);
}
const speakers = (paragraphs: string[], lang = 'en') => quotes(paragraphs, lang).map((q) => q.speaker?.name ?? null);

describe('a pronoun of the other gender than the text gives a person', () => {
  it('reads honorifics and gendered roles in several languages, never a given name', () => {
    expect(honorificGender('said Ms. ', 'en')).toBe('f');
    expect(honorificGender('Mr ', 'en')).toBe('m');
    expect(honorificGender('selon Mme ', 'fr')).toBe('f');
    expect(honorificGender('M. ', 'fr')).toBe('m');
    expect(honorificGender('John M. ', 'en')).toBeNull();
    expect(honorificGender('laut Frau ', 'de')).toBe('f');
    expect(honorificGender('la Sra. ', 'es')).toBe('f');
    expect(honorificGender('Jane ', 'en')).toBeNull();
    expect(roleGender('a spokeswoman for the ministry')).toBe('f');
    expect(roleGender('chairman of the board')).toBe('m');
    expect(roleGender('a lawyer')).toBeNull();
    expect(pronounGender('She')).toBe('f');
    expect(pronounGender('ella')).toBe('f');
    expect(pronounGender('sie')).toBeNull();
  });

  it('keeps what the text says of each person, and refuses a person it says both of', () => {
    const book = new GenderBook<string>();
    book.note('Roe', 'f');
    expect(book.fits('Roe', 'f')).toBe(true);
    expect(book.fits('Roe', 'm')).toBe(false);
    expect(book.fits('Roe', null)).toBe(true);
    expect(book.fits('Doe', 'm')).toBe(true);
    book.note('Roe', 'm');
    expect(book.fits('Roe', 'f')).toBe(false);
  });

  it('leaves "he said" after a woman the text calls Ms. not identified (en)', () => {
    expect(speakers(['“We will rebuild the harbour first,” said Jane Roe.', 'Ms. Roe has run the port since 2015.', '“It will take many years,” he said.'])).toEqual(['Jane Roe', null]);
    expect(speakers(['“We will rebuild the harbour first,” said Jane Roe.', 'Ms. Roe has run the port since 2015.', '“It will take many years,” she said.'])).toEqual(['Jane Roe', 'Jane Roe']);
  });

  it('remembers the pronoun a person was given (en)', () => {
    expect(speakers(['“We will rebuild the harbour first,” said Jane Roe.', '“Nobody else will do it for us,” she added.', 'The port has been closed for years, Roe recalled.', '“It will take many years,” he said.'])).toEqual(['Jane Roe', 'Jane Roe', null]);
  });

  it('does the same in French and Spanish', () => {
    expect(speakers(['« Nous sommes prêts à discuter avec tous », a déclaré Paul Dupont.', 'M. Dupont a quitté la salle peu après.', 'Elle a déclaré : « Rien ne sera décidé sans nous. »'], 'fr')).toEqual(['Paul Dupont', null]);
    expect(speakers(['« Nous sommes prêts à discuter avec tous », a déclaré Paul Dupont.', 'M. Dupont a quitté la salle peu après.', 'Il a déclaré : « Rien ne sera décidé sans nous. »'], 'fr')).toEqual(['Paul Dupont', 'Paul Dupont']);
    expect(speakers(['“No vamos a rendirnos nunca”, dijo Ana García.', 'La Sra. García salió de la sala.', 'Él dijo: “Nadie decidirá por nosotros.”'], 'es')).toEqual(['Ana García', null]);
  });
});

describe('someone else named between a person and the pronoun', () => {
  it('finds a full name outside quotations that is not the person’s, and not a place or an institution', () => {
    const isQuoted = () => false;
    const like = (text: string) => (w: string) => nameLike(w, text);
    const t1 = 'Jane Roe left. John Doe, the mayor, disagreed.';
    expect(namesAnotherPerson(t1, 0, t1.length, new Set(['Jane', 'Roe']), isQuoted, like(t1))).toBe(true);
    const t2 = 'Jane Roe left for New York and met the Harbour Authority. Roe was tired.';
    expect(namesAnotherPerson(t2, 0, t2.length, new Set(['Jane', 'Roe']), isQuoted, like(t2))).toBe(false);
  });

  it('leaves the pronoun not identified (en)', () => {
    expect(speakers(['“We will rebuild the harbour first,” said Jane Roe.', 'John Doe, who runs the ferry company, was less sure about the plan.', '“It will take many years,” he said.'])).toEqual(['Jane Roe', null]);
    expect(speakers(['“We will rebuild the harbour first,” said Jane Roe.', 'The company is based in New York and employs 40 people.', '“It will take many years,” she said.'])).toEqual(['Jane Roe', 'Jane Roe']);
  });
});

describe('a quotation without attribution after another speaker’s', () => {
  it('continues the speaker only as a sentence of its own, with no one else named in the rest of its paragraph', () => {
    expect(speakers(['“We want peace and nothing else,” Omar Haddad said.', '“It is what the people asked us for.” Those words were echoed by Jane Roe, the mayor.'])).toEqual(['Omar Haddad', null]);
    expect(speakers(['“We want peace and nothing else,” Omar Haddad said.', '“It is what the people asked us for” was how Jane Roe put it.'])).toEqual(['Omar Haddad', null]);
    expect(speakers(['“We want peace and nothing else,” Omar Haddad said.', '“It is what the people asked us for.” The talks resume on Monday.'])).toEqual(['Omar Haddad', 'Omar Haddad']);
  });
});

describe('a quotation running over several paragraphs', () => {
  it('takes the speaker named where it ends, not the one before it', () => {
    expect(
      speakers([
        '“We will rebuild the harbour first,” said Jane Roe.',
        '“The ferry company has promised nothing so far, and the council has no money left',
        '“So we will do it ourselves,” said John Doe, who runs a boatyard.',
      ]),
    ).toEqual(['Jane Roe', 'John Doe', 'John Doe']);
    expect(
      speakers([
        '“We will rebuild the harbour first,” said Jane Roe.',
        '“The ferry company has promised nothing so far, and the council has no money left',
        '“So we will do it ourselves,” a boatbuilder said.',
      ]),
    ).toEqual(['Jane Roe', null, null]);
  });
});

describe('an attribution verb that belongs to someone else’s words', () => {
  it('leaves words another speaker told the subject not identified (en)', () => {
    expect(speakers(['“Get out of my office right now,” Jane Roe said John Doe told her.'])).toEqual([null]);
    expect(speakers(['“Leave the building right now,” Jane Roe said she was told.'])).toEqual([null]);
    expect(speakers(['“Get out of my office right now,” Jane Roe said she told him.'])).toEqual(['Jane Roe']);
  });

  it('leaves a partial quotation in a later clause with its own subject not identified, still speech (en, fr, es)', () => {
    expect(quotes(['Jane Roe said the plan had failed, and the mayor called it “a disaster for everyone involved.”'])).toMatchObject([{ speech: true, speaker: null }]);
    expect(speakers(['Jane Roe said the harbour would reopen; Doe dismissed it as “a fantasy that nobody believes.”'])).toEqual([null]);
    expect(speakers(['Paul Martin a déclaré que le projet avait échoué, mais le maire l’a qualifié de « catastrophe pour tout le monde ici ».'], 'fr')).toEqual([null]);
    expect(speakers(['Ana García dijo que el plan fracasó, pero el alcalde lo llamó “un desastre para todos los vecinos”.'], 'es')).toEqual([null]);
  });

  it('keeps the speaker when the later clause has no subject of its own', () => {
    expect(speakers(['Jeremy Hunt said he had raised it with Wang Yi, and would continue to bring it up “in all appropriate forums.”'])).toEqual(['Jeremy Hunt']);
  });
});

describe('a surname two people share', () => {
  it('names nobody when the text writes two full names with it and neither spoke before', () => {
    expect(speakers(['Ivanka Trump and Donald Trump arrived together on Monday.', '“We are here to help everyone,” Trump said.'])).toEqual([null]);
    expect(speakers(['Donald Trump arrived on Monday.', '“We are here to help everyone,” Trump said.'])).toEqual(['Donald Trump']);
  });
});
