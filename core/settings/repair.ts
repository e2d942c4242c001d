/**
 * Repairs the settings' lists entry by entry: an entry that cannot be read is dropped and reported, every
 * other entry is kept (a host written another way is rewritten as a site: "Example.COM." -> "example.com").
 * One bad entry, or one too many, must never cost the reader the rest of the list.
 */
import { LEGACY_PACK_ID, TERM_KEY, termKey } from '../pack/term-key';
import { normalizeSite } from './site-name';

/** How long the lists may grow (storage.local and the options page stay quick well past these). */
export const LIMITS = Object.freeze({ disabledSites: 5000, mutedSites: 5000, mutedTermsPerSite: 200 });

/** An entry that was dropped, and why. */
export interface DroppedEntry {
  field: 'disabledSites' | 'mutedTerms';
  /** The entry as stored, shortened for a log line. */
  entry: string;
  reason: 'invalid' | 'over-limit';
}

const TERM_ID = /^[a-z0-9-]{1,64}$/;

function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The disabled sites, repaired; null when the value is not a list at all. */
export function repairSites(value: unknown, dropped: DroppedEntry[]): string[] | null {
  if (!Array.isArray(value)) return null;
  const sites = new Set<string>();
  for (const item of value) {
    const site = typeof item === 'string' ? normalizeSite(item) : null;
    if (site === null) dropped.push({ field: 'disabledSites', entry: shown(item), reason: 'invalid' });
    else if (sites.has(site)) continue;
    else if (sites.size >= LIMITS.disabledSites) dropped.push({ field: 'disabledSites', entry: site, reason: 'over-limit' });
    else sites.add(site);
  }
  return [...sites];
}

/** A muted term's pack-qualified key (docs/decisions/002); a bare id, as versions before keys stored it,
 * named a term of the one pack shipped then. */
function mutedKey(entry: unknown): string | null {
  if (typeof entry !== 'string') return null;
  if (TERM_KEY.test(entry)) return entry;
  return TERM_ID.test(entry) ? termKey(LEGACY_PACK_ID, entry) : null;
}

/** The muted terms by site, repaired; null when the value is not a map at all. */
export function repairMuted(value: unknown, dropped: DroppedEntry[]): Record<string, string[]> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out = new Map<string, Set<string>>();
  const drop = (entry: string, reason: DroppedEntry['reason']) => dropped.push({ field: 'mutedTerms', entry: shown(entry), reason });
  for (const [key, ids] of Object.entries(value as Record<string, unknown>)) {
    const site = normalizeSite(key);
    if (site === null || !Array.isArray(ids)) {
      drop(`${key}: ${shown(ids)}`, 'invalid');
      continue;
    }
    let terms = out.get(site);
    if (!terms) {
      if (out.size >= LIMITS.mutedSites) {
        drop(`${site}: ${shown(ids)}`, 'over-limit');
        continue;
      }
      terms = new Set();
      out.set(site, terms);
    }
    for (const entry of ids) {
      const key = mutedKey(entry);
      if (key === null) drop(`${site}: ${shown(entry)}`, 'invalid');
      else if (terms.has(key)) continue;
      else if (terms.size >= LIMITS.mutedTermsPerSite) drop(`${site}: ${key}`, 'over-limit');
      else terms.add(key);
    }
    if (!terms.size) out.delete(site);
  }
  return Object.fromEntries([...out].map(([site, terms]) => [site, [...terms]]));
}
