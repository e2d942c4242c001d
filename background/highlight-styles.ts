/**
 * The `::highlight()` styles of a frame's mentions, inserted into that frame only while it shows highlights of
 * ours (issue 23): no stylesheet rides with the registered content script, so a page without a mention, a paused
 * extension or a site turned off leaves no style a page could probe. Each document names its highlights at
 * random; the CSS is built here from those names (checked against a strict pattern) and the reader's look.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { activityFor, siteOf, type Settings } from '../core/settings/settings';
import { loadSettings } from './settings/store';

/** A highlight name as content/highlight-styles.ts makes it: 20 lowercase letters, a plain CSS identifier. */
export const HIGHLIGHT_NAME = /^[a-z]{20}$/;

const name = v.pipe(v.string(), v.regex(HIGHLIGHT_NAME));
const RequestSchema = v.pipe(
  v.object({ mention: name, focus: name, on: v.boolean() }),
  v.check((r) => r.mention !== r.focus),
);

export interface StylesRequest {
  mention: string;
  focus: string;
  on: boolean;
}

/** A frame's request for its highlight styles, or null when it is malformed. */
export function readStylesRequest(data: unknown): StylesRequest | null {
  const result = v.safeParse(RequestSchema, data);
  return result.success ? result.output : null;
}

type Look = Pick<Settings, 'highlightStyle' | 'highlightColor'>;

/** Background and underline colours per colour: a translucent fill plus an underline reads on light and dark pages. */
const COLOURS: Record<Settings['highlightColor'], { fill: string; line: string }> = {
  yellow: { fill: 'rgb(255 200 0 / 0.32)', line: '214 150 0' },
  blue: { fill: 'rgb(60 140 255 / 0.28)', line: '40 110 230' },
  green: { fill: 'rgb(40 200 110 / 0.28)', line: '20 150 80' },
  pink: { fill: 'rgb(255 90 170 / 0.26)', line: '220 50 140' },
};

/**
 * The stylesheet of one document's highlights in one look. Only colour, background colour and text decoration
 * apply to highlights; forced-colours mode uses the system Mark colours; highlights are not printed.
 */
export function highlightCss(names: { mention: string; focus: string }, look: Look): string {
  if (!HIGHLIGHT_NAME.test(names.mention) || !HIGHLIGHT_NAME.test(names.focus)) throw new Error('not a highlight name');
  const colour = COLOURS[look.highlightColor] ?? COLOURS.yellow;
  const mention = `::highlight(${names.mention})`;
  const focus = `::highlight(${names.focus})`;
  const body =
    look.highlightStyle === 'underline'
      ? `text-decoration: underline 2px rgb(${colour.line});`
      : `background-color: ${colour.fill}; text-decoration: underline 2px rgb(${colour.line} / 0.9);`;
  return [
    `${mention} { ${body} }`,
    `${focus} { background-color: rgb(255 140 0 / 0.55); text-decoration: underline 3px rgb(200 80 0); }`,
    `@media (forced-colors: active) { ${mention} { background-color: Mark; color: MarkText; text-decoration: underline 2px MarkText; } ${focus} { background-color: Highlight; color: HighlightText; } }`,
    `@media print { ${mention}, ${focus} { background-color: transparent; color: inherit; text-decoration: none; } }`,
  ].join('\n');
}

/** What is inserted into a tab, by `frameId:mentionName` (a document's names are its own). */
const TabRecordSchema = v.record(v.pipe(v.string(), v.regex(/^\d+:[a-z]{20}$/)), v.object({ css: v.string(), site: v.nullable(v.string()) }));
type TabRecord = v.InferOutput<typeof TabRecordSchema>;

/** Where the records live: session storage in the extension, so they outlive a sleeping service worker. */
export interface RecordStore {
  get(tabId: number): Promise<TabRecord | undefined>;
  set(tabId: number, record: TabRecord): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** The tabs that have records. */
  tabIds(): Promise<number[]>;
}

type Target = { target: { tabId: number; frameIds: number[] }; css: string };
export interface CssApi {
  insertCSS(details: Target): Promise<unknown>;
  removeCSS(details: Target): Promise<unknown>;
}

export interface StylesSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** Stale records of a tab beyond this many (frames that navigated away) are forgotten, oldest first. */
const MAX_PER_TAB = 200;

export class HighlightStyles {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly api: CssApi,
    private readonly store: RecordStore,
    private readonly settings: () => Promise<Settings>,
    /** The extension's own origin: its pages are no content script. */
    private readonly extensionOrigin: string,
  ) {}

  /** A content script's request for its own frame: inserts (or swaps to the current look) or removes. */
  request(data: unknown, sender: StylesSender): Promise<{ ok: boolean }> {
    const request = readStylesRequest(data);
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    const fromPage = typeof sender.url === 'string' && !sender.url.startsWith(this.extensionOrigin);
    if (!request || typeof tabId !== 'number' || typeof frameId !== 'number' || !fromPage) return Promise.resolve({ ok: false });
    return this.serial(async () => {
      const records = { ...(await this.store.get(tabId)) };
      const key = `${frameId}:${request.mention}`;
      const before = records[key];
      const settings = await this.settings();
      const site = siteOf(sender.url!);
      // Never styles for a paused extension or a site turned off, whatever the frame asks.
      const want = request.on && activityFor(settings, site) === 'active' ? highlightCss(request, settings) : null;
      if (before?.css === want) return { ok: true };
      const target = { tabId, frameIds: [frameId] };
      if (before) {
        await this.api.removeCSS({ target, css: before.css }).catch(() => undefined);
        delete records[key];
      }
      let ok = true;
      if (want) {
        ok = await this.api.insertCSS({ target, css: want }).then(() => true, () => false);
        if (ok) records[key] = { css: want, site };
      }
      await this.save(tabId, records);
      return { ok: ok && !!want === request.on };
    });
  }

  /** After a settings change: removes the styles of every frame whose site is no longer active (paused, turned off). */
  settingsChanged(settings: Settings): Promise<void> {
    return this.serial(async () => {
      for (const tabId of await this.store.tabIds()) {
        const records = await this.store.get(tabId);
        if (!records) continue;
        const kept: TabRecord = {};
        for (const [key, record] of Object.entries(records)) {
          if (activityFor(settings, record.site) === 'active') {
            kept[key] = record;
            continue;
          }
          const frameId = Number(key.slice(0, key.indexOf(':')));
          await this.api.removeCSS({ target: { tabId, frameIds: [frameId] }, css: record.css }).catch(() => undefined);
        }
        if (Object.keys(kept).length !== Object.keys(records).length) await this.save(tabId, kept);
      }
    });
  }

  /** A closed tab's records go (its documents went with it). */
  forgetTab(tabId: number): Promise<void> {
    return this.serial(() => this.store.remove(tabId));
  }

  private save(tabId: number, records: TabRecord): Promise<void> {
    const keys = Object.keys(records);
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_PER_TAB))) delete records[key];
    return keys.length ? this.store.set(tabId, records) : this.store.remove(tabId);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

const KEY = 'highlight-styles:';

/** Records in session storage, read through their schema (a bad record is no record). */
export const sessionRecords: RecordStore = {
  async get(tabId) {
    const result = v.safeParse(TabRecordSchema, (await browser.storage.session.get(KEY + tabId))[KEY + tabId]);
    return result.success ? result.output : undefined;
  },
  set: (tabId, record) => browser.storage.session.set({ [KEY + tabId]: record }),
  remove: (tabId) => browser.storage.session.remove(KEY + tabId),
  tabIds: async () =>
    Object.keys(await browser.storage.session.get(null))
      .filter((k) => k.startsWith(KEY))
      .map((k) => Number(k.slice(KEY.length)))
      .filter(Number.isInteger),
};

let shared: HighlightStyles | null = null;

/** The background's one instance (made on first use: the extension APIs are not there when tests import this). */
export function highlightStyles(): HighlightStyles {
  return (shared ??= new HighlightStyles(browser.scripting, sessionRecords, loadSettings, browser.runtime.getURL('/')));
}
