import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STYLES } from '../../core/cite/styles';
import { CITATION_STYLE_IDS } from '../../core/settings/settings';

// The card names the default style from _locales, so the content script need not carry the style table.
const locales = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/_locales');
const read = (folder: string) => JSON.parse(readFileSync(path.join(locales, folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('citation style names in the card', () => {
  for (const folder of ['en', 'zh_CN']) {
    it(`match the style table for every style a user can choose (${folder})`, () => {
      const messages = read(folder);
      for (const id of CITATION_STYLE_IDS) {
        const name = STYLES.find((s) => s.id === id)?.name;
        expect(messages[`card_style_${id.replace(/-/g, '_')}`]?.message, id).toBe(name);
      }
    });
  }
});
