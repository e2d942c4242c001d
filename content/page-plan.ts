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

/** A plan and labels as the background sends them (`getPlan`'s answer, `packsChanged`'s push), checked. */
export function readPlan(answer: unknown): Pick<PagePlan, 'plan' | 'labels'> {
  const { plan, labels } = (answer ?? {}) as { plan?: unknown; labels?: unknown };
  const checked = isMatcherPlan(plan) ? plan : null;
  // Only a background of another version could send none.
  if (!checked) console.warn('Context Cards: no matcher plan came; the page is not scanned.');
  return { plan: checked, labels: labels && typeof labels === 'object' ? (labels as Record<string, string>) : {} };
}

export async function requestPagePlan(): Promise<PagePlan> {
  const [answer, names] = await Promise.all([
    toBackground('getPlan', {}),
    toBackground('highlightNames', { origin: performance.timeOrigin }).catch(() => null),
  ]);
  return { ...readPlan(answer), names: names && typeof names === 'object' ? names : null };
}
