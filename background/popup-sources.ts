/** Answers the popup's `popupSources`: the enabled sources that concern its page, found with the pages' matcher. */
import { sourcesForPage } from '../core/pack/page-sources';
import type { ContextPack } from '../core/pack/schema';
import type { SourceLabel } from '../core/pack/term-content';
import { enabledPacks } from './enabled-packs';
import { mentionFinder } from './term-content';

export async function popupSources(termKeys: readonly string[]): Promise<{ pack: ContextPack; label: SourceLabel }[]> {
  const [sources, find] = await Promise.all([enabledPacks(), mentionFinder()]);
  return sourcesForPage(sources, termKeys, find);
}
