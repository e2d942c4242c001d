/** Loads the installed packs (those public/packs/index.json lists), validated; a broken pack is logged and
 * skipped. The list may change while the extension runs: `reloadPacks` forgets what was read and made from it. */
import { browser } from 'wxt/browser';
import type { MatcherPlan } from '../core/match/matcher-plan';
import { planMatcher } from '../core/match/plan-matcher';
import { commonWordsOf } from '../core/match/common-words';
import { planDetention } from '../core/match/region-topic';
import { loadPacks } from '../core/pack/load-pack';
import { LEGACY_PACK_ID, keyedTerms, termKey } from '../core/pack/term-key';
import { readPackIndex } from '../core/pack/pack-index';
import type { ContextPack } from '../core/pack/schema';

/** Reads a file of the extension: an extension-internal URL, allowed by connect-src 'self', never the network. */
async function readFile(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(path as '/popup.html'));
  return response.text();
}

/** The ids the index lists; the first shipped pack alone when the index cannot be read. */
async function installedIds(): Promise<string[]> {
  const ids = await readFile('/packs/index.json').then(readPackIndex, () => null);
  if (ids) return ids;
  console.warn('Context Cards: the pack index could not be read; using the shipped pack');
  return [LEGACY_PACK_ID];
}

let cache: Promise<ContextPack[]> | null = null;

/** The valid installed packs, read once per extension context until the list changes. */
export function getPacks(): Promise<ContextPack[]> {
  cache ??= (async () => {
    const ids = await installedIds();
    const inputs = await Promise.all(
      ids.map((id) =>
        readFile(`/packs/${id}.json`).catch((e: unknown) => `{"id":"${id}","error":"unreadable: ${String(e).replace(/"/g, "'")}"}`),
      ),
    );
    const { packs, rejected } = loadPacks(inputs);
    for (const r of rejected) console.warn(`Context Cards: pack ${r.error.packId ?? `#${r.index}`} skipped: ${r.error.message}`);
    return packs;
  })();
  return cache;
}

let planCache: Promise<MatcherPlan> | null = null;

/** The matcher plan for the installed packs' terms under their pack-qualified keys (decision 002), built once
 * per pack list: each page gets it instead of building it (see MatcherPlan). */
export function getMatcherPlan(): Promise<MatcherPlan> {
  planCache ??= getPacks().then((packs) => planMatcher(keyedTerms(packs), commonWordsOf(packs)));
  return planCache;
}

/** What a content script gets: the matcher plan, and the terms' labels by key (never the packs). */
export function getPlan(): Promise<{ plan: MatcherPlan; labels: Record<string, string> }> {
  return Promise.all([getPacks(), getMatcherPlan()]).then(([packs, plan]) => ({
    plan,
    labels: Object.fromEntries(packs.flatMap((p) => p.terms.map((t) => [termKey(p.id, t.id), t.label]))),
  }));
}

let detentionCache: Promise<MatcherPlan | null> | null = null;

/** The plan of the packs' detention words (core/match/region-topic.ts), built once: a page asks for it only
 * when it has a region to judge (a strong mention), so most pages never receive its 87 KB. */
export function getDetentionPlan(): Promise<MatcherPlan | null> {
  detentionCache ??= getPacks().then(planDetention);
  return detentionCache;
}

const listeners = new Set<() => void>();

/** Calls `listener` after each change of the pack list (background/pack-push.ts tells the open tabs). */
export function onPacksChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The pack list changed: the packs are read again, the plans made again on the next ask, and the
 * listeners told. */
export function reloadPacks(): void {
  cache = planCache = detentionCache = null;
  for (const listener of listeners) listener();
}
