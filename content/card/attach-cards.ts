/** Wires the in-page card into the content script's controller: hover, click, Esc and next/previous. */
import { t } from '../../utils/i18n';
import { toBackground } from '../../utils/messaging';
import type { ContentController } from '../controller';
import { CardController } from './card-controller';
import { CardTriggers } from './card-triggers';

/**
 * Where the end-to-end tests find the card controller: the isolated world's global, under a registry
 * symbol. Pages cannot reach it (and the card's shadow root is closed to them).
 */
export const CARD_PROBE_KEY = Symbol.for('context-cards.card');

/** Attaches cards to a started controller; everything stops with the controller's signal. */
export function attachCards(controller: ContentController): CardController {
  const cards = new CardController(controller, (host) => {
    controller.ownHost = host;
  });
  const triggers = new CardTriggers(cards, controller);
  triggers.start(controller.signal);
  // The context menu's "Copy citation" needs to know what was under the pointer: highlights are not
  // elements, so the browser cannot tell the background. A mention gives its quotation, anything else the source.
  addEventListener(
    'contextmenu',
    (e) => {
      // A page-made contextmenu event must not choose what the menu copies.
      if (!e.isTrusted) return;
      const record = triggers.mentionAt(e.clientX, e.clientY);
      void toBackground('contextTarget', { termId: record?.termId ?? null, quoteId: null }).catch(() => undefined);
    },
    { capture: true, passive: true, signal: controller.signal },
  );
  controller.ui = {
    rendered: (shown) => triggers.rendered(shown),
    step: (record, index, total) => {
      cards.show(record, 'pinned', { focus: true });
      cards.announce(t('card_stepAnnounce', [index + 1, total, controller.labelOf(record.termId)]));
    },
  };
  (globalThis as unknown as Record<symbol, CardController>)[CARD_PROBE_KEY] = cards;
  // The first render may have happened before we attached.
  triggers.rendered(controller.shown());
  return cards;
}
