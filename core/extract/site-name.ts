// The site's name as the publication writes it: og:site_name and its kin often carry a tagline, a URL or a
// short form ("NYTimes") while the <title> suffix shows the masthead name ("The New York Times").

const SEPARATOR = /\s+[|\-–—·•:]\s+|\s*[_|]\s*/;

/** A site name without a tagline (" - Latest News & Headlines"); null for a URL, which names no site. */
export function cleanSiteName(raw: string | null | undefined): string | null {
  const s = raw?.replace(/\s+/g, ' ').trim();
  if (!s || /^[a-z]+:\/\//i.test(s) || /^www\./i.test(s)) return null;
  const head = s.split(/\s+[|\-–—·•]\s+/)[0]?.trim() || s;
  // A name written as its domain ("TMZ.com") is the publication's name without it.
  return head.replace(/^([\p{L}\p{N}&' -]*\p{L}[\p{L}\p{N}&'-]*)\.(?:com|net|org|co\.uk|com\.au|com\.br|fr|de|es|it|cz|ru)$/iu, '$1');
}

/** Letters and digits only, lower case, no accents, no leading "the", no trailing ".com"/".fr"-like domain. */
function key(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.[a-z]{2,3}$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/**
 * Whether two writings name the same site: equal keys, one a prefix of the other ("BuzzFeed", "BuzzFeed News"),
 * or a contraction with the same first and last letters ("NYTimes", "The New York Times").
 */
export function sameSite(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3) return false;
  if (long.startsWith(short)) return true;
  return short.length >= 4 && short[0] === long[0] && short.at(-1) === long.at(-1) && isSubsequence(short, long);
}

/**
 * The site's name given its metadata name and its <title> suffix: the fuller writing of the same name wins
 * ("The New York Times" over "NYTimes", "Folha de S.Paulo" over a suffix "Folha"); the suffix when they tie.
 */
export function mastheadName(metaName: string, suffix: string | null): string {
  if (!suffix || !sameSite(metaName, suffix)) return metaName;
  return key(suffix).length >= key(metaName).length ? suffix : metaName;
}

/** The last segment of a document title ("Headline - The New York Times"), or null when it has one segment. */
export function titleSuffix(documentTitle: string | null): string | null {
  const parts = (documentTitle ?? '').split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 ? (parts.at(-1) ?? null) : null;
}

/** Removes trailing " | X" (or " (X)") segments of a title while X names the site or one of the authors. */
export function withoutSuffixes(title: string, names: ReadonlyArray<string>): string {
  let t = title.trim();
  for (let i = 0; i < 3; i += 1) {
    // A source in parentheses ends an aggregator's titles too: "Headline （CNET Japan）", "Headline (AFP)".
    const m = /^(.*\S)\s+[|\-–—·•:]\s+([^|\-–—·•]+)$/.exec(t) ?? /^(.*\S)\s*_\s*([^_]+)$/.exec(t) ?? /^(.*\S)\s*[（(]([^()（）]+)[)）]$/u.exec(t);
    if (!m?.[1] || !m[2]) break;
    const tail = m[2].trim();
    if (!names.some((n) => sameSite(n, tail))) break;
    t = m[1].trim();
  }
  return t || title;
}
