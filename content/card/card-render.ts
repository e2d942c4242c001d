/**
 * Renders the card's view from what the card UI holds: every action is a closure over the record and content
 * held here, so nothing is read back from the card (the page may have touched it).
 */
import { h, render } from 'preact';
import type { CopyRequest } from '../../core/cite/pack-citation';
import type { TermQuote } from '../../core/pack/term-content';
import { t, uiLocale, type MessageKey } from '../../utils/i18n';
import type { ContentApp } from '../controller';
import { CardView } from './card-view';
import { NeutralCard } from './neutral-card';
import type { CurrentCard } from './current-card';

/** What the card's buttons do. */
export interface CardActions {
  close(): void;
  /** The reader pointed at or focused a source's item. */
  cite(sourceId: string): void;
  copy(request: CopyRequest): void;
  /** Mutes the term on the site (absent where the page has no site). */
  mute?: () => void;
  openContext(): void;
  /** From the neutral card: shows the source's content for the term anyway. */
  showSource(): void;
}

/** Sets the card's language, direction and name, and renders its view into it. */
export function renderCardView(card: HTMLElement, cur: CurrentCard, app: ContentApp, actions: CardActions): void {
  const { record, content } = cur;
  const { packId, termId } = record;
  const settings = app.settings();
  const locale = uiLocale();
  const termLabel = content?.label ?? app.labelOf(record.key);
  card.lang = locale;
  card.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  card.setAttribute('aria-label', t('card_dialogLabel', [termLabel]));
  if (cur.neutral) {
    render(h(NeutralCard, { label: termLabel, onClose: actions.close, onShowSource: actions.showSource }), card);
    return;
  }
  render(
    h(CardView, {
      termId,
      label: termLabel,
      content,
      state: cur.state,
      citing: cur.citing,
      locale,
      // Style names come from _locales (kept equal to core/cite/styles.ts by a test), not the style table.
      citationStyleName: t(`card_style_${settings.citationStyle.replace(/-/g, '_')}` as MessageKey),
      status: cur.status,
      manualCopy: cur.manualCopy,
      onClose: actions.close,
      onCiting: actions.cite,
      onCopyCitation: (sourceId: string | undefined) => actions.copy(sourceId ? { packId, termId, sourceId } : { packId, termId }),
      onCopyQuote: (quote: TermQuote, sourceId: string) => actions.copy({ packId, termId, sourceId, quoteId: quote.id }),
      onMute: actions.mute,
      onOpenContext: actions.openContext,
    }),
    card,
  );
}

/** Empties the card's view (its host leaves the page next). */
export function clearCardView(card: HTMLElement): void {
  render(null, card);
}
