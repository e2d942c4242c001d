// JSON-LD blocks (schema.org) into the one node that describes the article, tolerant of the ways pages
// write it: arrays, @graph, several blocks, broken JSON (skipped), types as arrays.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type LdNode = { [k: string]: Json };

const ARTICLE_TYPES = [
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle',
  'Article', 'BlogPosting', 'LiveBlogPosting', 'ScholarlyArticle', 'TechArticle', 'Report', 'SocialMediaPosting', 'DiscussionForumPosting',
];

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function nodesIn(value: Json, out: LdNode[], depth = 0): void {
  if (depth > 6 || out.length > 500 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) nodesIn(v, out, depth + 1);
    return;
  }
  out.push(value);
  const graph = value['@graph'];
  if (graph) nodesIn(graph, out, depth + 1);
  const main = value['mainEntity'] ?? value['mainEntityOfPage'];
  if (main && typeof main === 'object' && !Array.isArray(main) && main['@type']) nodesIn(main, out, depth + 1);
}

/** Every node of every block that parses. */
export function jsonLdNodes(blocks: readonly string[]): LdNode[] {
  const out: LdNode[] = [];
  for (const block of blocks) {
    try {
      // Some pages wrap the JSON in an HTML comment or CDATA; take what is between the outer braces.
      const unwrapped = block.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '').replace(/^\s*\/\/\s*<!\[CDATA\[/, '');
      const text = unwrapped.replace(/^[^[{]*/, '').replace(/[^\]}]*$/, '');
      nodesIn(JSON.parse(text) as Json, out);
    } catch {
      // Broken JSON-LD is common; the other layers still apply.
    }
  }
  return out;
}

/** The node that describes the article: the first of an article type, by the order of ARTICLE_TYPES. */
export function articleNode(nodes: readonly LdNode[]): { node: LdNode; type: string } | null {
  for (const type of ARTICLE_TYPES) {
    const node = nodes.find((n) => typesOf(n).includes(type));
    if (node) return { node, type };
  }
  return null;
}

/** A string field, or the name of an object field (publisher.name), or the first of an array. */
export function ldString(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') return ldString(value['name'] ?? value['@value'] ?? value['@id']);
  return null;
}

/** The authors of a node, each with its kind when the node says. */
export function ldAuthors(value: Json | undefined, nodes: readonly LdNode[]): Array<{ name: string; kind?: 'person' | 'organisation'; given?: string; family?: string }> {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: Array<{ name: string; kind?: 'person' | 'organisation'; given?: string; family?: string }> = [];
  for (let item of list.slice(0, 50)) {
    if (typeof item === 'string') {
      out.push({ name: item });
      continue;
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    // A reference by @id to a node elsewhere in the graph.
    const ref = item['@id'];
    if (!item['name'] && typeof ref === 'string') item = nodes.find((n) => n['@id'] === ref && n !== item) ?? item;
    if (Array.isArray(item)) continue;
    const name = ldString(item['name'] ?? null);
    const types = typesOf(item as LdNode);
    const kind = types.includes('Person') ? 'person' : types.some((t) => /Organization|Organisation|NewsMediaOrganization|Corporation/.test(t)) ? 'organisation' : undefined;
    const given = ldString(item['givenName'] ?? null) ?? undefined;
    const family = ldString(item['familyName'] ?? null) ?? undefined;
    if (name || (given && family)) out.push({ name: name ?? `${given} ${family}`, ...(kind ? { kind } : {}), ...(given && family ? { given, family } : {}) });
  }
  return out;
}
