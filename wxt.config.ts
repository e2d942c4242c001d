import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import { renderIcons } from './scripts/icons.mjs';
import { pageScriptMinify } from './scripts/page-script-minify.mjs';

/** Fixed Firefox add-on id: storage, the moz-extension UUID pin in tests and updates depend on it. */
export const GECKO_ID = 'context-cards@context-cards.example';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  hooks: {
    // The icons are drawn from assets/icon/*.svg at every build (scripts/icons.mjs).
    'build:publicAssets': (wxt, files) => {
      const dir = path.join(wxt.config.wxtDir, 'icons');
      for (const file of renderIcons(dir)) files.push({ absoluteSrc: path.join(dir, file), relativeDest: `icons/${file}` });
    },
    // The scripts injected into pages (the content script on every page, the card UI on the first card) talk
    // to the browser's own API, not the polyfill (2.4 KB gzipped): content/native-browser.ts, decision 003.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'mentions' || e.name === 'card-ui' || e.name === 'sentinel')) return;
      const alias = config.resolve?.alias ?? [];
      const rest = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: path.resolve('content/native-browser.ts') }, ...rest] };
      config.plugins = [...(config.plugins ?? []), pageScriptMinify(['mentions.js', 'card-ui.js', 'sentinel.js'])];
      const ro = config.build?.rolldownOptions ?? {};
      config.build = { ...config.build, rolldownOptions: { ...ro, treeshake: { ...(typeof ro.treeshake === 'object' ? ro.treeshake : {}), moduleSideEffects: (id: string) => !/[\\/]core[\\/]/.test(id) } } };
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    minimum_chrome_version: browser === 'chrome' ? '105' : undefined,
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite', ...(browser === 'chrome' ? ['offscreen'] : [])],
    host_permissions: ['<all_urls>'],
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 96: 'icons/icon-96.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
      // Firefox picks the toolbar icon by theme: "light" is the one drawn for dark toolbars.
      ...(browser === 'firefox'
        ? { theme_icons: [16, 32].map((size) => ({ light: `icons/toolbar-light-${size}.png`, dark: `icons/icon-${size}.png`, size })) }
        : {}),
    },
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    // Not Alt+Shift+N/P: Chromium keeps those for itself and then leaves a suggested key unassigned
    // ("Not set"); J and K are free in Chromium and Firefox, and read as next/previous in many web apps.
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
