/** When the installed packs change, every open tab hears it: its frames get the new plan and labels
 * (`packsChanged`, they plan and scan again) and ask for their settings again (`settingsChanged`). */
import { browser } from 'wxt/browser';
import type { ToContent } from '../utils/messages';
import { getPlan, onPacksChanged } from './packs';

export interface PackPushDeps {
  /** The open tabs' ids. */
  tabIds(): Promise<number[]>;
  /** Sends to every frame of a tab. */
  send(tabId: number, message: { type: keyof ToContent; data: unknown }): Promise<unknown>;
  plan(): Promise<{ plan: unknown; labels: Record<string, string> }>;
}

const browserDeps: PackPushDeps = {
  tabIds: () => browser.tabs.query({}).then((tabs) => tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]))),
  send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  plan: getPlan,
};

/** Pushes the current plan and a settings notice to every open tab; resolves with how many took the plan. */
export async function pushPacks(deps: PackPushDeps = browserDeps): Promise<number> {
  const [data, tabIds] = await Promise.all([deps.plan(), deps.tabIds()]);
  const reached = await Promise.all(
    tabIds.map(async (tabId) => {
      // A tab without a content script (a browser page, a closed tab) has no one to answer: not an error.
      const took = await deps.send(tabId, { type: 'packsChanged', data }).then(() => true, () => false);
      await deps.send(tabId, { type: 'settingsChanged', data: {} }).catch(() => undefined);
      return took;
    }),
  );
  return reached.filter(Boolean).length;
}

/** Pushes after each change of the pack list (background/packs.ts `reloadPacks`). */
export function pushOnPackChange(deps: PackPushDeps = browserDeps): () => void {
  return onPacksChanged(() => void pushPacks(deps).catch((e: unknown) => console.warn(`Context Cards: the new packs could not be sent to the tabs: ${String(e)}`)));
}
