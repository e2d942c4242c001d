// Metadata for citing, read in the order publishers intend it for machines (JSON-LD, citation_* and Dublin
// Core meta, Open Graph, <time datetime>, rel=canonical), then what readers see (byline, dateline).
import { authorsFromLabelledLine } from './author-line.ts';
import { authorsFromClosingNote } from './author-note.ts';
import { authorOf, authorsFromByline, authorsFromName, dedupe } from './authors.ts';
import { creditFromProfileUrl, isAnonymousCredit, isPublisher } from './credits.ts';
import { editorsIn, isShown, sourceBeforeDateline, sourceCredits, withoutEditors } from './source-credit.ts';
import { dayInUrl, dayOf, publishedDayInDateline } from './day-of.ts';
import { articleNode, jsonLdNodes, ldAuthors, ldString } from './json-ld.ts';
import { normalizeLanguage } from './language.ts';
import { cleanSiteName, mastheadName, titleSuffix, withoutSuffixes } from './site-name.ts';
import { visibleHeadline } from './visible-headline.ts';
import { breadcrumbHead, breadcrumbSite, dayInTitle, isGenericTitle } from './title-rules.ts';
import type { Author, CslType, ExtractedMetadata, MetaOrigin, PageData, Sourced } from './types.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The first present value among candidates, with where it came from. */
function first<T>(candidates: Array<[T | null | undefined, MetaOrigin]>): Sourced<T> | null {
  for (const [value, from] of candidates) if (value !== null && value !== undefined && value !== '') return { value, from };
  return null;
}

function originOfKey(key: string): MetaOrigin {
  if (key.startsWith('citation_')) return 'citation-meta';
  if (key.startsWith('dc.') || key.startsWith('dcterms.')) return 'dublin-core';
  if (key.startsWith('og:')) return 'open-graph';
  if (key.startsWith('article:')) return 'article-meta';
  return 'meta';
}

/** An absolute http(s) URL, resolved against the page's, or null. */
export function webUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

/** Removes " | Site" or " - Site" from a title when Site is the site's name. */
function withoutSiteSuffix(title: string, site: string | null): string {
  if (!site) return title;
  const esc = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cut = title.replace(new RegExp(`\\s*[|\\-–—:·•]\\s*${esc}\\s*$`, 'i'), '').replace(new RegExp(`^${esc}\\s*[|\\-–—:·•]\\s*`, 'i'), '');
  return cut.trim() ? cut.trim() : title;
}

export function readMetadata(page: PageData, lead: string | null): ExtractedMetadata {
  const metaValues = (...keys: string[]): Array<[string, MetaOrigin]> =>
    keys.flatMap((k) => page.meta.filter((m) => m.key === k).map((m): [string, MetaOrigin] => [squash(m.value), originOfKey(k)]));
  const nodes = jsonLdNodes(page.jsonLd);
  const found = articleNode(nodes);
  const ld = found?.node;
  const ldText = (k: string) => (ld ? ldString(ld[k] ?? null) : null);
  const ldPublisher = ld ? ldString(ld['publisher'] ?? null) : null;

  const siteName = first<string>(
    [
      ...metaValues('og:site_name'),
      [ldPublisher, 'json-ld'],
      ...metaValues('citation_journal_title', 'citation_publisher', 'dc.publisher', 'application-name', 'al:android:app_name'),
      [page.article?.siteName ?? null, 'readability'],
      [breadcrumbSite(page.documentTitle), 'document-title'],
    ].map(([v, o]): [string | null, MetaOrigin] => [cleanSiteName(v as string | null), o as MetaOrigin]),
  );
  // The <title> suffix is the masthead as readers see it; the fuller writing of the same name wins.
  if (siteName) siteName.value = mastheadName(siteName.value, cleanSiteName(titleSuffix(page.documentTitle)));
  const site = siteName?.value ?? null;

  const titles = [
    [ldText('headline') ?? ldText('name'), 'json-ld'],
    ...metaValues('citation_title', 'og:title', 'dc.title', 'twitter:title', 'title'),
    [page.article?.title ?? null, 'readability'],
    [page.documentTitle, 'document-title'],
  ].map(([v, o]): [string | null, MetaOrigin] => [v && !isGenericTitle(v as string) ? breadcrumbHead(v as string) : null, o as MetaOrigin]);
  let title = first<string>(titles);
  const authors = readAuthors(page, ld ? ldAuthors(ld['author'] ?? ld['creator'] ?? null, nodes) : [], site, [site, ldPublisher]);
  const authorNames = authors.value.map((a) => ('literal' in a ? a.literal : `${a.given} ${a.family}`));
  const cleanTitle = (t: string) => withoutSuffixes(withoutSiteSuffix(squash(t), site), [...(site ? [site] : []), ...authorNames]);
  if (title) {
    title.value = cleanTitle(title.value);
    const shown = visibleHeadline(title.value, titles.flatMap(([t]) => (t ? [cleanTitle(t)] : [])), page.headings ?? []);
    if (shown) title = { value: shown, from: 'heading' };
  }

  const canonicalLink = page.links.find((l) => l.rel.split(/\s+/).includes('canonical'));
  const canonicalUrl = first<string>([
    [webUrl(canonicalLink?.href, page.url), 'link'],
    [webUrl(metaValues('og:url')[0]?.[0], page.url), 'open-graph'],
    [webUrl(ldText('url'), page.url), 'json-ld'],
    [webUrl(page.url, null), 'caller'],
  ]);

  const ogLocale = metaValues('og:locale')[0]?.[0]?.replace('_', '-') ?? null;
  const language = first<string>([
    [normalizeLanguage(ldText('inLanguage')), 'json-ld'],
    [normalizeLanguage(page.htmlLang), 'html-lang'],
    [normalizeLanguage(metaValues('content-language', 'dc.language', 'citation_language', 'language')[0]?.[0]), 'meta'],
    [normalizeLanguage(ogLocale), 'open-graph'],
    [normalizeLanguage(page.article?.lang), 'readability'],
  ]);

  const timeOf = (pred: (t: PageData['times'][number]) => boolean) => dayOf(page.times.find((t) => pred(t) && t.datetime)?.datetime);
  const published = first<string>([
    [dayOf(ldText('datePublished')), 'json-ld'],
    ...metaValues('citation_publication_date', 'citation_date', 'citation_online_date').map(([v, o]): [string | null, MetaOrigin] => [dayOf(v), o]),
    ...metaValues('article:published_time', 'og:published_time', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'pubdate', 'publishdate', 'publish-date', 'date', 'parsely-pub-date', 'sailthru.date', 'datepublished', 'article.published', 'publication_date', 'dc.date.created', 'article:published', 'article:publicationdate', 'publicationdate', 'pdate', 'displaydate')
      .map(([v, o]): [string | null, MetaOrigin] => [dayOf(v), o]),
    // dateCreated is often when the CMS record was made, so any explicit publication date comes first.
    [dayOf(ldText('dateCreated')), 'json-ld'],
    [timeOf((t) => t.itemprop === 'datePublished' || t.pubdate), 'time-element'],
    [dayOf(page.article?.publishedTime), 'readability'],
    [dayInUrl(canonicalUrl?.value ?? page.url), 'url'],
    [timeOf(() => true), 'time-element'],
    ...page.datelines.map((d): [string | null, MetaOrigin] => [publishedDayInDateline(d), 'dateline']),
    [dayInTitle(page.documentTitle), 'document-title'],
  ]);
  const updatedRaw = first<string>([
    [dayOf(ldText('dateModified')), 'json-ld'],
    ...metaValues('article:modified_time', 'article:modified', 'og:updated_time', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'datemodified')
      .map(([v, o]): [string | null, MetaOrigin] => [dayOf(v), o]),
    [timeOf((t) => t.itemprop === 'dateModified'), 'time-element'],
  ]);
  // An update on the day of publication is not a later version a citation needs to name.
  const updated = updatedRaw && (!published || updatedRaw.value > published.value) ? updatedRaw : null;

  const description = first<string>([
    [ldText('description'), 'json-ld'],
    ...metaValues('og:description', 'description', 'dc.description', 'twitter:description', 'citation_abstract'),
  ]);

  return {
    title,
    authors,
    published,
    updated,
    siteName,
    canonicalUrl,
    language,
    type: cslType(found?.type ?? null, metaValues('og:type')[0]?.[0] ?? null, canonicalUrl?.value ?? page.url, site, !!published),
    description: description ?? (lead ? { value: lead, from: 'readability' } : null),
    dateline: null,
  };
}

/** Layers written for machines, which a page may fill with a name it never shows (a CMS user). */
const MACHINE_LAYERS = new Set<MetaOrigin>(['json-ld', 'citation-meta', 'dublin-core', 'meta', 'readability']);

function readAuthors(page: PageData, fromLd: ReturnType<typeof ldAuthors>, site: string | null, publishers: Array<string | null>): Sourced<Author[]> {
  const visibleText = page.visibleText ?? '';
  // A name the page shows as its editor ("责任编辑：…", "Editing by …") is not an author, whatever the meta says.
  const editors = editorsIn(visibleText);
  const layer = (from: MetaOrigin, list: Array<Author | null>): Sourced<Author[]> | null => {
    // A publication is not its own author ("BBC News" as the author of a BBC News page): citations then start with the title.
    const authors = withoutEditors(dedupe(list.filter((a): a is Author => a !== null && !isPublisher(a, publishers))), editors);
    return authors.length ? { value: authors, from } : null;
  };
  const metas = (...keys: string[]) => page.meta.filter((m) => keys.includes(m.key)).map((m) => m.value);
  const profile = creditFromProfileUrl(metas('article:author', 'author'), page.bylines);
  // A credit that names nobody ("Our Foreign Staff") is the article's byline: later bylines belong to teasers.
  const anonymous = isAnonymousCredit([...metas('author', 'dcsext.author', 'byl'), ...page.bylines.slice(0, 1)]);
  const chosen =
    layer('json-ld', fromLd.flatMap((a) => (a.given && a.family && a.kind !== 'organisation' ? [{ given: a.given, family: a.family }] : authorsFromName(a.name, a.kind)))) ??
    layer('citation-meta', metas('citation_author').map((n) => authorOf(n))) ??
    layer('dublin-core', metas('dc.creator', 'dcterms.creator').map((n) => authorOf(n))) ??
    layer('meta', metas('author', 'article:author', 'parsely-author', 'sailthru.author', 'byl').flatMap((n) => (/^https?:/i.test(n) ? [] : authorsFromByline(n)))) ??
    layer('byline', profile) ??
    (anonymous || page.article?.bylineNearArticle === false ? null : layer('readability', page.article?.byline ? authorsFromByline(page.article.byline, true) : [])) ??
    (anonymous ? null : layer('byline', page.bylines.slice(0, page.bylinesNearArticle).flatMap((b) => authorsFromByline(b, true)))) ??
    (anonymous ? null : layer('byline', authorsFromLabelledLine(page.article?.blocks ?? []))) ??
    (anonymous ? null : layer('byline', authorsFromClosingNote(page.article?.blocks ?? [])));
  // A visible source credit ("来源：…", an agency's name at the text's end) is the author when no layer names
  // one. Names only machines read (a CMS user) that the page shows nowhere give way to the credit, else to
  // the people the page's first byline names.
  const credits = sourceCredits(page.credits ?? [], site);
  const beforeDateline = credits.length === 0 ? sourceBeforeDateline(visibleText, page.datelines) : null;
  const credited = anonymous ? [] : beforeDateline ? sourceCredits([beforeDateline], site) : credits;
  if (!chosen && credited.length > 0) return { value: credited, from: 'byline' };
  const hidden = chosen && MACHINE_LAYERS.has(chosen.from) && visibleText.length > 0 && visibleText.length < 1_000_000 && !chosen.value.some((a) => isShown(a, visibleText));
  if (hidden) {
    if (credited.length > 0) return { value: credited, from: 'byline' };
    const shown = layer('byline', page.bylines.slice(0, 1).flatMap((b) => authorsFromByline(b, true)).filter((a) => 'family' in a));
    if (shown) return shown;
  }
  return chosen ?? { value: [], from: 'byline' };
}

function cslType(ldType: string | null, ogType: string | null, url: string | null, site: string | null, dated: boolean): CslType {
  if (ldType && /BlogPosting|SocialMediaPosting/.test(ldType)) return 'post-weblog';
  if (/(^|\.|\/)blog|blogspot\.|wordpress\.com|medium\.com|substack\.com/i.test(url ?? '') || /\bblog\b/i.test(site ?? '')) return 'post-weblog';
  if (ldType && /NewsArticle$/.test(ldType)) return 'article-newspaper';
  if (/magazine/i.test(site ?? '')) return 'article-magazine';
  if ((ldType && /Article|Report/.test(ldType)) || (ogType === 'article' && dated)) return 'article-newspaper';
  return 'webpage';
}
