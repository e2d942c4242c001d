/**
 * The scanner: injected by the background into a frame whose text passed the sentinel's strong pre-check
 * (entrypoints/sentinel.ts, background/scanner-inject.ts), and by the popup in quiet mode or after access is
 * granted. Wiring only: the work is in content/.
 */
import { defineUnlistedScript } from '#imports';
import { ContentController } from '../content/controller';
import { exposeForBench } from '../content/bench-hook';
import { attachCards } from '../content/card/attach-cards';
// Guards against a second injection into the same isolated world (popup scan + the sentinel's ask).
import { SCANNER_RUNNING as RUNNING } from '../content/sentinel/world-keys';

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<symbol, unknown>;
  if (world[RUNNING]) return;
  world[RUNNING] = true;
  const controller = new ContentController();
  exposeForBench(controller);
  // A failed start (extension reloaded mid-way, a page that blocks messaging) leaves the page untouched.
  controller.start().then(() => attachCards(controller)).catch(() => undefined);
});
