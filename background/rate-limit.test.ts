import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows max calls per window for one key, then refuses until the window moves on', () => {
    let now = 1000;
    const limit = new RateLimiter(3, 1000, () => now);
    expect([limit.allow(1), limit.allow(1), limit.allow(1), limit.allow(1)]).toEqual([true, true, true, false]);
    now += 999;
    expect(limit.allow(1)).toBe(false);
    now += 1;
    expect(limit.allow(1)).toBe(true);
  });

  it('counts each key on its own', () => {
    const limit = new RateLimiter(1, 1000, () => 0);
    expect(limit.allow(1)).toBe(true);
    expect(limit.allow(2)).toBe(true);
    expect(limit.allow(1)).toBe(false);
  });
});
