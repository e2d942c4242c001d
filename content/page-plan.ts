/**
 * What a frame asks the background for before it scans: the matcher plan, the terms' labels, and the
 * document's highlight names; each checked, never planned here (the planner stays out of every page's script).
 */
import { isMatcherPlan, type MatcherPlan } from '../core/match/matcher-plan';
import { toBackground } from '../utils/messaging';

export interface PagePlan {
  /** null: none came, or not a plan (nothing is scanned). */
  plan: MatcherPlan | null;
  labels: Readonly<Record<string, string>>;
  /** The document's highlight names (background/highlight-names.ts), or null to keep the script's own. */
  names: { mention: string; focus: string } | null;
}

export async function requestPagePlan(): Promise<PagePlan> {
  const [{ plan, labels }, names] = await Promise.all([
    toBackground('getPlan', {}),
    toBackground('highlightNames', { origin: performance.timeOrigin }).catch(() => null),
  ]);
  const checked = isMatcherPlan(plan) ? plan : null;
  // Only a background of another version could send none.
  if (!checked) console.warn('Context Cards: the background sent no matcher plan; this page is not scanned.');
  return { plan: checked, labels: labels && typeof labels === 'object' ? labels : {}, names: names && typeof names === 'object' ? names : null };
}
