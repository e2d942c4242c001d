import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests only: core/ runs in Node, components/ and content/ in happy-dom (set per file with
// `// @vitest-environment happy-dom`). Real-browser tests live in e2e/ and run via scripts/test-all.mjs.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['*.test.ts', 'core/**/*.test.ts', 'extension-document/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'content/**/*.test.ts', 'utils/**/*.test.ts', 'background/**/*.test.ts', 'pages/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
