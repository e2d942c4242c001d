// The lint zones in eslint.config.js: each forbidden import fails lint, and the allowed ones pass.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.dirname(fileURLToPath(import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rule ids lint reports for `code` as if it were the file at `file` (relative to the repository). */
async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('lint zones', { timeout: 30_000 }, () => {
  it('content/ may not import background code', async () => {
    expect(await ruleIdsFor('content/probe.ts', "import { getPacks } from '../background/packs';\nvoid getPacks;\n")).toContain('no-restricted-imports');
  });

  it('content/ may not import extension-page views', async () => {
    expect(await ruleIdsFor('content/card/probe.ts', "import { PopupView } from '../../components/popup/popup-view';\nvoid PopupView;\n")).toContain('no-restricted-imports');
  });

  it('content/ may use the card views in components/context', async () => {
    expect(await ruleIdsFor('content/card/probe.ts', "import { TermContext } from '../../components/context/term-context';\nvoid TermContext;\n")).toEqual([]);
  });

  it('content/ may not import the matcher planner', async () => {
    expect(await ruleIdsFor('content/probe.ts', "import { planMatcher } from '../core/match/plan-matcher';\nvoid planMatcher;\n")).toContain('no-restricted-imports');
  });

  it('content/ may run a matcher plan', async () => {
    expect(await ruleIdsFor('content/probe.ts', "import { matcherFromPlan } from '../core/match/matcher-from-plan';\nvoid matcherFromPlan;\n")).toEqual([]);
  });

  it('components/ may not import extension APIs', async () => {
    expect(await ruleIdsFor('components/popup/probe.tsx', "import { browser } from 'wxt/browser';\nvoid browser;\n")).toContain('no-restricted-imports');
  });

  it('components/ may not reach the extension API globals', async () => {
    expect(await ruleIdsFor('components/popup/probe.tsx', 'export const id = chrome.runtime.id;\n')).toContain('no-restricted-globals');
  });

  it('core/ may not import anything outside core/', async () => {
    expect(await ruleIdsFor('core/match/probe.ts', "import { t } from '../../utils/i18n';\nvoid t;\n")).toContain('no-restricted-imports');
  });

  it('core/ may not import the DOM or extension libraries', async () => {
    expect(await ruleIdsFor('core/probe.ts', "import { h } from 'preact';\nvoid h;\n")).toContain('no-restricted-imports');
  });

  it('core/ may import core/', async () => {
    expect(await ruleIdsFor('core/match/probe.ts', "import { normalizeForMatch } from './normalize-for-match';\nvoid normalizeForMatch;\n")).toEqual([]);
  });
});
