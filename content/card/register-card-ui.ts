/** The injected UI's side of the hand-over: gives the content script's loader the card controller's factory. */
import { CardController } from './card-controller';
import { CARD_UI_KEY, type CardUiFactory, type LoadedCardUi, type RegisterCardUi } from './card-ui-contract';
import { stepMention } from './mention-stepper';

const factory: CardUiFactory = (deps) => {
  const card = new CardController(deps);
  const ui: LoadedCardUi = Object.assign(card, { step: (direction: 1 | -1) => stepMention(deps.app, card, direction) });
  return ui;
};

/** Registers with the loader waiting in this world; false when none waits (a stale or stray injection). */
export function registerCardUi(world: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): boolean {
  const register = world[CARD_UI_KEY];
  if (typeof register !== 'function') return false;
  (register as RegisterCardUi)(factory);
  return true;
}
