import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_UI_KEY, type CardUiFactory, type RegisterCardUi } from './card-ui-contract';
import { loadCardUi } from './card-ui-loader';
import { registerCardUi } from './register-card-ui';

const factory = (() => ({})) as unknown as CardUiFactory;

describe('loadCardUi (the content script gets the card UI on demand)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves with the factory the injected bundle registers, and leaves nothing on the world after', async () => {
    const world: Record<symbol, unknown> = {};
    const ask = vi.fn(async () => {
      (world[CARD_UI_KEY] as RegisterCardUi)(factory);
      return { ok: true };
    });
    await expect(loadCardUi({ ask, world, timeoutMs: 1000 })).resolves.toBe(factory);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(CARD_UI_KEY in world).toBe(false);
  });

  it('hands the real bundle’s registration the card controller’s factory', async () => {
    const world: Record<symbol, unknown> = {};
    const loaded = loadCardUi({ ask: async () => (registerCardUi(world) ? { ok: true } : { ok: false }), world, timeoutMs: 1000 });
    await expect(loaded).resolves.toBeTypeOf('function');
    // A stray second injection finds no loader waiting and does nothing.
    expect(registerCardUi(world)).toBe(false);
  });

  it('fails when the background refuses, or answers without the bundle having registered', async () => {
    const world: Record<symbol, unknown> = {};
    await expect(loadCardUi({ ask: async () => ({ ok: false }), world, timeoutMs: 1000 })).rejects.toThrow(/refused/);
    await expect(loadCardUi({ ask: async () => ({ ok: true }), world, timeoutMs: 1000 })).rejects.toThrow(/did not register/);
    await expect(loadCardUi({ ask: () => Promise.reject(new Error('gone')), world, timeoutMs: 1000 })).rejects.toThrow(/did not inject/);
    expect(CARD_UI_KEY in world).toBe(false);
  });

  it('fails after the timeout when the background never answers, and a late registration changes nothing', async () => {
    const world: Record<symbol, unknown> = {};
    const loaded = loadCardUi({ ask: () => new Promise(() => undefined), world, timeoutMs: 1000 });
    const register = world[CARD_UI_KEY] as RegisterCardUi;
    const failed = expect(loaded).rejects.toThrow(/in time/);
    await vi.advanceTimersByTimeAsync(1000);
    await failed;
    register(factory);
    expect(CARD_UI_KEY in world).toBe(false);
  });

  it('ignores a registration with no factory', async () => {
    const world: Record<symbol, unknown> = {};
    const loaded = loadCardUi({
      ask: async () => {
        (world[CARD_UI_KEY] as (f: unknown) => void)('not a function');
        return { ok: true };
      },
      world,
      timeoutMs: 1000,
    });
    await expect(loaded).rejects.toThrow(/did not register/);
  });
});
