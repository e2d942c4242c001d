import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, inViewport, nearestBox, placeCard } from './placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };
const box = (left: number, top: number, width = 60, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('puts the card below the mention, at its start edge, when it fits', () => {
    expect(placeCard(box(100, 100), size, viewport)).toEqual({ left: 100, top: 120 + GAP, maxHeight: 200, side: 'below' });
  });

  it('puts the card above a mention near the bottom of the viewport', () => {
    const placed = placeCard(box(100, 700), size, viewport);
    expect(placed.side).toBe('above');
    expect(placed.top + size.height).toBe(700 - GAP);
  });

  it('keeps the card inside the right edge', () => {
    const placed = placeCard(box(950, 100, 40), size, viewport);
    expect(placed.left + size.width).toBe(viewport.width - MARGIN);
  });

  it('aligns to the mention\'s right edge on right-to-left pages', () => {
    const placed = placeCard(box(500, 100), size, viewport, true);
    expect(placed.left + size.width).toBe(560);
  });

  it('caps a card taller than the room on either side so it never covers the mention', () => {
    const tall = { width: 300, height: 700 };
    const mention = box(100, 500);
    const placed = placeCard(mention, tall, viewport);
    expect(placed.side).toBe('above');
    expect(placed.top).toBe(MARGIN);
    expect(placed.top + placed.maxHeight).toBe(mention.top - GAP);
    const low = placeCard(box(100, 100), tall, viewport);
    expect(low.side).toBe('below');
    expect(low.top + low.maxHeight).toBe(viewport.height - MARGIN);
  });

  it('sticks to the left margin when the card is wider than the viewport', () => {
    expect(placeCard(box(10, 10), { width: 1200, height: 100 }, viewport).left).toBe(MARGIN);
  });
});

describe('nearestBox', () => {
  it('picks the line of a wrapped mention under the pointer', () => {
    const lines = [box(900, 100, 90), box(0, 124, 40)];
    expect(nearestBox(lines, { x: 20, y: 130 })).toBe(lines[1]);
    expect(nearestBox(lines, { x: 950, y: 105 })).toBe(lines[0]);
    expect(nearestBox(lines)).toBe(lines[0]);
  });
});

describe('inViewport', () => {
  it('tells a mention scrolled out of view from one in view', () => {
    expect(inViewport(box(10, -50, 60, 20), viewport)).toBe(false);
    expect(inViewport(box(10, -10, 60, 20), viewport)).toBe(true);
    expect(inViewport(box(10, 800), viewport)).toBe(false);
  });
});
