import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import { buildCslItem } from './csl-item.ts';
import { toCslJson } from './csl-json.ts';
import { runCiteproc } from './test-support/citeproc-engine.ts';
import { REAL_SOURCE, VARIATIONS, variationItem } from './test-support/variations.ts';

const accessed = { year: 2026, month: 12, day: 31 };

/** The CSL-JSON schema's rules for what we emit, checked by hand (csl-data.json, v1.0). */
function schemaProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(value)) return ['top level is not an array'];
  value.forEach((raw: unknown, i) => {
    const item = raw as Record<string, unknown>;
    if (typeof item.id !== 'string' && typeof item.id !== 'number') problems.push(`${i}: id missing`);
    if (typeof item.type !== 'string') problems.push(`${i}: type missing`);
    for (const key of ['issued', 'accessed']) {
      if (!(key in item)) continue;
      const parts = (item[key] as { 'date-parts'?: unknown })['date-parts'];
      const ok =
        Array.isArray(parts) && parts.length >= 1 && parts.length <= 2 &&
        parts.every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every((n) => Number.isInteger(n)));
      if (!ok) problems.push(`${i}: ${key} date-parts malformed`);
    }
    for (const name of (item.author as unknown[] | undefined) ?? []) {
      const n = name as Record<string, unknown>;
      if (typeof n.family !== 'string' && typeof n.literal !== 'string') problems.push(`${i}: author without family`);
    }
    for (const key of ['title', 'container-title', 'URL', 'note']) {
      if (key in item && typeof item[key] !== 'string') problems.push(`${i}: ${key} not a string`);
    }
  });
  return problems;
}

describe('CSL-JSON export', () => {
  it('follows the schema rules (id, type, date-parts shape) for every variation', () => {
    for (const v of VARIATIONS) expect(schemaProblems(JSON.parse(toCslJson(variationItem(v)))), v.name).toEqual([]);
  });

  it('catches a malformed item, so the schema check can fail', () => {
    expect(schemaProblems([{ type: 'webpage', issued: { 'date-parts': [2018, 10] } }])).toEqual([
      '0: id missing',
      '0: issued date-parts malformed',
    ]);
  });

  it('keeps the source facts and never invents an author', () => {
    const [item] = JSON.parse(toCslJson(buildCslItem(REAL_SOURCE, accessed))) as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', title: REAL_SOURCE.title, 'container-title': 'CNN', URL: REAL_SOURCE.url });
    expect(item?.issued).toEqual({ 'date-parts': [[2018, 10, 31]] });
    expect(item?.accessed).toEqual({ 'date-parts': [[2026, 12, 31]] });
    expect(item).not.toHaveProperty('author');
  });

  it('ends the file with a line break after the array', () => {
    expect(toCslJson(buildCslItem(REAL_SOURCE, accessed))).toMatch(/\n\]\n$/);
  });
});

describeWithShared('CSL-JSON export read by citeproc-js', (shared) => {
  it('round-trips through citeproc: the parsed export formats like the original item', () => {
    const cslDir = path.join(shared, 'csl');
    const original = buildCslItem(REAL_SOURCE, accessed);
    const [parsed] = JSON.parse(toCslJson(original)) as (typeof original)[];
    if (!parsed) throw new Error('no item');
    const fromExport = runCiteproc(cslDir, 'harvard-cite-them-right.csl', 'en-GB', parsed, 'text');
    expect(fromExport.bibliography).toContain('(Accessed: 31 December 2026)');
    expect(fromExport).toEqual(runCiteproc(cslDir, 'harvard-cite-them-right.csl', 'en-GB', original, 'text'));
  }, 60_000);
});
