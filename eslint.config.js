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
          { group: ['../content/*', '../../content/*', '../components/*', '../../components/*', '../entrypoints/*', '../../entrypoints/*', '../utils/*', '../../utils/*'], message: 'core/ may only import core/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'browser', 'chrome', 'HTMLElement', 'Node', 'NodeFilter', 'Range', 'StaticRange', 'CSS', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**', 'scripts/**', '*.config.*'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'e2e/**/*.mjs', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
