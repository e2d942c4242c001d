// changedSites when a site's muted terms are swapped one for another (issue 29: a mutant the suite let through).
import { expect, it } from 'vitest';
import { changedSites } from './changed-sites';

it('names a site whose muted terms were swapped for as many others', () => {
  const lists = (terms: string[]) => ({ disabledSites: [], mutedTerms: { 'example.org': terms } });
  expect([...changedSites(lists(['lu-kang', 'wang-yi']), lists(['lu-kang', 'xinjiang']))]).toEqual(['example.org']);
  expect([...changedSites(lists(['lu-kang', 'wang-yi']), lists(['wang-yi', 'lu-kang']))]).toEqual([]);
});
