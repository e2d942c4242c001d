/** Wires the in-page card into the content script's controller: hover, click, Esc and next/previous. */
import { toBackground } from '../../utils/messaging';
import type { ContentController } from '../controller';
import { CardSlot } from './card-slot';
import { CardTriggers } from './card-triggers';
import { loadCardUi } from './card-ui-loader';

/**
 * Where the end-to-end tests and the benchmark find the cards (the slot, which forwards to the UI once it is
 * loaded): the isolated world's global, under a registry symbol. Pages cannot reach it (and the card's
 * shadow root is closed to them).
 */
export const CARD_PROBE_KEY = Symbol.for('context-cards.card');

/** Attaches cards to a started controller; everything stops with the controller's signal. The card's UI
 * itself loads on the first card (card-slot.ts). */
export function attachCards(controller: ContentController): CardSlot {
  const setOwnHost = (host: Element) => {
    controller.ownHost = host;
  };
  const cards = new CardSlot({ app: controller, setOwnHost }, () => loadCardUi());
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
      void toBackground('contextTarget', { packId: record?.packId ?? null, termId: record?.termId ?? null, quoteId: null }).catch(() => undefined);
    },
    { capture: true, passive: true, signal: controller.signal },
  );
  controller.ui = {
    rendered: (shown) => triggers.rendered(shown),
    step: (direction) => cards.step(direction),
  };
  (globalThis as unknown as Record<symbol, CardSlot>)[CARD_PROBE_KEY] = cards;
  // The first render may have happened before we attached.
  triggers.rendered(controller.shown());
  return cards;
}
