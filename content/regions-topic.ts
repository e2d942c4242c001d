/**
 * The DOM side of core/match/region-topic.ts: whether a region of the page (a key of content/regions.ts)
 * speaks of detention, or of another sense of a name, from the words of the pack the background sent with
 * the plan. Weak terms show only in a region about detention, and there the cards of place and people names
 * show the source's camps content; in a region about another sense, and not detention, nothing shows.
 */
import { matcherFromPlan } from '../core/match/matcher-from-plan';
import { isMatcherPlan } from '../core/match/matcher-plan';
import { normalizeForMatch } from '../core/match/normalize-for-match';
import { regionSense, TOPIC_TEXT_CAP } from '../core/match/region-topic';
import type { Matcher } from '../core/match/types';
import { isHeading } from '../core/match/region';

/** A region found not to speak of detention is read again after this long (a feed may add to it). */
const RECHECK_MS = 1000;
/** A run of blocks under a heading (content/regions.ts) ends at the next heading; teaser runs are short. */
const RUN_CAP = 4000;
const SKIP = /^(?:script|style|noscript|template|textarea)$/;

export class RegionTopics {
  /** The words' matcher; null when there is no plan (every region is about detention, as before issue 22);
   * undefined until the plan has come. */
  private words: Matcher | null | undefined;
  private load: (() => Promise<unknown>) | null = null;
  /** Regions that speak of detention: for good, as relevance is. */
  private readonly about = new WeakSet<object>();
  /** Regions that were last found about another sense of a name (and not detention). */
  private readonly other = new WeakSet<object>();
  /** Whether a region was about another sense when otherSense first judged it. */
  private readonly otherKnown = new WeakMap<object, boolean>();
  /** When a region was last found not to (performance.now()). */
  private readonly notAbout = new WeakMap<object, number>();

  /**
   * `plan` is the detention words' plan, or a function that asks the background for it: then it is asked
   * the first time a region is judged (a page without a strong mention never needs it), regions count as
   * not about detention meanwhile, and `onReady` is called when it has come (or failed: then every region is).
   */
  constructor(
    plan: unknown,
    private readonly onReady: () => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (typeof plan === 'function') this.load = plan as () => Promise<unknown>;
    else this.words = isMatcherPlan(plan) ? matcherFromPlan(plan) : null;
  }

  /** Asks for the words now (a page that has a strong mention), so the first card need not wait. */
  prefetch(): void {
    if (this.load) this.startLoad(this.load);
  }

  private startLoad(load: () => Promise<unknown>): void {
    this.load = null;
    const done = (plan: unknown) => {
      this.words = isMatcherPlan(plan) ? matcherFromPlan(plan) : null;
      this.onReady();
    };
    load().then(done, () => done(null));
  }

  /** Whether a region (an element, or the heading a run of blocks sits under) speaks of detention. */
  readonly aboutDetention = (region: unknown): boolean => this.judge(region) === 'detention';

  /** Whether a region is about another sense of a name (the Uyghur Khaganate) and not about detention.
   * Asked of every region with a strong mention, so its text is read once: a region that gains such a
   * phrase later keeps its names lit (a region that gains detention words is still seen: aboutDetention). */
  readonly otherSense = (region: unknown): boolean => {
    const known = typeof region === 'object' && region !== null ? this.otherKnown.get(region) : undefined;
    if (known !== undefined) return known && !this.about.has(region as object);
    const sense = this.judge(region);
    if (this.words !== undefined && typeof region === 'object' && region !== null) this.otherKnown.set(region, sense === 'other');
    return sense === 'other';
  };

  private judge(region: unknown): 'detention' | 'other' | 'place' {
    if (this.load) this.startLoad(this.load);
    if (this.words === undefined) return 'place';
    if (!this.words || typeof region !== 'object' || region === null || !('nodeType' in region)) return 'detention';
    if (this.about.has(region)) return 'detention';
    const checked = this.notAbout.get(region);
    if (checked !== undefined && this.now() - checked < RECHECK_MS) return this.other.has(region) ? 'other' : 'place';
    const el = region as Element;
    const text = isHeading({ tag: el.localName, role: el.getAttribute('role') }) ? runText(el) : textOf(el, TOPIC_TEXT_CAP);
    const sense = regionSense(normalizeForMatch(text).text, this.words);
    if (sense === 'detention') {
      this.about.add(region);
      this.notAbout.delete(region);
      this.other.delete(region);
      return sense;
    }
    if (sense === 'other') this.other.add(region);
    else this.other.delete(region);
    this.notAbout.set(region, this.now());
    return sense;
  }
}

/** The text of an element, open shadow roots included (their text belongs to the region around their
 * host, content/regions.ts), without scripts and styles, up to `cap` characters. */
function textOf(el: Element, cap: number): string {
  const parts: string[] = [];
  let n = 0;
  const collect = (root: Node) => {
    const walker = el.ownerDocument.createTreeWalker(root, 1 | 4 /* elements and texts */);
    for (let node = walker.nextNode(); node && n < cap; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) collect(shadow);
        continue;
      }
      if (SKIP.test(node.parentElement?.localName ?? '')) continue;
      parts.push((node as Text).data);
      n += (node as Text).data.length;
    }
  };
  collect(el);
  return parts.join(' ');
}

/** The text of the run of blocks a heading starts: up to the next heading, or RUN_CAP characters. */
function runText(heading: Element): string {
  const doc = heading.ownerDocument;
  const parts: string[] = [];
  let n = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 | 4 /* elements and texts */);
  walker.currentNode = heading;
  for (let node = walker.nextNode(); node && n < RUN_CAP; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!heading.contains(el) && isHeading({ tag: el.localName, role: el.getAttribute('role') })) break;
      continue;
    }
    if (SKIP.test(node.parentElement?.localName ?? '')) continue;
    parts.push((node as Text).data);
    n += (node as Text).data.length;
  }
  return parts.join(' ');
}
