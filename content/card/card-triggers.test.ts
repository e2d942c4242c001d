// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import type { ContentApp } from '../controller';
import type { CardSlot } from './card-slot';
import { CardTriggers } from './card-triggers';

/** An event as the browser makes it (happy-dom lets a test set what browsers keep unforgeable). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function setup() {
  const cards = {
    open: { mode: 'pinned', record: {} },
    isCard: () => false,
    show: vi.fn(),
    close: vi.fn(),
    rendered: vi.fn(),
    reposition: vi.fn(),
    onPointerInCard: () => undefined,
  };
  const app = { settings: () => DEFAULT_SETTINGS, mentionsAt: () => [] } as unknown as ContentApp;
  const triggers = new CardTriggers(cards as unknown as CardSlot, app);
  const controller = new AbortController();
  triggers.start(controller.signal);
  return { cards, stop: () => controller.abort() };
}

describe('CardTriggers and made-up events', () => {
  it('leaves an open card open on a made-up Escape, and closes it on a real one', () => {
    const { cards, stop } = setup();
    const made = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(made);
    expect(cards.close).not.toHaveBeenCalled();
    expect(made.defaultPrevented).toBe(false);
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    expect(cards.close).toHaveBeenCalledTimes(1);
    stop();
  });

  it('closes nothing on a made-up click away from the card, and does on a real one', () => {
    const { cards, stop } = setup();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
    expect(cards.close).not.toHaveBeenCalled();
    document.body.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, button: 0 })));
    expect(cards.close).toHaveBeenCalledTimes(1);
    stop();
  });

  it('schedules nothing from a made-up pointer leaving the window', () => {
    vi.useFakeTimers();
    try {
      const { cards, stop } = setup();
      cards.open.mode = 'hover';
      document.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
      vi.advanceTimersByTime(1000);
      expect(cards.close).not.toHaveBeenCalled();
      document.dispatchEvent(trusted(new PointerEvent('pointerout', { bubbles: true })));
      vi.advanceTimersByTime(1000);
      expect(cards.close).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
