// Opinion columns often print no byline and name their writers in a closing note instead: "Jane Roe is a
// senior fellow at …", "Andrea Ruiz es politóloga …", "Paul Martin est professeur …". Read only when the page
// names no author anywhere else, and only from a short last paragraph made of such sentences alone.
import { authorOf, authorsFromByline } from './authors.ts';
import type { Author, PageBlock } from './types.ts';

const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)`;
const COPULA = String.raw`(?:is|was|es|fue|est|était|ist|war|é|foi|è|era|is\s+de|zijn|jest)`;
/** The note must say what the person does: a job, a post or a book (one of these words, any language). */
const OCCUPATION =
  /(?:author|writer|journalist|columnist|editor|fellow|professor|lecturer|researcher|scholar|analyst|economist|historian|scientist|lawyer|attorney|director|founder|president|chair|reporter|correspondent|politólog|abogad|analista|investigador|profesor|periodista|escrit|autor|economista|historiador|director|politologue|avocat|chercheu|professeu|journaliste|écrivain|auteur|économiste|historien|directeur|directrice|politikwissenschaftler|jurist|autor|journalist|professor|ökonom|historiker|advogad|pesquisador|jornalista|docente|ricercat|giornalista|scrittor)/iu;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).map((s) => s.trim()).filter(Boolean);

/** A wire story's closing credit: "(Reporting by Jane Roe in Beijing; Writing by John Doe; Editing by …)". */
const REPORTING_CREDIT = /^\(?\s*(?:reporting|reported|writing|written)\s+by\s+\p{Lu}/iu;

/** Writers named in the last paragraph when it is a note about who wrote the piece; [] otherwise. */
export function authorsFromClosingNote(blocks: readonly PageBlock[]): Author[] {
  const last = [...blocks].reverse().find((b) => b.kind === 'paragraph' && b.text.trim());
  if (!last || last.text.length > 500) return [];
  if (REPORTING_CREDIT.test(last.text.trim())) return authorsFromByline(last.text.trim()).filter((a) => 'family' in a);
  const opening = new RegExp(`^${NAME}\\s+${COPULA}\\s+(.+)$`, 'u');
  const authors: Author[] = [];
  for (const sentence of sentences(last.text)) {
    const m = opening.exec(sentence);
    if (!m || sentence.length > 250 || !OCCUPATION.test(m[2]!)) return [];
    const author = authorOf(m[1]!, 'person');
    if (!author || !('family' in author)) return [];
    authors.push(author);
  }
  return authors;
}
