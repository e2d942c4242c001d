// Functions evaluated inside browser documents. They are serialised by the driver, so each must be
// self-contained: no imports, no closures over Node variables.

/**
 * Extension context: the mention highlight name of each frame's content script (random per document), read
 * from its isolated world (content/bench-hook.ts); frames without a running script are left out.
 */
export async function readHighlightNames({ tabId, allFrames }: { tabId: number; allFrames: boolean }): Promise<string[]> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const results: { result?: unknown }[] = await api.scripting
    .executeScript({ target: { tabId, allFrames }, world: 'ISOLATED', func: () => (globalThis as any)[Symbol.for('context-cards.bench')]?.highlightName?.() ?? null })
    .catch(() => []);
  return results.map((r) => r.result).filter((n): n is string => typeof n === 'string');
}

/**
 * Page world: the text of each range in the named highlight (or highlights), in document order. A
 * StaticRange has no toString, so each is copied into a Range to read it.
 */
export function readHighlightTexts(name: string | string[]): string[] {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, Iterable<AbstractRange>> } }).CSS?.highlights;
  const ranges: Range[] = [];
  for (const abstract of (typeof name === 'string' ? [name] : name).flatMap((n) => [...(registry?.get(n) ?? [])])) {
    const range = document.createRange();
    try {
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
    } catch {
      continue; // a StaticRange left pointing past text the page has since removed
    }
    ranges.push(range);
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((range) => range.toString());
}

/** Extension context (page or worker): the badge text of a tab. */
export function readBadgeText(tabId: number): Promise<string> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.action.getBadgeText({ tabId });
}

/** Extension context: ids of the tabs showing exactly `url`, the active ones first. */
export async function findTabIds(url: string): Promise<number[]> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const tabs: { id?: number; url?: string; active?: boolean }[] = await api.tabs.query({});
  return tabs
    .filter((tab) => tab.url === url && typeof tab.id === 'number')
    .sort((a, b) => Number(Boolean(b.active)) - Number(Boolean(a.active)))
    .map((tab) => tab.id as number);
}

/** Any document: its URL and load state, to follow navigations the driver does not report. */
export function readLocation(): { href: string; readyState: DocumentReadyState } {
  return { href: location.href, readyState: document.readyState };
}

/** Extension context: how many content scripts will run on pages (declared plus registered). */
export async function countContentScripts(): Promise<number> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const declared = (api.runtime.getManifest().content_scripts ?? []).length as number;
  const registered = api.scripting?.getRegisteredContentScripts ? ((await api.scripting.getRegisteredContentScripts()) as unknown[]).length : 0;
  return declared + registered;
}
