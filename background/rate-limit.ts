/** A sliding-window limit per key (a tab): a compromised frame may not flood the clipboard or open tabs. */
export class RateLimiter {
  private readonly times = new Map<string | number, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** True, and counted, when `key` has had fewer than `max` allowed calls in the last window. */
  allow(key: string | number): boolean {
    const now = this.now();
    const recent = (this.times.get(key) ?? []).filter((t) => now - t < this.windowMs);
    // Keys with nothing recent are dropped, so the map holds only active tabs.
    for (const [k, list] of this.times) if (k !== key && list.every((t) => now - t >= this.windowMs)) this.times.delete(k);
    if (recent.length >= this.max) {
      this.times.set(key, recent);
      return false;
    }
    recent.push(now);
    this.times.set(key, recent);
    return true;
  }
}
