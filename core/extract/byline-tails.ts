// What a byline prints around a name that is not the name: "Tom Phillips in Beijing", "Jane Doe for The
// Guardian", "Jane Doe Staff Writer", "@janedoe", "Follow", "- Bloomberg"; and credits that are not for the
// text at all ("John Roe (photography)").

/** Job titles and widget words a byline sets after a name without a comma. */
const TRAILING =
  /(?:\s+(?:senior|chief|staff|contributing|special|deputy|associate|assistant|managing|executive|political|foreign|science|business|news|sports|tech|technology|health|legal|investigative|national|international|economics|culture|arts|global|breaking))*\s+(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|analyst|critic|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédacteur|rédactrice|correspondant|correspondante|periodista|redactor|redactora|corresponsal|repórter|jornalista|colunista)s?$/iu;
const WIDGETS = /\s+(?:follow|twitter|facebook|email|e-mail|linkedin|instagram|bio|profile|more|subscribe)$/iu;
/** Credits for pictures, not for the text. */
const NOT_TEXT = /\((?:photo(?:graphy|graphs|s)?|pictures|images?|illustrations?|graphics|video|fotos?|fotografie|photographie|ilustraci[oó]n|ilustrações)\)\s*$/iu;

/** The name a byline part holds, without a place, an outlet, a handle or a job title after it; null for a picture credit. */
export function nameInBylinePart(part: string): string | null {
  let s = part.replace(/\s+/g, ' ').trim();
  if (NOT_TEXT.test(s)) return null;
  s = s.replace(/\s*@[\w.]+/gu, '');
  // "in Beijing" (a correspondent's place), "for The Guardian" (the outlet): after a name of two or more words.
  s = s.replace(/^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*)\s+(?:in|en|à|em|aus|from|for|pour|para|für)\s+\p{Lu}.*$/u, '$1');
  s = s.replace(/\s+[-–—]\s+.*$/u, '');
  for (let previous = ''; previous !== s; ) {
    previous = s;
    const cut = s.replace(WIDGETS, '').replace(TRAILING, '').trim();
    // A name keeps two words at least: "Mary Editor" is a name, not Mary with a job.
    if (cut.split(' ').length >= 2) s = cut;
  }
  return s;
}
