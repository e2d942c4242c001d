/**
 * This frame's settings: asked of the background (which validates them and tells a frame only its own site's
 * part), and asked again on each change, the newest answer winning.
 */
import type { Settings } from '../core/settings/settings';
import { toBackground } from '../utils/messaging';
import { onSettingsChanged } from '../utils/settings-store';

/** The settings now; `apply` gets each later answer until `signal` aborts. */
export async function syncSettings(signal: AbortSignal, apply: (settings: Settings) => void): Promise<Settings> {
  let asked = 0;
  const fetchSettings = async () => {
    const ask = ++asked;
    const { settings } = await toBackground('getSettings', {});
    return ask === asked ? settings : null;
  };
  const first = (await fetchSettings())!;
  onSettingsChanged(() => void fetchSettings().then((s) => s && !signal.aborted && apply(s), () => undefined), signal);
  return first;
}
