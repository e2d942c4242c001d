/** Loads the packs shipped in public/packs, validated; a broken pack is logged and skipped. */
import { browser } from 'wxt/browser';
import type { MatcherPlan } from '../core/match/matcher-plan';
import { planMatcher, termsOf } from '../core/match/plan-matcher';
import { planDetention } from '../core/match/region-topic';
import { loadPacks } from '../core/pack/load-pack';
import type { ContextPack } from '../core/pack/schema';

/** Ids of the packs shipped with the extension (public/packs/<id>.json). */
export const SHIPPED_PACKS = ['cnn-2018-uk-xinjiang'] as const;

let cache: Promise<ContextPack[]> | null = null;

/** The valid shipped packs, read once per extension context. */
export function getPacks(): Promise<ContextPack[]> {
  cache ??= (async () => {
    const inputs = await Promise.all(
      SHIPPED_PACKS.map(async (id) => {
        try {
          // An extension-internal URL: allowed by connect-src 'self', never the network.
          const response = await fetch(browser.runtime.getURL(`/packs/${id}.json` as '/popup.html'));
          return await response.text();
        } catch (e) {
          return `{"id":"${id}","error":"unreadable: ${String(e).replace(/"/g, "'")}"}`;
        }
      }),
    );
    const { packs, rejected } = loadPacks(inputs);
    for (const r of rejected) console.warn(`Context Cards: pack ${r.error.packId ?? `#${r.index}`} skipped: ${r.error.message}`);
    return packs;
  })();
  return cache;
}

let planCache: Promise<MatcherPlan> | null = null;

/** The matcher plan for the shipped packs, built once per extension context: each page gets it with the
 * packs instead of building it (see MatcherPlan). */
export function getMatcherPlan(): Promise<MatcherPlan> {
  planCache ??= getPacks().then((packs) => planMatcher(termsOf(packs)));
  return planCache;
}

/** What a content script gets: the matcher plan, and the terms' labels its notices name (never the packs). */
export function getPlan(): Promise<{ plan: MatcherPlan; labels: Record<string, string> }> {
  return Promise.all([getPacks(), getMatcherPlan()]).then(([packs, plan]) => ({
    plan,
    labels: Object.fromEntries(packs.flatMap((p) => p.terms.map((t) => [t.id, t.label]))),
  }));
}

let detentionCache: Promise<MatcherPlan | null> | null = null;

/** The plan of the packs' detention words (core/match/region-topic.ts), built once: a page asks for it only
 * when it has a region to judge (a strong mention), so most pages never receive its 87 KB. */
export function getDetentionPlan(): Promise<MatcherPlan | null> {
  detentionCache ??= getPacks().then(planDetention);
  return detentionCache;
}
