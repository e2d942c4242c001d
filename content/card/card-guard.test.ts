// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardGuard, type TamperReason } from './card-guard';

/** An event as the browser makes it (happy-dom lets a test set what browsers keep unforgeable). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function setup() {
  const host = document.createElement('abc-defgh');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.cc-card{color:black}');
  shadow.adoptedStyleSheets = [sheet];
  const card = document.createElement('div');
  const button = document.createElement('button');
  button.textContent = 'Open full context';
  card.append(button);
  shadow.append(card);
  document.documentElement.append(host);
  const reasons: TamperReason[] = [];
  const guard = new CardGuard(host, shadow, (why) => reasons.push(why));
  guard.watch();
  const action = vi.fn();
  button.addEventListener('click', action);
  return { host, shadow, sheet, card, button, guard, reasons, action };
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.documentElement.querySelectorAll('abc-defgh').forEach((e) => e.remove());
});

describe('CardGuard', () => {
  it('stops a made-up click before the button, and lets a real one through', () => {
    const { button, action, guard } = setup();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(action).not.toHaveBeenCalled();
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(action).toHaveBeenCalledTimes(1);
    guard.stop();
  });

  it('stops made-up keys, focus and pointer events too', () => {
    const { card, guard } = setup();
    const seen = vi.fn();
    for (const type of ['keydown', 'focusin', 'pointerdown', 'pointerenter']) card.addEventListener(type, seen);
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    card.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    card.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    card.dispatchEvent(new PointerEvent('pointerenter'));
    expect(seen).not.toHaveBeenCalled();
    card.dispatchEvent(trusted(new PointerEvent('pointerenter')));
    expect(seen).toHaveBeenCalledTimes(1);
    guard.stop();
  });

  it('reports a change the page makes to the card, and not our own', async () => {
    const { button, card, guard, reasons } = setup();
    expect(guard.own(() => (card.style.left = '10px'))).toBe(true);
    guard.own(() => button.append(' now'));
    await microtask();
    expect(reasons).toEqual([]);
    button.textContent = 'Mute';
    await microtask();
    expect(reasons).toEqual(['mutation']);
  });

  it('lets the reader open and close a fold of the card, but not change what the fold holds', async () => {
    const { card, guard, reasons } = setup();
    const fold = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = '2 more';
    fold.append(summary, 'a folded quotation');
    guard.own(() => card.append(fold));
    await microtask();
    fold.open = true;
    await microtask();
    fold.open = false;
    await microtask();
    expect(reasons).toEqual([]);
    fold.setAttribute('title', 'changed');
    await microtask();
    expect(reasons).toEqual(['mutation']);
  });

  it('skips our change when the page changed the card just before it', () => {
    const { card, guard, reasons } = setup();
    card.setAttribute('style', 'opacity:0');
    const ours = vi.fn();
    expect(guard.own(ours)).toBe(false);
    expect(ours).not.toHaveBeenCalled();
    expect(reasons).toEqual(['mutation']);
  });

  it('reports a change to the host, which lives in the page', async () => {
    const { host, reasons } = setup();
    host.setAttribute('style', 'display:none');
    await microtask();
    expect(reasons).toEqual(['mutation']);
  });

  it('refuses a real click on a card whose style sheet the page changed', () => {
    const { sheet, button, action, reasons } = setup();
    sheet.insertRule('button{position:fixed;inset:0;opacity:0}', 1);
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(action).not.toHaveBeenCalled();
    expect(reasons).toEqual(['styles']);
  });

  it('reports the page\'s selection inside the card', () => {
    const { button, guard, reasons } = setup();
    expect(guard.intact()).toBe(true);
    document.getSelection()!.setBaseAndExtent(button.firstChild!, 0, button.firstChild!, 4);
    document.dispatchEvent(trusted(new Event('selectionchange')));
    expect(reasons).toEqual(['selection']);
  });

  it('ignores a made-up selectionchange and a selection outside the card', () => {
    const { button, guard, reasons } = setup();
    document.getSelection()!.setBaseAndExtent(button.firstChild!, 0, button.firstChild!, 4);
    document.dispatchEvent(new Event('selectionchange'));
    expect(reasons).toEqual([]);
    const outside = document.body.appendChild(document.createElement('p'));
    outside.textContent = 'page text';
    document.getSelection()!.setBaseAndExtent(outside.firstChild!, 0, outside.firstChild!, 4);
    document.dispatchEvent(trusted(new Event('selectionchange')));
    expect(reasons).toEqual([]);
    guard.stop();
    outside.remove();
  });

  it('reports once and then stands down', async () => {
    const { button, card, guard, reasons } = setup();
    button.textContent = 'x';
    card.setAttribute('title', 'y');
    await microtask();
    expect(guard.own(() => undefined)).toBe(false);
    expect(guard.intact()).toBe(false);
    expect(reasons).toEqual(['mutation']);
  });
});

describe('CardGuard and the reader\'s presses', () => {
  it('starts no selection on a real press in the card, except in the manual-copy box', () => {
    const { card, button, guard } = setup();
    card.tabIndex = -1;
    const text = document.createElement('p');
    text.textContent = 'quotation';
    card.append(text);
    const press = (target: Element) => {
      const e = trusted(new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true, button: 0 }));
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(press(text)).toBe(true);
    expect(press(button)).toBe(true);
    const box = document.createElement('textarea');
    card.append(box);
    expect(press(box)).toBe(false);
    guard.stop();
  });
});
