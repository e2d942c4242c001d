/** The first-run page, opened by the background on install: wiring only (components/welcome). */
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import '../../components/brand/pages.css';
import '../../components/options/options.css';
import { mountPage } from '../../components/popup/mount-page';
import { WelcomeView } from '../../components/welcome/welcome-view';
import type { Settings } from '../../core/settings/settings';
import type { ShortcutInfo } from '../../components/brand/shortcuts';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';

function Welcome({ initial }: { /** Settings as the page opened. */ initial: Settings }) {
  const [quiet, setQuiet] = useState(initial.quietMode);
  const [commands, setCommands] = useState<ShortcutInfo[] | undefined>(undefined);
  useEffect(() => {
    browser.commands.getAll().then(
      (list) => setCommands(list.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }))),
      () => setCommands([]),
    );
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    watchSettings((s) => setQuiet(s.quietMode), controller.signal);
    return () => controller.abort();
  }, []);
  return (
    <WelcomeView
      quietMode={quiet}
      onQuietMode={(quietMode) => {
        setQuiet(quietMode);
        void updateSettings({ quietMode, firstRunSeen: true });
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      shortcuts={{ commands, browser: import.meta.env.FIREFOX ? 'firefox' : 'chrome' }}
    />
  );
}

async function main(): Promise<void> {
  // Nothing is written on load: the extension runs normally until the user changes something here.
  const settings = await loadSettings();
  mountPage('welcome_title', <Welcome initial={settings} />);
}

void main();
