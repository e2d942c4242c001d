// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ContentApp } from '../content-app';
import { CARD_UI_KEY, type CardUiFactory, type ContentSource } from './card-ui-contract';
import { registerCardUi } from './register-card-ui';

/** The factory the injected bundle hands a waiting loader. */
function registeredFactory(): CardUiFactory {
  let got: CardUiFactory | null = null;
  const world: Record<symbol, unknown> = { [CARD_UI_KEY]: (f: CardUiFactory) => (got = f) };
  expect(registerCardUi(world)).toBe(true);
  return got!;
}

describe('the injected card UI', () => {
  it('registers only with a loader waiting in its world', () => {
    expect(registerCardUi({})).toBe(false);
    expect(typeof registeredFactory()).toBe('function');
  });

  it('asks for a hovered term’s content through the slot’s swapped source when there is one', async () => {
    const swapped: ContentSource = { cached: vi.fn(() => undefined), load: vi.fn(async () => null) };
    const ui = registeredFactory()({ app: {} as ContentApp, setOwnHost: () => undefined, contentsOverride: () => swapped });
    const t1 = { key: 'p/t1', packId: 'p', termId: 't1' };
    const t2 = { key: 'q/t1', packId: 'q', termId: 't1' };
    ui.prefetch(t1);
    expect(swapped.load).toHaveBeenCalledWith(t1);
    ui.prefetch(t2);
    expect(swapped.load).toHaveBeenLastCalledWith(t2);
  });

  it('steps to the page’s next mention: revealed, its card pinned and focused, its place announced', () => {
    const text = document.body.appendChild(document.createTextNode('Xinjiang'));
    const record = { key: 'p/x', packId: 'p', termId: 'x', nodes: [text], range: { startOffset: 0 } };
    const reveal = vi.fn();
    const app = { shown: () => [record], focused: null, reveal, labelOf: (id: string) => id } as unknown as ContentApp;
    const ui = registeredFactory()({ app, setOwnHost: () => undefined, contentsOverride: () => null });
    const show = vi.spyOn(ui, 'show').mockImplementation(() => undefined);
    const announce = vi.spyOn(ui, 'announce').mockImplementation(() => undefined);
    ui.step(-1);
    expect(reveal).toHaveBeenCalledWith(record, false);
    expect(show).toHaveBeenCalledWith(record, 'pinned', { focus: true });
    expect(announce).toHaveBeenCalledTimes(1);
  });
});
