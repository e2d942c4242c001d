/** Options for {@link pollUntil}. */
export interface PollOptions {
  /** Give up after this many milliseconds (default 5000). */
  timeout?: number;
  /** Wait this long between tries (default 50). */
  interval?: number;
  /** Says what was awaited, in the error thrown at the deadline. */
  message?: string;
}

/**
 * Calls `read` until `accept` says yes, and returns that value; throws at the deadline with the
 * last value seen. Browser tests poll like this instead of sleeping: fast when things are quick,
 * patient when the machine is slow.
 */
export async function pollUntil<T>(
  read: () => T | Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 5000, interval = 50, message = 'condition' }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      // A page may be mid-navigation or a worker restarting: try again until the deadline.
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = lastError === undefined ? `last value: ${JSON.stringify(last)}` : `last error: ${String(lastError)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}; ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Polls until `read` returns a value other than undefined, null or false. */
export function pollFor<T>(read: () => T | Promise<T>, options?: PollOptions): Promise<Exclude<T, undefined | null | false>> {
  return pollUntil(read, (value) => value !== undefined && value !== null && value !== false, options) as Promise<
    Exclude<T, undefined | null | false>
  >;
}

/**
 * Checks that `accept` keeps holding for `duration` ms (default 1000), reading every `interval`;
 * returns the last value, or throws with the first value that broke it. For "stays dark" checks,
 * where there is no event to wait for, only a promise to keep.
 */
export async function holdsFor<T>(
  read: () => T | Promise<T>,
  accept: (value: T) => boolean,
  { duration = 1000, interval = 100, message = 'condition' }: { duration?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const end = Date.now() + duration;
  for (;;) {
    const value = await read();
    if (!accept(value)) throw new Error(`Expected ${message} to hold for ${duration} ms; broke with ${JSON.stringify(value)}`);
    if (Date.now() >= end) return value;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
