/** What an extension page may send to change the settings, read through schemas before it is stored. */
import * as v from 'valibot';
import { repairMuted, repairSites, type DroppedEntry } from '../../core/settings/repair';
import { settingsFields, type Settings } from '../../core/settings/settings';

const { disabledSites: _sites, mutedTerms: _muted, ...publicFields } = settingsFields;
const PublicChange = v.partial(v.strictObject(publicFields));

/** A settings change from a page, or null when any part of it is malformed (a list with one bad entry
 * included: the page sends lists it read from here, so a bad entry means a bad sender). */
export function readSettingsChange(data: unknown): Partial<Settings> | null {
  const change = (data as { change?: unknown } | null)?.change;
  if (!change || typeof change !== 'object' || Array.isArray(change)) return null;
  const { disabledSites, mutedTerms, ...rest } = change as Record<string, unknown>;
  const result = v.safeParse(PublicChange, rest);
  if (!result.success) return null;
  const dropped: DroppedEntry[] = [];
  const sites = disabledSites === undefined ? undefined : repairSites(disabledSites, dropped);
  const muted = mutedTerms === undefined ? undefined : repairMuted(mutedTerms, dropped);
  if (sites === null || muted === null || dropped.length) return null;
  return { ...result.output, ...(sites ? { disabledSites: sites } : {}), ...(muted ? { mutedTerms: muted } : {}) };
}
