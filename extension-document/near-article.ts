// Which byline and dateline elements are the article's own: pages repeat them in menus, teasers and sidebars,
// often before the article's, so elements are ranked by how near they sit to the article's body, wherever
// they are in document order.

/** Paragraphs shorter than this say too little to be found again in the page ("Advertisement"). */
const MIN_PARAGRAPH = 40;
const MAX_PARAGRAPHS = 3000;
/** The body is the smallest element holding this share of the article's paragraphs found in the page. */
const BODY_SHARE = 0.8;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The page's element that holds the article's body: the smallest one holding most of the paragraphs the
 * reader (Readability) took, found again among the page's `<p>`s by their text. Null when none is found.
 */
export function articleBodyIn(doc: Document, paragraphs: readonly string[]): Element | null {
  const wanted = new Set(paragraphs.map(squash).filter((t) => t.length >= MIN_PARAGRAPH));
  if (wanted.size === 0 || !doc.body) return null;
  const found = Array.from(doc.body.querySelectorAll('p'))
    .slice(0, MAX_PARAGRAPHS)
    .filter((p) => wanted.has(squash(p.textContent ?? '')));
  if (found.length === 0) return null;
  const held = new Map<Element, number>();
  for (const p of found) for (let a: Element | null = p; a; a = a.parentElement) held.set(a, (held.get(a) ?? 0) + 1);
  // Elements holding more than half the paragraphs form one chain of ancestors: the deepest is the body.
  const need = Math.max(1, Math.ceil(found.length * BODY_SHARE));
  let body: Element | null = null;
  for (const [el, count] of held) if (count >= need && (body === null || body.contains(el))) body = el;
  return body;
}

/** Steps up from `el` to the first element that holds the body: 0 inside the body. */
export function distanceToBody(body: Element, el: Element): number {
  if (body.contains(el)) return 0;
  let steps = 0;
  for (let a: Element | null = el; a && !a.contains(body); a = a.parentElement) steps += 1;
  return steps;
}

/**
 * `elements` nearest the body first (document order among equals), and how many lead at the nearest
 * distance. Without a body, document order and all of them.
 */
export function nearestFirst(elements: readonly Element[], body: Element | null): { ranked: Element[]; near: number } {
  if (!body) return { ranked: [...elements], near: elements.length };
  const scored = elements.map((el, order) => ({ el, order, distance: distanceToBody(body, el) }));
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const nearest = scored[0]?.distance ?? 0;
  return { ranked: scored.map((s) => s.el), near: scored.filter((s) => s.distance === nearest).length };
}

/** What Readability takes for a byline while it walks the page (its own test, in a selector). */
const READABILITY_BYLINE = [
  '[rel="author"]', '[itemprop*="author"]',
  ...['byline', 'author', 'dateline', 'writtenby'].flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]),
].join(',');

/**
 * Whether Readability's byline came from an element at least as near the body as the nearest byline element.
 * False when it is a teaser's or a menu's; null when that cannot be told (no body, or the element not found:
 * the byline then came from metadata).
 */
export function readabilityBylineNear(doc: Document, byline: string, body: Element | null, nearest: Element | null): boolean | null {
  if (!body || !nearest || !doc.body) return null;
  const text = squash(byline);
  if (!text) return null;
  // The same name nearer the body ("By Jane Roe, staff writer"): Readability found the article's byline elsewhere too.
  if (squash(nearest.textContent ?? '').includes(text)) return true;
  // Readability takes the first such element in document order; its text is the element's or a named child's.
  const source = Array.from(doc.body.querySelectorAll(READABILITY_BYLINE)).find((el) => {
    const own = squash(el.textContent ?? '');
    return own.length < 100 && own.includes(text);
  });
  if (!source) return null;
  return distanceToBody(body, source) <= distanceToBody(body, nearest);
}
