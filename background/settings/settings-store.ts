/**
 * The background's settings: the look and mode in storage.local (content scripts may read them), the lists
 * that reveal the reader's browsing in IndexedDB (background/settings/lists-db.ts). Every read and write
 * runs here, one at a time, so a move of old lists and a mute from a card cannot interleave.
 */
import { changedSites } from '../../core/settings/changed-sites';
import { PRIVATE_FIELDS, readSettings, toStored, toStoredPublic, type Settings } from '../../core/settings/settings';
import type { DroppedEntry } from '../../core/settings/repair';
import { readLists, writeLists, type PrivateLists } from './lists-db';

export const SETTINGS_KEY = 'settings';

/** What the store needs around it (the real browser in background/settings/store.ts, stand-ins in tests). */
export interface SettingsStoreDeps {
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  db: () => Promise<IDBDatabase>;
  /** Tells the frames of these sites, and the extension's pages, that the lists changed. */
  notify: (sites: ReadonlySet<string>) => Promise<void>;
  warn?: (message: string, detail: unknown) => void;
}

const isItem = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The list fields a stored item still holds (an item written before the lists moved; version 1 said mutedPairs). */
function listsIn(item: Record<string, unknown>): (keyof PrivateLists)[] {
  return PRIVATE_FIELDS.filter((field) => Object.hasOwn(item, field) || (field === 'mutedTerms' && Object.hasOwn(item, 'mutedPairs')));
}

export class SettingsStore {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SettingsStoreDeps) {}

  /** The whole settings, lists included (for the background and, by message, the extension's pages). */
  load(): Promise<Settings> {
    return this.serial(() => this.read());
  }

  /** Changes some settings; frames of the sites whose lists changed, and the pages, hear of it. */
  update(change: Partial<Settings> | ((s: Settings) => Settings)): Promise<Settings> {
    return this.serial(async () => {
      const before = await this.read();
      const next = typeof change === 'function' ? change(before) : { ...before, ...change };
      const { settings } = readSettings(toStored(next));
      const sites = changedSites(before, settings);
      const lists = PRIVATE_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(settings[field]));
      if (lists.length) await writeLists(await this.deps.db(), pick(settings, lists));
      if (JSON.stringify(toStoredPublic(before)) !== JSON.stringify(toStoredPublic(settings))) {
        await this.deps.local.set({ [SETTINGS_KEY]: toStoredPublic(settings) });
      }
      if (lists.length) await this.deps.notify(sites);
      return settings;
    });
  }

  private async read(): Promise<Settings> {
    const stored = (await this.deps.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const { settings, resetFields, dropped, migratedFrom } = readSettings(stored);
    const db = await this.deps.db();
    // Lists still in storage.local are newer than the database's (written before they moved, or by a move
    // that stopped midway): they go to the database first, and only then leave storage.local. A list that
    // could not be read at all is not moved, so it cannot replace a good one.
    const moving = isItem(stored) ? listsIn(stored).filter((field) => !resetFields.includes(field)) : [];
    if (moving.length) await writeLists(db, pick(settings, moving));
    const listsDropped: DroppedEntry[] = [];
    const lists = await readLists(db, listsDropped);
    if (listsDropped.length) await writeLists(db, lists);
    if (resetFields.length || dropped.length || listsDropped.length) {
      (this.deps.warn ?? console.warn)('Context Cards: settings repaired', { resetFields, dropped: [...dropped, ...listsDropped] });
    }
    const hadLists = isItem(stored) && listsIn(stored).length > 0;
    if (stored !== undefined && (hadLists || resetFields.length || dropped.length || migratedFrom !== null)) {
      await this.deps.local.set({ [SETTINGS_KEY]: toStoredPublic(settings) });
    }
    return { ...settings, ...lists };
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function pick(settings: Settings, fields: readonly (keyof PrivateLists)[]): Partial<PrivateLists> {
  return Object.fromEntries(fields.map((field) => [field, settings[field]]));
}
