import { describe, expect, it, vi } from 'vitest';
import type { ContentApp } from '../controller';
import type { MentionRecord } from '../mention-store';
import { CardSlot } from './card-slot';
import type { CardUiFactory, ContentSource, LoadedCardUi, SlotDeps } from './card-ui-contract';

const ref = { key: 'p/a', packId: 'p', termId: 'a' };
const rec = (termId: string) => ({ key: `p/${termId}`, packId: 'p', termId }) as unknown as MentionRecord;
const host = {} as EventTarget;

/** A UI that records what it was asked to do. */
function fakeUi() {
  const calls: string[] = [];
  let open: LoadedCardUi['open'] = null;
  const ui: LoadedCardUi = {
    get open() {
      return open;
    },
    element: null,
    lastTamper: null,
    onPointerInCard: () => undefined,
    isCard: (t) => t === host,
    show: (record, mode, opts) => {
      open = { record, mode };
      calls.push(`show ${record.termId} ${mode}${opts?.focus ? ' focus' : ''}`);
    },
    close: () => {
      open = null;
      calls.push('close');
    },
    announce: (text) => calls.push(`announce ${text}`),
    reposition: () => calls.push('reposition'),
    rendered: () => calls.push('rendered'),
    step: (direction) => calls.push(`step ${direction}`),
    prefetch: (term) => calls.push(`prefetch ${term.termId}`),
  };
  return { ui, calls };
}

function setup() {
  const { ui, calls } = fakeUi();
  let resolveLoad!: (f: CardUiFactory) => void;
  let rejectLoad!: (e: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<CardUiFactory>((resolve, reject) => {
        resolveLoad = resolve;
        rejectLoad = reject;
      }),
  );
  let given: SlotDeps | null = null;
  const factory: CardUiFactory = (deps) => ((given = deps), ui);
  const slot = new CardSlot({ app: {} as ContentApp, setOwnHost: () => undefined }, load);
  const finish = async () => {
    resolveLoad(factory);
    await vi.waitFor(() => expect(slot.loaded).toBe(true));
  };
  return { slot, ui, calls, load, finish, fail: () => rejectLoad(new Error('refused')), deps: () => given };
}

describe('CardSlot (stands in for the card UI until it loads)', () => {
  it('loads the UI on the first show, then shows that card, focused as asked', async () => {
    const { slot, calls, load, finish } = setup();
    const a = rec('a');
    slot.show(a, 'pinned', { focus: true });
    expect(slot.open).toEqual(expect.objectContaining({ record: a, mode: 'pinned' }));
    expect(slot.element).toBeNull();
    await finish();
    expect(calls).toEqual(['show a pinned focus']);
    // Later cards go straight to the UI, and the UI is loaded once.
    slot.show(rec('b'), 'hover');
    expect(calls.at(-1)).toBe('show b hover');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows nothing when the waiting card was closed, or its mention went, before the UI came', async () => {
    const { slot, calls, finish } = setup();
    const a = rec('a');
    slot.show(a, 'hover');
    slot.close();
    expect(slot.open).toBeNull();
    slot.show(a, 'hover');
    slot.rendered(new Set([rec('other')]));
    expect(slot.open).toBeNull();
    await finish();
    expect(calls).toEqual([]);
  });

  it('keeps the latest card asked for, pinned when any trigger pinned it', async () => {
    const { slot, calls, finish } = setup();
    const a = rec('a');
    slot.show(rec('x'), 'hover');
    slot.show(a, 'pinned');
    slot.show(a, 'hover');
    await finish();
    expect(calls).toEqual(['show a pinned']);
  });

  it('prefetches the UI on a hover, then has it ask for the term’s content, before any card shows', async () => {
    const { slot, load, finish, calls } = setup();
    slot.prefetch(ref);
    expect(load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);
    await finish();
    await vi.waitFor(() => expect(calls).toEqual(['prefetch a']));
    expect(slot.isCard(host)).toBe(true);
    slot.prefetch({ key: 'p/b', packId: 'p', termId: 'b' });
    await vi.waitFor(() => expect(calls).toEqual(['prefetch a', 'prefetch b']));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets the UI read, at each use, a content source swapped into the slot (a test’s silent background)', async () => {
    const { slot, finish, deps } = setup();
    slot.prefetch(ref);
    await finish();
    expect(deps()!.contentsOverride()).toBeNull();
    const swapped: ContentSource = { cached: () => undefined, load: () => Promise.reject(new Error('no answer')) };
    slot.contents = swapped;
    expect(deps()!.contentsOverride()).toBe(swapped);
  });

  it('forwards the pointer entering the card to whoever listens on the slot', async () => {
    const { slot, ui, finish } = setup();
    const seen: boolean[] = [];
    slot.onPointerInCard = (inside) => seen.push(inside);
    slot.show(rec('a'), 'hover');
    await finish();
    ui.onPointerInCard(true);
    ui.onPointerInCard(false);
    expect(seen).toEqual([true, false]);
  });

  it('loads the UI on the first keyboard step, then hands it the steps asked for meanwhile, in order', async () => {
    const { slot, calls, load, finish } = setup();
    slot.step(1);
    slot.step(-1);
    slot.step(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);
    await finish();
    expect(calls).toEqual(['step 1', 'step -1', 'step 1']);
    slot.step(-1);
    expect(calls.at(-1)).toBe('step -1');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('drops the steps asked for when the UI cannot load', async () => {
    const { slot, calls, load, fail, finish } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    slot.step(1);
    fail();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    slot.show(rec('b'), 'pinned');
    expect(load).toHaveBeenCalledTimes(2);
    await finish();
    expect(calls).toEqual(['show b pinned']);
    warn.mockRestore();
  });

  it('forgets a failed load, drops the waiting card, and asks again on the next card', async () => {
    const { slot, load, fail } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    slot.show(rec('a'), 'pinned');
    fail();
    await vi.waitFor(() => expect(slot.open).toBeNull());
    expect(warn).toHaveBeenCalled();
    slot.show(rec('b'), 'pinned');
    expect(load).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
