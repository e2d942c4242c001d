import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ContextPack, Quote } from '../../core/pack/schema';
import { mostMentionedPack } from '../../core/pack/most-mentioned';
import type { PopupState } from '../../core/popup-state';
import type { Settings } from '../../core/settings/settings';
import type { AddSourceProps } from './add-source';
import type { CitationChoice } from './citation-panel';
import type { CopyPayload } from '../../utils/clipboard';
import { sourceKey, type PageSource } from './page-sources';
import { PopupView } from './popup-view';
import { useCopy } from './use-copy';

/** What the popup reads about its tab. */
export interface PopupReading {
  state: PopupState;
  site: string | null;
}

/** The outside world of the popup, passed in by the entry point (fakes in tests). */
export interface PopupDeps {
  /** The valid shipped packs (at least one). */
  packs: readonly ContextPack[];
  /** BCP 47 locale of the UI. */
  locale: string;
  /** The settings as the popup opened. */
  settings: Settings;
  /** The tab's mentions by term key as the background stored them when the popup opened: they choose the
   * source shown before the tab is read, so it does not change when the reading comes. */
  initialCounts?: Readonly<Record<string, number>>;
  /** Reads the tab's state now. */
  read: () => Promise<PopupReading>;
  /** Calls back when the settings or the tab's mentions change, until the signal aborts. */
  watch: (onSettings: (s: Settings) => void, onTab: () => void, signal: AbortSignal) => void;
  /** Stores a change of settings. */
  updateSettings: (change: (s: Settings) => Settings) => Promise<unknown>;
  /** Sends `reveal` to the tab (a term by its pack-qualified key). */
  reveal: (termKey: string, index: number) => Promise<unknown>;
  /** Asks the browser for a host permission; true when granted. */
  requestAccess: (origin: string) => Promise<boolean>;
  /** Reloads the tab. */
  reloadTab: () => Promise<unknown>;
  /** Opens the options page. */
  openOptions: () => void;
  /** Every citation style with its strings, for a pack. */
  citations: (pack: ContextPack) => readonly CitationChoice[];
  /** The text a quotation's copy writes. */
  quotePayload: (pack: ContextPack, quote: Quote) => CopyPayload;
  /** Writes to the clipboard; false when the browser refused. */
  writeClipboard: (payload: CopyPayload) => Promise<boolean>;
  /** "Add this page as a source" and the way to the Sources page. */
  addSource?: AddSourceProps;
  /** The enabled sources that concern a page mentioning these terms (the background's `popupSources`). */
  sources?: (termKeys: string[]) => Promise<readonly PageSource[]>;
}

/** The terms a state says the page mentions, sorted (a stable key for asking again only when they change). */
function mentionedTerms(state: PopupState | undefined): string[] {
  if (!state || (state.kind !== 'mentions' && state.kind !== 'capped')) return [];
  return Object.keys(state.counts)
    .filter((id) => (state.counts[id] ?? 0) > 0)
    .sort();
}

/** The pack with the most mentions on the tab (the first pack when none has any); `before` counts while the
 * state has no counts (not read yet, or a state without mentions). */
export function packForState(packs: readonly ContextPack[], state: PopupState | undefined, before: Readonly<Record<string, number>> = {}): ContextPack | undefined {
  return mostMentionedPack(packs, state && (state.kind === 'mentions' || state.kind === 'capped') ? state.counts : before);
}

/** The popup with its state: reads the tab, follows changes, and turns clicks into settings and messages. */
export function PopupApp({ deps, full }: { /** The popup's outside world. */ deps: PopupDeps; /** Shown as the full context in a tab. */ full?: { packId?: string; termId?: string } }) {
  const [settings, setSettings] = useState(deps.settings);
  const [reading, setReading] = useState<PopupReading | undefined>(undefined);
  const [copyStatus, copy] = useCopy(deps.writeClipboard);

  const refresh = useCallback(() => {
    deps.read().then(setReading, () => setReading({ state: { kind: 'unscannable', reason: 'unknown' }, site: null }));
  }, [deps]);

  useEffect(() => {
    const controller = new AbortController();
    refresh();
    deps.watch(
      (s) => {
        setSettings(s);
        refresh();
      },
      refresh,
      controller.signal,
    );
    return () => controller.abort();
  }, [deps, refresh]);

  const site = reading?.site ?? null;
  const setSite = (disabled: boolean) => {
    if (!site) return;
    void deps.updateSettings((s) => ({
      ...s,
      disabledSites: disabled ? [...new Set([...s.disabledSites, site])] : s.disabledSites.filter((x) => x !== site),
    }));
  };
  const setPaused = (paused: boolean) => void deps.updateSettings((s) => ({ ...s, paused }));

  // The reader's sources that concern the page, asked again only when the mentioned terms change.
  const termKey = mentionedTerms(reading?.state).join(' ');
  const [mine, setMine] = useState<readonly PageSource[]>([]);
  useEffect(() => {
    if (!deps.sources) return;
    let live = true;
    deps.sources(termKey ? termKey.split(' ') : []).then(
      (found) => live && setMine(found.filter((s) => s.label.kind !== 'curated')),
      () => live && setMine([]),
    );
    return () => void (live = false);
  }, [deps, termKey]);
  const sources = useMemo<PageSource[]>(() => [...deps.packs.map((pack) => ({ pack, label: { kind: 'curated' } as const })), ...mine], [deps.packs, mine]);
  const [chosenKey, setChosenKey] = useState<string | undefined>(undefined);

  // The popup speaks for one source at a time: its summary, quotations and citations come from the same one.
  // By default the curated pack the page mentions most; the reader may choose another.
  const fallback = packForState(deps.packs, reading?.state, deps.initialCounts);
  const source = sources.find((s) => sourceKey(s) === chosenKey) ?? sources.find((s) => s.pack === fallback);
  if (!source) return null;
  const pack = source.pack;
  return (
    <PopupView
      source={source}
      sources={sources}
      onChooseSource={setChosenKey}
      curated={deps.packs}
      locale={deps.locale}
      state={reading?.state}
      site={site}
      paused={settings.paused}
      siteDisabled={!!site && settings.disabledSites.includes(site)}
      citations={deps.citations(pack)}
      defaultStyle={settings.citationStyle}
      copyStatus={copyStatus}
      onCopy={(payload, what) => void copy(payload, what)}
      quotePayload={deps.quotePayload}
      onReveal={(termKey, index) => void deps.reveal(termKey, index).catch(() => refresh())}
      onRequestAccess={(origin) => void deps.requestAccess(origin).then(refresh, refresh)}
      onReload={() => void deps.reloadTab().then(() => setTimeout(refresh, 800))}
      onResume={() => setPaused(false)}
      onEnableSite={() => setSite(false)}
      onPause={setPaused}
      onSiteDisabled={setSite}
      onOpenOptions={deps.openOptions}
      full={full}
      {...(deps.addSource ? { addSource: deps.addSource } : {})}
    />
  );
}

