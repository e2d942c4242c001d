import { TERM_KEY } from '../pack/term-key';
import * as v from 'valibot';
import { LIMITS, repairMuted, repairSites, type DroppedEntry } from './repair';
import { isSite, siteOfHost } from './site-name';

/** Citation styles a user can pick as their default. */
export const CITATION_STYLE_IDS = ['apa', 'mla', 'chicago-author-date', 'chicago-notes', 'harvard', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number];

export const HIGHLIGHT_COLORS = ['yellow', 'blue', 'green', 'pink'] as const;

/** Current version of the stored settings item. */
export const SETTINGS_VERSION = 2;

/** A site exactly as core/settings/site-name.ts writes it (any host a page can have). */
export const siteName = v.custom<string>(isSite, 'not a site name');
/** A muted term: its pack-qualified key (bare ids of older versions are repaired into keys, repair.ts). */
const mutedTermKey = v.pipe(v.string(), v.regex(TERM_KEY));

/** The longest hover delay a reader can choose, in milliseconds. */
export const MAX_HOVER_DELAY_MS = 3000;

/**
 * Each field validated on its own so a bad value resets only that field. The lists are read entry by
 * entry (core/settings/repair.ts); their schemas here say what a repaired list looks like.
 */
export const settingsFields = {
  paused: v.boolean(),
  quietMode: v.boolean(),
  firstRunSeen: v.boolean(),
  disabledSites: v.pipe(v.array(siteName), v.maxLength(LIMITS.disabledSites)),
  mutedTerms: v.pipe(
    v.record(siteName, v.pipe(v.array(mutedTermKey), v.maxLength(LIMITS.mutedTermsPerSite))),
    v.check((r) => Object.keys(r).length <= LIMITS.mutedSites),
  ),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HOVER_DELAY_MS)),
  highlightStyle: v.picklist(['background', 'underline']),
  highlightColor: v.picklist(HIGHLIGHT_COLORS),
  citationStyle: v.picklist(CITATION_STYLE_IDS),
} as const;

export type Settings = { [K in keyof typeof settingsFields]: v.InferOutput<(typeof settingsFields)[K]> };

/** The settings a new install starts with: the extension runs normally until the user changes them. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  quietMode: false,
  firstRunSeen: false,
  disabledSites: [],
  mutedTerms: {},
  hoverDelayMs: 400,
  highlightStyle: 'background',
  highlightColor: 'yellow',
  citationStyle: 'apa',
});

type Stored = Record<string, unknown> & { version?: unknown };

/**
 * Migrations from each older version to the next. Version 1 (the first draft) kept the muted terms as
 * "host|termId" strings and the hover delay in seconds.
 */
const MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  1: (old) => {
    const { mutedPairs, hoverDelay, ...rest } = old;
    const muted = new Map<string, string[]>();
    if (Array.isArray(mutedPairs)) {
      for (const pair of mutedPairs) {
        if (typeof pair !== 'string' || !pair.includes('|')) continue;
        const [host, term] = pair.split('|') as [string, string];
        muted.set(host, [...(muted.get(host) ?? []), term]);
      }
    }
    return { ...rest, mutedTerms: Object.fromEntries(muted), hoverDelayMs: typeof hoverDelay === 'number' ? Math.round(hoverDelay * 1000) : undefined, version: 2 };
  },
};

/** What reading the stored item found, for logs and tests. */
export interface SettingsReadResult {
  settings: Settings;
  /** Fields whose stored value was invalid and fell back to the default. */
  resetFields: (keyof Settings)[];
  /** List entries that were dropped (the rest of each list is kept). */
  dropped: DroppedEntry[];
  migratedFrom: number | null;
}

/** Fields read entry by entry, so one bad entry costs only itself. */
const REPAIRS: Partial<Record<keyof Settings, (value: unknown, dropped: DroppedEntry[]) => unknown>> = {
  disabledSites: repairSites,
  mutedTerms: repairMuted,
};

/**
 * Reads a stored settings item of any known version: migrates it, then validates field by field, and the
 * lists entry by entry. Invalid fields fall back to their defaults; every valid field and entry is kept.
 */
export function readSettings(stored: unknown): SettingsReadResult {
  let item: Stored = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Stored) } : {};
  const startVersion = typeof item.version === 'number' && Number.isInteger(item.version) ? item.version : SETTINGS_VERSION;
  let version = startVersion;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    item = step(item);
    version += 1;
  }
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const resetFields: (keyof Settings)[] = [];
  const dropped: DroppedEntry[] = [];
  for (const key of Object.keys(settingsFields) as (keyof Settings)[]) {
    if (!Object.hasOwn(item, key) || item[key] === undefined) continue;
    const repair = REPAIRS[key];
    // A repaired list is valid by construction (and valibot's record would drop a host named "constructor").
    const result = repair ? { output: repair(item[key], dropped), success: true } : v.safeParse(settingsFields[key], item[key]);
    if (result.success && result.output !== null) settings[key] = result.output;
    else resetFields.push(key);
  }
  return { settings: settings as Settings, resetFields, dropped, migratedFrom: startVersion === SETTINGS_VERSION ? null : startVersion };
}

/** The form the settings are stored in. */
export function toStored(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...settings };
}

/** The lists that reveal the reader's browsing: kept apart from the item content scripts can read. */
export const PRIVATE_FIELDS = ['disabledSites', 'mutedTerms'] as const satisfies readonly (keyof Settings)[];

/** The stored form of the settings without the private lists (what storage.local may hold). */
export function toStoredPublic(settings: Settings): Record<string, unknown> {
  const item = toStored(settings);
  for (const field of PRIVATE_FIELDS) delete item[field];
  return item;
}

/** A page's site: its host name (core/settings/site-name.ts); local files are the one site "file". */
export function siteOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol === 'file:') return siteOfHost(hostname) ?? 'file';
    return protocol === 'http:' || protocol === 'https:' ? siteOfHost(hostname) : null;
  } catch {
    return null;
  }
}

/** Whether the extension should highlight on this site with these settings. */
export function activityFor(settings: Settings, site: string | null): 'active' | 'paused' | 'disabled-site' {
  if (settings.paused) return 'paused';
  if (site && settings.disabledSites.includes(site)) return 'disabled-site';
  return 'active';
}

/** Term keys muted on a site. */
export function mutedOn(settings: Settings, site: string | null): ReadonlySet<string> {
  // Own entries only: a host may be called "constructor" or "__proto__".
  return new Set(site && Object.hasOwn(settings.mutedTerms, site) ? settings.mutedTerms[site] : []);
}

/** Returns settings with a term muted (or unmuted) on a site. */
export function withMute(settings: Settings, site: string, termKey: string, muted: boolean): Settings {
  const current = new Set(mutedOn(settings, site));
  if (muted) current.add(termKey);
  else current.delete(termKey);
  const others = Object.entries(settings.mutedTerms).filter(([s]) => s !== site);
  const mutedTerms = Object.fromEntries(current.size ? [...others, [site, [...current]]] : others);
  return { ...settings, mutedTerms };
}
