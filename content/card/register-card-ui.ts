/** The injected UI's side of the hand-over: gives the content script's loader the card controller's factory. */
import { CardController } from './card-controller';
import { CARD_UI_KEY, type CardUiFactory, type ContentSource, type LoadedCardUi, type RegisterCardUi } from './card-ui-contract';
import { stepMention } from './mention-stepper';
import { TermContents, type KeyedTerm } from './term-request';

const factory: CardUiFactory = (deps) => {
  const own = new TermContents();
  const source = () => deps.contentsOverride() ?? own;
  const contents: ContentSource = { cached: (term) => source().cached(term), load: (term) => source().load(term) };
  const card = new CardController({ app: deps.app, setOwnHost: (host) => deps.setOwnHost(host), contents });
  const ui: LoadedCardUi = Object.assign(card, {
    step: (direction: 1 | -1) => stepMention(deps.app, card, direction),
    prefetch: (term: KeyedTerm) => void contents.load(term).catch(() => undefined),
  });
  return ui;
};

/** Registers with the loader waiting in this world; false when none waits (a stale or stray injection). */
export function registerCardUi(world: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): boolean {
  const register = world[CARD_UI_KEY];
  if (typeof register !== 'function') return false;
  (register as RegisterCardUi)(factory);
  return true;
}
