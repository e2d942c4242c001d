import { Instrumenter } from '@stryker-mutator/instrumenter';
import { describe, expect, it } from 'vitest';
import { sampleIgnoreReason, sampleIgnorer } from './mutation-sample-ignorer.mjs';
import { sampleRanges, sampleRows, sitesOf, type Location, type SampledMutant } from './mutation-sample-sites.mjs';

const at = (line: number, column: number, endLine: number, endColumn: number): Location => ({ start: { line, column }, end: { line: endLine, column: endColumn } });
const mutant = (fileName: string, location: Location, mutatorName: string, replacement = 'x'): SampledMutant => ({ fileName, location, mutatorName, replacement });
/** The report's location of an instrumenter location: lines and columns from 1. */
const reported = (loc: Location): Location => at(loc.start.line + 1, loc.start.column + 1, loc.end.line + 1, loc.end.column + 1);

describe('the sites of a mutation sample', () => {
  it('groups the mutants of one location into one site, per file', () => {
    const a = at(3, 4, 3, 10);
    const sites = sitesOf([mutant('core/a.ts', a, 'ConditionalExpression', 'true'), mutant('core/a.ts', a, 'ConditionalExpression', 'false'), mutant('core/b.ts', a, 'ConditionalExpression'), mutant('core/a.ts', at(3, 4, 3, 11), 'StringLiteral')]);
    expect(sites.map((s) => [s.fileName, s.mutants.length])).toEqual([
      ['core/a.ts', 2],
      ['core/b.ts', 1],
      ['core/a.ts', 1],
    ]);
  });

  it('names each site to Stryker with lines from 1 and columns from 0', () => {
    const [site] = sitesOf([mutant('core/a.ts', at(0, 5, 2, 1), 'BlockStatement')]);
    const { mutate, plan } = sampleRanges([site!]);
    expect(mutate).toEqual(['core/a.ts:1:5-3:1']);
    expect(plan).toEqual({ files: { 'core/a.ts': [at(1, 5, 3, 1)] } });
  });

  it('scores only the sampled mutants, finds them at the report’s positions, and counts what the report lacks', () => {
    const cond = at(9, 2, 9, 12);
    const str = at(20, 0, 20, 5);
    const all = sitesOf([
      mutant('core/x/a.ts', cond, 'ConditionalExpression', 'true'),
      mutant('core/x/a.ts', cond, 'ConditionalExpression', 'false'),
      mutant('core/x/a.ts', str, 'StringLiteral', '""'),
      mutant('core/x/a.ts', at(30, 0, 30, 3), 'BooleanLiteral', 'false'),
      mutant('utils/c.ts', at(1, 0, 1, 4), 'StringLiteral', '""'),
    ]);
    const picked = all.slice(0, 3);
    const report = {
      files: {
        'core/x/a.ts': {
          mutants: [
            { location: reported(cond), mutatorName: 'ConditionalExpression', replacement: 'true', status: 'Killed' },
            { location: reported(cond), mutatorName: 'ConditionalExpression', replacement: 'false', status: 'Survived' },
            { location: reported(str), mutatorName: 'StringLiteral', replacement: '""', status: 'Timeout' },
            // Ran alongside (a node between nested sampled ones): not in the sample, not counted.
            { location: reported(at(9, 0, 9, 20)), mutatorName: 'LogicalOperator', replacement: 'a || b', status: 'Survived' },
          ],
        },
      },
    };
    const { rows, outcomes } = sampleRows(all, picked, report);
    const x = rows.find((r) => r.folder === 'core/x')!;
    expect(x).toMatchObject({ mutants: 4, sites: 3, sampledSites: 3, sampled: 4, killed: 2, survived: 1, missing: 1, errors: 0 });
    expect(x.interval.p).toBeCloseTo(2 / 3, 10);
    expect(rows.find((r) => r.folder === 'utils')).toMatchObject({ mutants: 1, sampledSites: 0, sampled: 0 });
    expect(outcomes.map((o) => o.status)).toEqual(['Killed', 'Survived', 'Timeout', 'missing']);
    expect(outcomes[0]).toMatchObject({ file: 'core/x/a.ts', line: 10, column: 3 });
  });
});

describe('the ignorer that keeps a sample to its sites', () => {
  const sampled = [at(2, 10, 8, 1), at(4, 4, 4, 20)];

  it('keeps the sampled nodes and the nodes that hold one, and drops the other nodes inside a sampled range', () => {
    expect(sampleIgnoreReason(sampled, at(2, 10, 8, 1))).toBeUndefined();
    expect(sampleIgnoreReason(sampled, at(4, 4, 4, 20))).toBeUndefined();
    expect(sampleIgnoreReason(sampled, at(4, 0, 4, 30))).toBeUndefined();
    expect(sampleIgnoreReason(sampled, at(5, 2, 5, 9))).toMatch(/not in the sample/);
    expect(sampleIgnoreReason(sampled, at(4, 6, 4, 9))).toMatch(/not in the sample/);
    expect(sampleIgnoreReason(sampled, at(12, 0, 12, 5))).toBeUndefined();
    expect(sampleIgnoreReason(undefined, at(5, 2, 5, 9))).toBeUndefined();
  });

  it('makes Stryker’s instrumenter place exactly the sampled sites’ mutants', async () => {
    const source = ['export function f(a: number, b: string): string {', "  if (a > 2 && b !== '') return b.trim();", "  return 'none';", '}', ''].join('\n');
    const quiet = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false, trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {} };
    const instrument = (mutate: true | Location[], ignorers: { shouldIgnore(p: unknown): string | undefined }[]) =>
      new Instrumenter(quiet as never).instrument([{ name: 'fixture.ts', content: source, mutate }], { plugins: null, excludedMutations: [], ignorers } as never);
    const every = (await instrument(true, [])).mutants.map((m) => ({ fileName: m.fileName, location: m.location, mutatorName: m.mutatorName, replacement: m.replacement }));
    const sites = sitesOf(every);
    // The function's body (which holds every other site) and the `a > 2` comparison inside it.
    const body = sites.find((s) => s.mutants.some((m) => m.mutatorName === 'BlockStatement') && s.location.start.line === 0)!;
    const compare = sites.find((s) => s.mutants.some((m) => m.mutatorName === 'EqualityOperator' && m.replacement.includes('>=')))!;
    const { mutate, plan } = sampleRanges([body, compare]);
    const ranges = mutate.map((r) => {
      const [, l1, c1, l2, c2] = /:(\d+):(\d+)-(\d+):(\d+)$/.exec(r)!.map(Number);
      return at(l1! - 1, c1!, l2! - 1, c2!);
    });
    const placed = (await instrument(ranges, [sampleIgnorer(plan)])).mutants.filter((m) => !m.status);
    const expected = [...body.mutants, ...compare.mutants].map((m) => `${m.mutatorName} ${m.replacement}`).sort();
    // The `a > 2 && b !== ''` condition holds the sampled comparison, so its own mutants run too (not counted).
    const between = placed.filter((m) => m.location.start.column === 6 && m.location.end.column === 23);
    expect(placed.filter((m) => !between.includes(m)).map((m) => `${m.mutatorName} ${m.replacement}`).sort()).toEqual(expected);
    expect(every.length).toBeGreaterThan(placed.length + 3);
  });
});
