/**
 * The content script, registered at run time by the background (see README "Quiet mode") and injected
 * into already open tabs on install. Wiring only: the work is in content/.
 */
import { defineUnlistedScript } from '#imports';
import { ContentController } from '../content/controller';
import { exposeForBench } from '../content/bench-hook';
import { attachCards } from '../content/card/attach-cards';

/** Guards against a second injection into the same isolated world (popup scan + registered script). */
const RUNNING = Symbol.for('context-cards.running');

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<symbol, unknown>;
  if (world[RUNNING]) return;
  world[RUNNING] = true;
  const controller = new ContentController();
  exposeForBench(controller);
  // A failed start (extension reloaded mid-way, a page that blocks messaging) leaves the page untouched.
  controller.start().then(() => attachCards(controller)).catch(() => undefined);
});
