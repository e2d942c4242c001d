import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const markupSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text is data: no innerHTML/outerHTML.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text is data: no innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', ...markupSinks],
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ is pure: it runs in Node and in every extension context, so it may not reach the DOM, the
    // extension APIs, WXT or Preact. Globals are checked too, not only imports.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/test-support/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', 'webextension-polyfill', '@wxt-dev/*'], message: 'core/ is pure TypeScript: no wxt, browser or Preact.' },
          { group: ['**/content/**', '**/components/**', '**/entrypoints/**', '**/utils/**', '**/background/**', '**/pages/**', '**/bench/**', '**/e2e/**', '**/scripts/**', '**/public/**'], message: 'core/ may only import core/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'browser', 'chrome', 'HTMLElement', 'Node', 'NodeFilter', 'Range', 'StaticRange', 'CSS', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    // Content scripts run on every page: no planner (the background plans, the page only runs a plan), no
    // extension-page views (the card's shared views in components/context are the exception) and no
    // background code.
    files: ['content/**/*.{ts,tsx}'],
    ignores: ['content/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/core/match/plan-matcher*', '**/core/match/compile-terms*'], message: 'content/ runs a matcher plan; planning is the background\'s job.' },
          { regex: '(^|/)components/(?!context/)', message: 'content/ may only use the card\'s views (components/context).' },
          { group: ['**/background/**', '**/pages/**', '**/entrypoints/**'], message: 'content/ may not import background or extension-page code.' },
        ],
      }],
    },
  },
  {
    // Components are views: props in, callbacks out. Extension APIs belong to the code that mounts them.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'], message: 'components/ are views: no extension APIs.' },
          { group: ['**/background/**', '**/content/**', '**/entrypoints/**', '**/pages/**', '**/utils/messaging*', '**/utils/settings-store*'], message: 'components/ are views: pass data and callbacks in as props.' },
        ],
      }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**', 'scripts/**', '*.config.*'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'e2e/**/*.mjs', '.ci/**', '*.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
