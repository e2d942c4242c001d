/**
 * Gets the card's UI into this frame on demand: leaves a registration function on the isolated world's
 * global, asks the background to inject the UI's bundle into this frame (`loadCardUi`), and resolves with the
 * factory the bundle registers. Most pages never open a card, so they never carry its UI.
 */
import { toBackground } from '../../utils/messaging';
import { CARD_UI_KEY, type CardUiFactory, type RegisterCardUi } from './card-ui-contract';

/** How long the background gets to inject the UI (a sleeping service worker must wake first). */
export const CARD_UI_TIMEOUT_MS = 5000;

export interface LoaderDeps {
  /** Asks the background to inject the bundle; resolves once it ran (or with ok false when refused). */
  ask(): Promise<{ ok: boolean } | undefined>;
  world: Record<symbol, unknown>;
  timeoutMs: number;
}

const defaults = (): LoaderDeps => ({
  ask: () => toBackground('loadCardUi', {}),
  world: globalThis as unknown as Record<symbol, unknown>,
  timeoutMs: CARD_UI_TIMEOUT_MS,
});

/** Resolves with the UI's factory once its bundle has registered; rejects when refused or too slow. */
export function loadCardUi(deps: LoaderDeps = defaults()): Promise<CardUiFactory> {
  const { ask, world, timeoutMs } = deps;
  return new Promise<CardUiFactory>((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      fn();
    };
    const register: RegisterCardUi = (factory) => {
      // Once only: a second injection (or anything else calling later) changes nothing.
      if (world[CARD_UI_KEY] !== register || typeof factory !== 'function') return;
      delete world[CARD_UI_KEY];
      done(() => resolve(factory));
    };
    world[CARD_UI_KEY] = register;
    const fail = (why: string) => {
      if (world[CARD_UI_KEY] === register) delete world[CARD_UI_KEY];
      done(() => reject(new Error(why)));
    };
    const timer = setTimeout(() => fail('the card UI did not load in time'), timeoutMs);
    ask().then(
      (answer) => {
        // The bundle registers while it runs, before the background answers; ok without it is a failure too.
        if (world[CARD_UI_KEY] === register) fail(answer?.ok ? 'the card UI ran but did not register' : 'the background refused the card UI');
      },
      () => fail('the background did not inject the card UI'),
    );
  });
}
