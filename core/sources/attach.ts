// A reader's source attaches to the topic's existing terms by id: it brings quotations and dates for terms the
// curated packs define, never terms or variants of its own, so no file can change what the matcher looks for.
import type { ContextPack } from '../pack/schema.ts';

export type AttachResult = { ok: true; pack: ContextPack; notes: string[] } | { ok: false; reason: string };

/** Why a source's own terms went. */
export function termsRemovedNote(count: number): string {
  return `Removed ${count} term${count === 1 ? '' : 's'} with their variants: a source attaches to the topic's terms and cannot add words to look for.`;
}

/** The term ids the curated packs define for each topic id. */
export function topicTerms(curated: readonly ContextPack[]): Map<string, Set<string>> {
  const byTopic = new Map<string, Set<string>>();
  for (const pack of curated) {
    const terms = byTopic.get(pack.topic.id) ?? new Set<string>();
    for (const term of pack.terms) terms.add(term.id);
    byTopic.set(pack.topic.id, terms);
  }
  return byTopic;
}

/** Keeps the links to terms of the source's topic, drops any terms it carries, and says what it dropped. */
export function attachToTopic(pack: ContextPack, curated: readonly ContextPack[]): AttachResult {
  const known = topicTerms(curated).get(pack.topic.id);
  if (!known) return { ok: false, reason: `topic.id: "${pack.topic.id}" is not a topic of this extension` };
  const notes: string[] = [];
  if (pack.terms.length > 0) notes.push(termsRemovedNote(pack.terms.length));
  const seen = new Set<string>();
  const unknown: string[] = [];
  const termLinks = (pack.termLinks ?? []).filter((link) => {
    if (!known.has(link.termId)) unknown.push(link.termId);
    else if (!seen.has(link.termId)) return seen.add(link.termId);
    return false;
  });
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((t) => `"${t}"`).join(', ');
    notes.push(`Removed links to ${unknown.length} term${unknown.length === 1 ? '' : 's'} the topic does not define (${shown}${unknown.length > 5 ? ', …' : ''}).`);
  }
  const { termLinks: _links, ...rest } = pack;
  return { ok: true, pack: { ...rest, terms: [], ...(termLinks.length > 0 ? { termLinks } : {}) }, notes };
}
