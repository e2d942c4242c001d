// The set-up the scanner's happy-dom tests share: the shipped pack's terms and detention words, a StaticRange
// for happy-dom (which has none), and scanners' abort controllers that end, with the page, after each test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, vi } from 'vitest';
import type { MatchTerm, MatchVariant } from '../../core/match/types';

const packFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
/** The shipped pack, as the matcher and the detention plan read it. */
export const shippedPack = JSON.parse(readFileSync(packFile, 'utf8')) as { terms: MatchTerm[]; detentionWords: MatchVariant[] };

// The scanner only stores what a StaticRange was made with, so a record of that stands in.
(globalThis as { StaticRange?: unknown }).StaticRange ??= class {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
};

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Aborts `controller` after the test (its scanner stops); the page is emptied and mocks restored then too. */
export function track(controller: AbortController): AbortController {
  controllers.push(controller);
  return controller;
}
