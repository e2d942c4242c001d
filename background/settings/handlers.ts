/** The extension's pages (options, popup, first-run, review) read and change the whole settings here;
 * content scripts may not (they get their own site's part through getSettings). */
import type { Browser } from 'wxt/browser';
import type { Settings } from '../../core/settings/settings';
import { fromExtensionPage } from '../validate-messages';
import { readSettingsChange } from './page-requests';

type Sender = Browser.runtime.MessageSender;

export interface SettingsPageDeps {
  load: () => Promise<Settings>;
  update: (change: Partial<Settings>) => Promise<Settings>;
  runtimeId: string;
  extensionOrigin: string;
}

export function settingsPageHandlers(deps: SettingsPageDeps) {
  const allowed = (sender: Sender) => fromExtensionPage(sender, deps.runtimeId, deps.extensionOrigin);
  return {
    getAllSettings: async (_data: unknown, sender: Sender): Promise<{ settings: Settings | null }> => ({ settings: allowed(sender) ? await deps.load() : null }),
    changeSettings: async (data: unknown, sender: Sender): Promise<{ settings: Settings | null }> => {
      const change = allowed(sender) ? readSettingsChange(data) : null;
      return { settings: change ? await deps.update(change) : null };
    },
  };
}
