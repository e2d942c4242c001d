/**
 * What every page gets (registered by the background, background/registration.ts): the sentinel, which
 * asks for the scanner (mentions.js) only where the page's text passes the strong terms' pre-check.
 * Wiring only: the work is in content/sentinel/.
 */
import { defineUnlistedScript } from '#imports';
import { Sentinel } from '../content/sentinel/sentinel';
import { SCANNER_RUNNING, SENTINEL_RUNNING } from '../content/sentinel/world-keys';

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<symbol, unknown>;
  // Once per isolated world (registered and injected on install); not at all where the scanner already runs.
  if (world[SENTINEL_RUNNING] || world[SCANNER_RUNNING]) return;
  world[SENTINEL_RUNNING] = true;
  // A failed start (extension reloaded mid-way, a page that blocks messaging) leaves the page untouched.
  new Sentinel().start().catch(() => undefined);
});
