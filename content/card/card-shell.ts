/**
 * One card's DOM (card-host.ts) with its guard and the listeners the card itself needs: key presses kept
 * from the page's shortcuts, the pointer entering and leaving, where focus came from, and use pinning it.
 * Each listener checks `isTrusted` itself too: the guard is one line of defence, not the only one.
 */
import { createCardHost, type CardHost } from './card-host';
import { CardGuard, type TamperReason } from './card-guard';

export interface CardShell extends CardHost {
  guard: CardGuard;
}

export interface ShellEvents {
  /** The page touched the card (it must go). */
  tampered(why: TamperReason): void;
  pointerInCard(inside: boolean): void;
  /** Focus moved into the card from `from`, an element outside it. */
  focusFrom(from: HTMLElement): void;
  /** The reader used the card (a click, a tap). */
  used(): void;
}

export function createCardShell(doc: Document, popover: boolean, events: ShellEvents): CardShell {
  const parts = createCardHost(doc, popover);
  const { host, shadow, card } = parts;
  // The guard's listeners come first: events the page makes up stop there (see card-guard.ts).
  const guard = new CardGuard(host, shadow, (why) => events.tampered(why));
  // Key presses inside the card must not reach the page's shortcuts (issue 5).
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  card.addEventListener('pointerenter', (e) => e.isTrusted && events.pointerInCard(true));
  card.addEventListener('pointerleave', (e) => e.isTrusted && events.pointerInCard(false));
  card.addEventListener('focusin', (e) => {
    const from = e.relatedTarget;
    if (e.isTrusted && from instanceof HTMLElement && !card.contains(from)) events.focusFrom(from);
  });
  card.addEventListener('pointerdown', (e) => e.isTrusted && events.used());
  return { ...parts, guard };
}
