/**
 * The card's UI, injected by the background (background/card-ui.ts) into a frame's isolated world when a
 * reader first opens a card there; never registered as a content script. It hands its factory to the content
 * script through the world's global (content/card/card-ui-loader.ts). Wiring only: the work is in content/card/.
 */
import { defineUnlistedScript } from '#imports';
import { registerCardUi } from '../content/card/register-card-ui';

export default defineUnlistedScript(() => registerCardUi());
