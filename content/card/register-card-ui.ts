/** The injected UI's side of the hand-over: gives the content script's loader the card controller's factory. */
import { CardController } from './card-controller';
import { CARD_UI_KEY, type CardUiFactory, type RegisterCardUi } from './card-ui-contract';

const factory: CardUiFactory = (deps) => new CardController(deps);

/** Registers with the loader waiting in this world; false when none waits (a stale or stray injection). */
export function registerCardUi(world: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): boolean {
  const register = world[CARD_UI_KEY];
  if (typeof register !== 'function') return false;
  (register as RegisterCardUi)(factory);
  return true;
}
