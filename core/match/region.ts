// Where the topic is: the region of a page a text belongs to, from a small description of its ancestors.
// A weak term shows only in a region that holds a visible strong mention (docs/relevance.md gives the
// rule, the page structures it was designed from, and the reasons).

/** What an element holds, measured only when the rule needs it (the DOM side caches it). */
export interface Measure {
  /** Characters of text; a measure may stop counting at textCap(headings) (the rule's answers stay the same). */
  readonly text: number;
  /** Characters of text inside links. */
  readonly links: number;
  /** Headings inside (h1-h6, role=heading), the element itself included. */
  readonly headings: number;
  /** Child elements that are blocks (not inline). */
  readonly blocks: number;
}

/** One ancestor of a text, innermost first: the block that holds the text, up to the document's body. */
export interface Ancestor {
  /** Lower-case tag name. */
  readonly tag: string;
  readonly role: string | null;
  /** The itemtype of an element with itemscope (schema.org), else null. */
  readonly itemType: string | null;
  /** Whether the element is a link (<a href>): a link around blocks is a card of its own. */
  readonly link?: boolean;
  measure(): Measure;
}

/** The region: the ancestor at `at`; with `run`, the run of blocks under the heading that comes last at or
 * before the text inside that ancestor (a flat list of teasers: heading, summary, heading, summary). */
export interface RegionPick {
  readonly at: number;
  readonly run: boolean;
}

const HEADING_TAG = /^h[1-6]$/;
/** Self-contained items: a post, a teaser, a comment, a search result, and the parts of a page that are
 * not its content (navigation, sidebars, footers, dialogs), and the page's main content. */
const CLOSED_TAG = /^(?:article|aside|nav|footer|dialog|main)$/;
const CLOSED_ROLE = /^(?:article|comment|complementary|navigation|dialog|alertdialog|main|banner|contentinfo|search)$/;
/** schema.org types of an item that is one composition (Article, NewsArticle, BlogPosting, SocialMediaPosting…). */
const ITEM_TYPE = /(?:Article|Posting|Comment|Review|Question|Answer)\b/;
/** Elements that are one of several alike; a separate item only when they look like a teaser, not a bullet. */
const LIST_ITEM = /^(?:li|tr|dt|dd|listitem|row|option|treeitem)$/;

/** A container whose headings each head this little text (or a little text mostly links) lists teasers. */
export const TEASER_CHARS = 200;
export const LINKED_TEASER_CHARS = 500;

/** Past this much text the rule's answer cannot change: a page's body of megabytes need not be read whole. */
export function textCap(headings: number): number {
  return Math.max(LINKED_TEASER_CHARS * headings, 20_000);
}

export function isHeading(a: Pick<Ancestor, 'tag' | 'role'>): boolean {
  return HEADING_TAG.test(a.tag) || a.role === 'heading';
}

/** One composition by its microdata type (an article, a post, a comment). */
const isItemType = (a: Ancestor) => a.itemType !== null && ITEM_TYPE.test(a.itemType);

/** A self-contained item by its tag, role or microdata type. */
export function isClosed(a: Ancestor): boolean {
  return CLOSED_TAG.test(a.tag) || CLOSED_ROLE.test(a.role ?? '') || isItemType(a);
}

/** An article, a post, a comment: one composition, by tag, role or microdata type. */
function isComposition(a: Ancestor): boolean {
  return a.tag === 'article' || a.role === 'article' || a.role === 'comment' || isItemType(a);
}

function isListItem(a: Ancestor): boolean {
  return LIST_ITEM.test(a.tag) || LIST_ITEM.test(a.role ?? '');
}

/** A list item that is an item of its own (a teaser, a link, a search result), not a bullet of prose:
 * a heading, two blocks or more, or half its text in links. */
export function isTeaserItem(m: Measure): boolean {
  return m.headings > 0 || m.blocks >= 2 || (m.text > 0 && m.links * 2 >= m.text);
}

/** A container of several things: two headings or more, each over little text (or little, a fifth of it
 * in links). */
export function isTeaserList(m: Measure): boolean {
  if (m.headings < 2) return false;
  const perHeading = m.text / m.headings;
  return perHeading < TEASER_CHARS || (perHeading < LINKED_TEASER_CHARS && m.links * 5 >= m.text);
}

/** What one ancestor does with the region coming up from below: it is the region ('self'); its parent
 * is, as the run of blocks under the heading at or before it ('run'); or the region grows past it ('up'). */
export type RegionStep = 'self' | 'run' | 'up';

/** The rule at one ancestor `a` (with `parent`, null at the top of the document). */
export function regionStep(a: Ancestor, parent: Ancestor | null): RegionStep {
  if (parent === null || isClosed(a) || a.link || (isListItem(a) && isTeaserItem(a.measure()))) return 'self';
  // A composition (an article, a post) is one thing, however short its sections: its related links and
  // asides are items of their own above.
  if (isComposition(parent) || !isTeaserList(parent.measure())) return 'up';
  // A card (it holds its own heading) is the region; a heading or a block under one is part of a run.
  return !isHeading(a) && a.measure().headings > 0 ? 'self' : 'run';
}

/**
 * The region of a text whose ancestors are `chain`, innermost (its block) first. Going up, the region
 * grows until it meets a self-contained item (article, post, teaser, sidebar, the page's main content, a
 * link around blocks), or would join a container of several things (then the region is the card it came
 * from, or the run of blocks under its heading); else it is the whole document (the last ancestor).
 */
export function pickRegion(chain: readonly Ancestor[]): RegionPick {
  for (let i = 0; i < chain.length; i++) {
    const step = regionStep(chain[i]!, chain[i + 1] ?? null);
    if (step === 'self') return { at: i, run: false };
    if (step === 'run') return { at: i + 1, run: true };
  }
  return { at: 0, run: false };
}
