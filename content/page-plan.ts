/**
 * What a frame asks the background for before it scans: the matcher plan, the terms' labels, and the
 * document's highlight names; each checked, never planned here (the planner stays out of every page's script).
 */
import { isMatcherPlan, type MatcherPlan } from '../core/match/matcher-plan';
import { toBackground } from '../utils/messaging';

/** The plan and the terms' labels a frame scans with: the first asked for, later ones pushed (`packsChanged`). */
export class PlannedTerms {
  /** null: none came, or not a plan (nothing is scanned). */
  plan: MatcherPlan | null = null;
  private labels: Readonly<Record<string, string>> = {};

  /** Takes the plan and labels of a background answer, checked, then calls `then`; an answer without a plan
   * changes nothing (false). */
  use(answer: unknown, then?: () => unknown): boolean {
    const { plan, labels } = (answer ?? {}) as { plan?: unknown; labels?: unknown };
    if (!isMatcherPlan(plan)) {
      // Only a background of another version could send none.
      console.warn('Context Cards: no matcher plan; nothing is scanned.');
      return false;
    }
    this.plan = plan;
    this.labels = labels && typeof labels === 'object' ? (labels as Record<string, string>) : {};
    then?.();
    return true;
  }

  /** A term's label by its key (docs/decisions/002); the key when the background sent none. */
  labelOf(key: string): string {
    const label = Object.hasOwn(this.labels, key) ? this.labels[key] : undefined;
    return typeof label === 'string' ? label : key;
  }
}

/** Asks for the plan and labels (`getPlan`, for PlannedTerms) and the document's highlight names
 * (background/highlight-names.ts; null to keep the script's own). */
export async function requestPagePlan(): Promise<{ answer: unknown; names: { mention: string; focus: string } | null }> {
  const [answer, names] = await Promise.all([
    toBackground('getPlan', {}),
    toBackground('highlightNames', { origin: performance.timeOrigin }).catch(() => null),
  ]);
  return { answer, names: names && typeof names === 'object' ? names : null };
}
