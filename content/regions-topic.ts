/**
 * The DOM side of core/match/region-topic.ts: whether a region of the page (a key of content/regions.ts)
 * speaks of detention, from the words of the pack the background sent with the plan. Weak terms show only
 * in such a region, and there the cards of place and people names show the source's camps content.
 */
import { matcherFromPlan } from '../core/match/matcher-from-plan';
import { isMatcherPlan } from '../core/match/matcher-plan';
import { normalizeForMatch } from '../core/match/normalize-for-match';
import { speaksOfDetention, TOPIC_TEXT_CAP } from '../core/match/region-topic';
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
  readonly aboutDetention = (region: unknown): boolean => {
    if (this.load) this.startLoad(this.load);
    if (this.words === undefined) return false;
    if (!this.words || typeof region !== 'object' || region === null || !('nodeType' in region)) return true;
    if (this.about.has(region)) return true;
    const checked = this.notAbout.get(region);
    if (checked !== undefined && this.now() - checked < RECHECK_MS) return false;
    const el = region as Element;
    const text = isHeading({ tag: el.localName, role: el.getAttribute('role') }) ? runText(el) : textOf(el, TOPIC_TEXT_CAP);
    if (speaksOfDetention(normalizeForMatch(text).text, this.words)) {
      this.about.add(region);
      this.notAbout.delete(region);
      return true;
    }
    this.notAbout.set(region, this.now());
    return false;
  };
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
