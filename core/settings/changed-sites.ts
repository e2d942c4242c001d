/** Which sites a change of the private lists concerns: only frames of those sites are told of it. */
import type { Settings } from './settings';

type Lists = Pick<Settings, 'disabledSites' | 'mutedTerms'>;

const sameTerms = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((id) => b.includes(id));

/** The sites whose entry in either list differs between `before` and `after`. */
export function changedSites(before: Lists, after: Lists): Set<string> {
  const sites = new Set<string>();
  const disabledBefore = new Set(before.disabledSites);
  const disabledAfter = new Set(after.disabledSites);
  for (const site of disabledBefore) if (!disabledAfter.has(site)) sites.add(site);
  for (const site of disabledAfter) if (!disabledBefore.has(site)) sites.add(site);
  const own = (lists: Lists, site: string) => (Object.hasOwn(lists.mutedTerms, site) ? lists.mutedTerms[site] : undefined);
  for (const site of new Set([...Object.keys(before.mutedTerms), ...Object.keys(after.mutedTerms)])) {
    if (!sameTerms(own(before, site), own(after, site))) sites.add(site);
  }
  return sites;
}
