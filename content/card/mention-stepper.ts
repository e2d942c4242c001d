/**
 * The keyboard command's next and previous mention, in the card's UI (injected on the frame's first card or
 * first step): the mention one step from the current one in document order, revealed, its card pinned and
 * focused, and its place announced.
 */
import { t } from '../../utils/i18n';
import type { ContentApp } from '../content-app';
import type { MentionRecord } from '../mention-store';
import type { CardUi } from './card-ui-contract';

/** The mentions in document order (the store keeps them in scan order, which shadow roots and appends break). */
export function inDocumentOrder(shown: readonly MentionRecord[]): MentionRecord[] {
  return [...shown].sort((a, b) =>
    a.nodes[0] === b.nodes[0] ? a.range.startOffset - b.range.startOffset : a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/** The mention one step from `current` (wrapping), or the first or last when there is none; null if no mention. */
export function stepFrom(shown: readonly MentionRecord[], current: MentionRecord | null, direction: 1 | -1): { record: MentionRecord; index: number; total: number } | null {
  const list = inDocumentOrder(shown);
  if (!list.length) return null;
  const at = current ? list.indexOf(current) : -1;
  const index = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
  return { record: list[index]!, index, total: list.length };
}

/** Moves to the next (1) or previous (-1) mention of the page and opens its card. */
export function stepMention(app: ContentApp, card: Pick<CardUi, 'show' | 'announce'>, direction: 1 | -1): void {
  const next = stepFrom(app.shown(), app.focused, direction);
  if (!next) return;
  app.reveal(next.record, false);
  card.show(next.record, 'pinned', { focus: true });
  card.announce(t('card_stepAnnounce', [next.index + 1, next.total, app.labelOf(next.record.key)]));
}
