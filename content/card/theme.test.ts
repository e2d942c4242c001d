// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { brightness, pageTheme, parseRgb, schemeIsDark } from './theme';

describe('parseRgb', () => {
  it('reads computed colours with and without alpha', () => {
    expect(parseRgb('rgb(23, 23, 26)')).toEqual([23, 23, 26, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
    // Wide-gamut forms are not rgb(): their 0-1 channels must not read as a near-black page.
    expect(parseRgb('color(srgb 0.9 0.9 0.9)')).toBeNull();
  });
});

describe('brightness', () => {
  it('runs from black to white, green weighing most', () => {
    expect(brightness([0, 0, 0])).toBe(0);
    expect(brightness([255, 255, 255])).toBeCloseTo(255, 5);
    expect(brightness([0, 200, 0])).toBeGreaterThan(brightness([0, 0, 200]));
  });
});

describe('schemeIsDark', () => {
  it('is dark for a dark-only page, or a light-and-dark page on a dark system', () => {
    expect(schemeIsDark('dark', false)).toBe(true);
    expect(schemeIsDark('light dark', true)).toBe(true);
    expect(schemeIsDark('light dark', false)).toBe(false);
    expect(schemeIsDark('normal', true)).toBe(false);
  });
});

describe('pageTheme', () => {
  it('follows a dark background painted behind the mention', () => {
    document.body.style.backgroundColor = 'rgb(23, 23, 26)';
    const p = document.createElement('p');
    document.body.append(p);
    expect(pageTheme(p)).toBe('dark');
    p.style.backgroundColor = 'rgb(250, 250, 240)';
    expect(pageTheme(p)).toBe('light');
    // A see-through layer does not decide: the dark body behind it does.
    p.style.backgroundColor = 'rgba(255, 255, 255, 0.1)';
    expect(pageTheme(p)).toBe('dark');
    p.remove();
    document.body.style.backgroundColor = '';
  });
});
