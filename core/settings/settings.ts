import { ITEM_ID } from '../ids';
import * as v from 'valibot';

/** Citation styles a user can pick as their default. */
export const CITATION_STYLE_IDS = ['apa', 'mla', 'chicago-author-date', 'chicago-notes', 'harvard', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number];

export const HIGHLIGHT_COLORS = ['yellow', 'blue', 'green', 'pink'] as const;

/** Current version of the stored settings item. */
export const SETTINGS_VERSION = 2;

const hostName = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9.-]{1,253}$/), v.regex(/[a-z0-9]/));
const termId = v.pipe(v.string(), v.regex(ITEM_ID));

/** Each field validated on its own so a bad value resets only that field. */
export const settingsFields = {
  paused: v.boolean(),
  quietMode: v.boolean(),
  firstRunSeen: v.boolean(),
  disabledSites: v.pipe(v.array(hostName), v.maxLength(5000)),
  mutedTerms: v.pipe(v.record(hostName, v.pipe(v.array(termId), v.maxLength(200))), v.check((r) => Object.keys(r).length <= 5000)),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3000)),
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
    const mutedTerms: Record<string, string[]> = {};
    if (Array.isArray(mutedPairs)) {
      for (const pair of mutedPairs) {
        if (typeof pair !== 'string' || !pair.includes('|')) continue;
        const [host, term] = pair.split('|') as [string, string];
        (mutedTerms[host] ??= []).push(term);
      }
    }
    return { ...rest, mutedTerms, hoverDelayMs: typeof hoverDelay === 'number' ? Math.round(hoverDelay * 1000) : undefined, version: 2 };
  },
};

/** What reading the stored item found, for logs and tests. */
export interface SettingsReadResult {
  settings: Settings;
  /** Fields whose stored value was invalid and fell back to the default. */
  resetFields: (keyof Settings)[];
  migratedFrom: number | null;
}

/**
 * Reads a stored settings item of any known version: migrates it, then validates field by field.
 * Invalid fields fall back to their defaults; every valid field is kept.
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
  for (const key of Object.keys(settingsFields) as (keyof Settings)[]) {
    if (!(key in item) || item[key] === undefined) continue;
    const result = v.safeParse(settingsFields[key], item[key]);
    if (result.success) settings[key] = result.output;
    else resetFields.push(key);
  }
  return { settings: settings as Settings, resetFields, migratedFrom: startVersion === SETTINGS_VERSION ? null : startVersion };
}

/** The form the settings are stored in. */
export function toStored(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...settings };
}

/** A site is a host name; "www." is not a different site. */
export function siteOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') return null;
    return hostname.replace(/^www\./, '').toLowerCase() || (protocol === 'file:' ? 'file' : null);
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

/** Term ids muted on a site. */
export function mutedOn(settings: Settings, site: string | null): ReadonlySet<string> {
  return new Set(site ? settings.mutedTerms[site] ?? [] : []);
}

/** Returns settings with a term muted (or unmuted) on a site. */
export function withMute(settings: Settings, site: string, termId: string, muted: boolean): Settings {
  const current = new Set(settings.mutedTerms[site] ?? []);
  if (muted) current.add(termId);
  else current.delete(termId);
  const mutedTerms = { ...settings.mutedTerms };
  if (current.size) mutedTerms[site] = [...current];
  else delete mutedTerms[site];
  return { ...settings, mutedTerms };
}
