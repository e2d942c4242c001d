// Issue 5: the card speaks the UI's language. With a Chinese browser UI (Chromium --lang=zh-CN, Firefox
// intl.locale.requested with its zh-CN language pack) the card's labels, dates and announcements are
// Chinese and its `lang` is zh-CN, while each quotation keeps the source's own language.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings/settings.ts';
import { card, expectedQuotes, mouseClick, openCard, openScanned, pack, pointAt, shippedMessage, SHOTS, step } from './card-support.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

const zh = (key: string) => shippedMessage('zh_CN', key);
const HAN = /\p{Script=Han}/u;

forEachBrowser(
  (env) => {
    itWithPages('shows Chinese labels on a zh-CN card, and keeps each quotation in its own language', async (track) => {
      mkdirSync(SHOTS, { recursive: true });
      const uiLanguage = await env.browser.evaluateInExtension(() => ((globalThis as any).browser ?? (globalThis as any).chrome).i18n.getUILanguage() as string);
      expect(uiLanguage, 'the browser runs with a Chinese UI').toBe('zh-CN');
      const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-zh'), track);
      const { x, y } = await pointAt(page, 'Jeremy Hunt');
      await mouseClick(page, x, y);
      const open = await openCard(env, tabId, 'a card in the Chinese UI');
      expect(open.lang).toBe('zh-CN');
      expect(open.dir).toBe('ltr');
      expect(open.labels).toEqual([zh('card_gistLabel'), zh('card_quotesLabel'), zh('card_datesLabel')]);
      expect(open.labels.every((label) => HAN.test(label)), 'the labels are Chinese, not the English fallback').toBe(true);
      expect(open.closeLabel).toBe(zh('card_close'));
      const style = zh(`card_style_${DEFAULT_SETTINGS.citationStyle.replace(/-/g, '_')}`);
      expect(open.buttons).toEqual([zh('card_copyCitation').replace('$1', style), zh('card_mute'), zh('card_openContext')]);
      // Dates in the UI's locale ("2018年10月31日"), quotations in the source's words and language.
      expect(open.dates.length).toBeGreaterThan(0);
      expect(open.dates.every((date) => /\d{4}年/.test(date)), open.dates.join(' | ')).toBe(true);
      expect(open.quotes).toEqual(expectedQuotes('jeremy-hunt'));
      // Each item names its source, with its label in the UI's language.
      expect(open.sources.length).toBeGreaterThan(0);
      expect(open.sources.every((named) => named.endsWith(` · ${zh('card_sourceCurated')}`)), open.sources.join(' | ')).toBe(true);
      const quoteLangs = pack.terms.find((t) => t.id === 'jeremy-hunt')!.quoteIds.map((id) => pack.quotes.find((q) => q.id === id)!.lang);
      expect(quoteLangs).toContain('en');
      expect(open.quoteAttributes).toEqual(quoteLangs.map((lang) => ({ lang, dir: 'auto' })));
      await page.screenshot(path.join(SHOTS, `card-${env.name}-zh.png`));
    });

    itWithPages('announces the next mention in Chinese', async (track) => {
      const { tabId } = await openScanned(env, env.server.demoUrl('?card-zh-step'), track);
      await step(env, tabId, 1);
      const pattern = new RegExp(`^${zh('card_stepAnnounce').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$[123]/g, '(.+)')}$`);
      const first = await pollUntil(() => card(env, tabId), (s) => s.shown && s.live !== '', { message: 'the first mention announced' });
      const match = pattern.exec(first.live);
      expect(match, `"${first.live}" against ${pattern}`).not.toBeNull();
      expect(match!.slice(1)).toEqual(['1', match![2], first.heading]);
      expect(Number(match![2])).toBeGreaterThan(3);
    });
  },
  { locale: 'zh-CN' },
);
