// How a test that cannot run says so: its block is declared anyway (so its tests are listed and
// counted), titled with "[skipped: <reason>]" so `npm test` (scripts/test-all.mjs) can group the
// skips by reason. With CI=true the same tests fail instead, so a run cannot pass by skipping.
import { beforeEach, describe, it, type TestContext } from 'vitest';

/** On CI a missing prerequisite is a failure, never a silent skip. */
export const isCI = (): boolean => process.env.CI === 'true';

/** The title of a skipped block: scripts/test-all.mjs reads the reason back from it. */
export function skippedTitle(title: string, reason: string): string {
  return `${title} [skipped: ${reason}]`;
}

/**
 * Declares `body`'s tests under `title` when they cannot run because `reason`: skipped (and
 * warned about) on a developer's machine, failing when CI=true.
 */
export function declareMissing(title: string, reason: string, body?: () => void): void {
  const declareTests =
    body ??
    (() => {
      it('needs what is missing', () => undefined);
    });
  if (isCI()) {
    describe(title, () => {
      beforeEach(() => {
        throw new Error(`CI=true and ${reason}: these tests must run on CI.`);
      });
      declareTests();
    });
    return;
  }
  console.warn(`\n*** SKIPPED "${title}": ${reason}. These tests did not run. ***\n`);
  describe.skip(skippedTitle(title, reason), declareTests);
}

/**
 * Declares a block that does not apply to some environment (a browser without the feature): its
 * tests are listed as skipped with the reason, on CI too, since nothing is missing.
 */
export function declareNotApplicable(title: string, reason: string, body: () => void): void {
  describe.skip(skippedTitle(title, reason), body);
}

/** Skips the running test with a reason that `npm test` prints (ctx.skip alone carries none to the report). */
export function skipWithReason(ctx: TestContext, reason: string): never {
  (ctx.task.meta as Record<string, unknown>).skipReason = reason;
  return ctx.skip(reason);
}
