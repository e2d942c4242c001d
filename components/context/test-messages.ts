/** Test support: installs the shipped `_locales` messages in place of browser.i18n (unit tests only). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { setMessageSource } from '../../utils/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function read(folder: string): Messages {
  // node:path, not new URL(): happy-dom's URL does not resolve file: URLs.
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/_locales', folder, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** Substitutes as browser.i18n does: named placeholders to their content, then $1..$9 to the arguments. */
function lookup(messages: Messages, key: string, subs: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** Uses the shipped messages of a locale folder ("en", "zh_CN") with this BCP 47 locale. */
export function useShippedMessages(folder = 'en', locale = 'en-GB'): void {
  const messages = read(folder);
  setMessageSource((key, subs) => lookup(messages, key, subs), locale);
}

/**
 * Gives each test a fresh container in the document with the shipped messages installed, and unmounts
 * and removes it afterwards. `onCreate` receives the container (tests keep it in a variable).
 */
export function eachTestContainer(onCreate: (el: HTMLElement) => void, folder = 'en', locale = 'en-GB'): void {
  let el: HTMLElement;
  beforeEach(() => {
    useShippedMessages(folder, locale);
    el = document.createElement('div');
    document.body.append(el);
    onCreate(el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
    setMessageSource(null);
  });
}
