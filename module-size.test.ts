// One idea per module (docs/architecture.md): no source file of the content script or the matcher is over
// 250 lines. Tests are not counted; everything else under content/ and core/match/ is.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.dirname(fileURLToPath(import.meta.url));
const MAX_LINES = 250;
const FOLDERS = ['content', 'core/match'];

/** The .ts and .tsx files under `dir` that are not tests, relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/** Lines as an editor counts them (a final newline ends the last line, it does not start another). */
function lines(file: string): number {
  const text = readFileSync(path.join(root, file), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('module size', () => {
  it('finds the sources it checks', () => {
    for (const dir of FOLDERS) expect(sources(dir).length, dir).toBeGreaterThan(5);
    expect(sources('content')).toContain(path.join('content', 'page-scanner.ts'));
  });

  it(`keeps every source file in ${FOLDERS.join(' and ')} at ${MAX_LINES} lines or fewer`, () => {
    const over = FOLDERS.flatMap(sources).map((file) => ({ file, lines: lines(file) })).filter((f) => f.lines > MAX_LINES);
    expect(over).toEqual([]);
  });
});
