// The extracted sources the citeproc differential test formats (core/cite/test-support/extracted-sources.ts)
// are what the engine reads from those pages today: the fixture cannot drift from the engine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { citeSourceOf } from '../core/cite/pack-citation.ts';
import { EXTRACTED_SOURCES } from '../core/cite/test-support/extracted-sources.ts';
import { manyAuthorsPage } from '../core/extract/test-support/many-authors-page.ts';
import { seedPage } from '../core/extract/test-support/seed-page.ts';
import type { ContextPack } from '../core/pack/schema.ts';
import { describeWithShared } from '../core/test-support/shared-dir.ts';
import { extractHtmlInNode } from '../scripts/extract/extract-node.ts';

describeWithShared('extracted sources for the differential test', (shared) => {
  for (const { page, source } of EXTRACTED_SOURCES) {
    it(`${page} still extracts to the source the citation test formats`, async () => {
      const html = page === 'seed' ? seedPage(shared).html : page === 'many-authors' ? manyAuthorsPage() : readFileSync(path.join(shared, 'corpus', 'pages', page, 'source.html'), 'utf8');
      const outcome = await extractHtmlInNode(html, { readDay: '2026-12-06', url: `https://example.org/${page}` });
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(citeSourceOf((outcome.pack as ContextPack).source)).toEqual(source);
    }, 60_000);
  }
});
