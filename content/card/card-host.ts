/**
 * Builds one card's DOM: a host with a tag name no page can predict (random, no attributes), a closed
 * shadow root with the inline styles, the card (a manual popover where the browser has them) and its
 * live region. Each card gets a new one (see card-guard.ts for why).
 */
import { addStyles, cardStyles } from './card-styles';

export interface CardHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  card: HTMLElement;
  live: HTMLElement;
}

/** A valid custom element name, new for every card. */
function randomTagName(): string {
  const letters = [...crypto.getRandomValues(new Uint8Array(8))].map((n) => String.fromCharCode(97 + (n % 26))).join('');
  return `${letters.slice(0, 3)}-${letters.slice(3)}`;
}

export function createCardHost(doc: Document, popover: boolean): CardHost {
  const host = doc.createElement(randomTagName());
  const shadow = host.attachShadow({ mode: 'closed' });
  addStyles(shadow, cardStyles);
  const card = doc.createElement('div');
  card.className = 'cc-root cc-card';
  card.setAttribute('role', 'dialog');
  card.tabIndex = -1;
  if (popover) card.popover = 'manual';
  else card.hidden = true;
  const live = doc.createElement('div');
  live.className = 'cc-live';
  live.setAttribute('role', 'status');
  shadow.append(card, live);
  return { host, shadow, card, live };
}
