// What a byline prints around a name that is not the name: "Tom Phillips in Beijing", "Jane Doe for The
// Guardian", "Jane Doe Staff Writer", "@janedoe", "Follow", "- Bloomberg"; and credits that are not for the
// text at all ("John Roe (photography)").

/** Job titles and widget words a byline sets after a name without a comma. */
const MODIFIERS = 'senior|chief|staff|contributing|special|deputy|associate|assistant|managing|executive|political|foreign|science|business|news|sports|tech|technology|health|legal|investigative|national|international|economics|culture|arts|global|breaking|diplomatic|security|education|environment|climate|data|investigations';
const ROLES = 'writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|analyst|critic|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédacteur|rédactrice|correspondant|correspondante|periodista|redactor|redactora|corresponsal|repórter|jornalista|colunista';
const TRAILING = new RegExp(`(?:\\s+(?:${MODIFIERS}))*\\s+(?:${ROLES})s?$`, 'iu');
/** A part that is only a job title ("Political Reporter"): the role a byline sets after the name and a comma. */
const ONLY_ROLE = new RegExp(`^(?:(?:${MODIFIERS})\\s+)*(?:${ROLES})s?$`, 'iu');
const WIDGETS = /\s+(?:follow|twitter|facebook|email|e-mail|linkedin|instagram|bio|profile|more|subscribe)$/iu;
/** Credits for pictures, not for the text. */
const NOT_TEXT = /\((?:photo(?:graphy|graphs|s)?|pictures|images?|illustrations?|graphics|video|fotos?|fotografie|photographie|ilustraci[oó]n|ilustrações)\)\s*$/iu;

/** A Korean, Japanese or Chinese reporter's title after the name ("홍길동 기자", "山田太郎記者", "张三 特派记者"). */
const CJK_ROLE = /\s*(?:기자|특파원|선임기자|記者|记者|特派員|特派员|特约记者|編集委員|論説委員)$/u;
/** Whether a byline ends in a CJK reporter's title, which credits the name as surely as "By" does. */
export const hasReporterTitle = (byline: string): boolean => CJK_ROLE.test(byline.trim());
/** What a byline says after the name about where the reporting was done ("Jane Roe reported from Kyiv"). */
const REPORTED_FROM = /\s+(?:reported|reports|reporting|writes|wrote)\s+(?:from|in)\s+.*$/iu;

/** The name a byline part holds, without a place, an outlet, a handle or a job title after it; null for a picture credit. */
export function nameInBylinePart(part: string): string | null {
  let s = part.replace(/\s+/g, ' ').trim();
  if (NOT_TEXT.test(s) || ONLY_ROLE.test(s)) return null;
  s = s.replace(CJK_ROLE, '').replace(REPORTED_FROM, '');
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
