/** The parts of ExtensionBrowser that work the same in both browsers once each can evaluate in an extension page. */
import type { ExtensionBrowser } from './browsers.ts';
import { findTabIds, readBadgeText, readHighlightNames, readHighlightTexts } from './page-functions.ts';
import { pollFor } from './poll.ts';

type Shared = Pick<ExtensionBrowser, 'badgeText' | 'tabIdFor' | 'openPopup' | 'openOptions' | 'openExtensionPage' | 'highlightTexts' | 'highlightNames'>;

/** Builds the shared methods from a browser's own `evaluateInExtension` and `openExtensionPage`. */
export function sharedExtensionMethods(
  evaluateInExtension: ExtensionBrowser['evaluateInExtension'],
  openExtensionPage: ExtensionBrowser['openExtensionPage'],
  popupFile: string,
  optionsFile: string,
): Shared {
  const tabIdFor: Shared['tabIdFor'] = async (page) => {
    const ids = await pollFor(async () => {
      const found = await evaluateInExtension(findTabIds, page.url());
      return found.length ? found : undefined;
    }, { message: `a tab showing ${page.url()}` });
    if (ids.length === 1) return ids[0] as number;
    // Several tabs show this URL: the one brought to the front is listed first.
    await page.bringToFront();
    return (await evaluateInExtension(findTabIds, page.url()))[0] as number;
  };
  return {
    badgeText: (tabId) => evaluateInExtension(readBadgeText, tabId),
    tabIdFor,
    openPopup: (tabId) => openExtensionPage(tabId === undefined ? popupFile : `${popupFile}?tab=${tabId}`),
    openOptions: () => openExtensionPage(optionsFile),
    openExtensionPage,
    highlightNames: (tabId, allFrames = false) => evaluateInExtension(readHighlightNames, { tabId, allFrames }),
    highlightTexts: async (page, { name, allFrames = false } = {}) => {
      const frames = allFrames ? page.frames() : [page];
      // Each document names its highlight at random: ask the content scripts for their names.
      const names = name ?? (await evaluateInExtension(readHighlightNames, { tabId: await tabIdFor(page), allFrames }));
      const texts = await Promise.all(frames.map((frame) => frame.evaluate(readHighlightTexts, names)));
      return texts.flat();
    },
  };
}
