// What a page's titles say beyond the headline: a social title that is only the site's own ("Yahoo News -
// Latest News & Headlines"), a portal's breadcrumb ("Headline_Channel_Site"), a date in the <title>.
import { dayOf } from './day-of.ts';

/** A site's slogan, never an article's headline. */
const TAGLINE = /\b(?:latest|breaking|top)\s+news\b|\bheadlines\b|\bhome\s*page\b|\bofficial\s+(?:web)?site\b|^home$/i;

/**
 * Whether a title names the site rather than the article: every segment ("Yahoo News", "Latest News &
 * Headlines") is a tagline or a short name, and one is a tagline. A headline has a segment of its own.
 */
export function isGenericTitle(title: string): boolean {
  const parts = title.split(/\s+[|\-–—·•]\s+/).map((p) => p.trim()).filter(Boolean);
  const short = (p: string, n: number) => p.split(/\s+/).length <= n;
  return parts.some((p) => TAGLINE.test(p) && short(p, 6)) && parts.every((p) => (TAGLINE.test(p) && short(p, 6)) || short(p, 3));
}

/** Segments of a portal's breadcrumb title, headline first: "标题_教育频道_中国青年网" (two underscores or more). */
function breadcrumb(documentTitle: string | null): string[] | null {
  // An underscore between ASCII letters or digits joins words of an identifier ("snake_case"), it separates nothing.
  if (/[A-Za-z0-9]_[A-Za-z0-9]/.test(documentTitle ?? '')) return null;
  const parts = (documentTitle ?? '').split('_').map((p) => p.trim());
  return parts.length >= 3 && parts.every((p) => p.length > 0) ? parts : null;
}

/** The headline of a breadcrumb title, or the title as it is. */
export function breadcrumbHead(documentTitle: string | null): string | null {
  return breadcrumb(documentTitle)?.[0] ?? documentTitle;
}

/** The site at the end of a breadcrumb title, or null. */
export function breadcrumbSite(documentTitle: string | null): string | null {
  return breadcrumb(documentTitle)?.at(-1) ?? null;
}

/** A day written as a segment of the <title> ("Headline - 07.12.2017 - Site"): day first, as outside the US. */
export function dayInTitle(documentTitle: string | null): string | null {
  for (const part of (documentTitle ?? '').split(/\s+[|\-–—·•]\s+/)) {
    const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(part.trim());
    if (dmy) return dayOf(`${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`);
    const iso = /^(\d{4}-\d{2}-\d{2})$/.exec(part.trim());
    if (iso) return dayOf(iso[1]);
  }
  return null;
}
