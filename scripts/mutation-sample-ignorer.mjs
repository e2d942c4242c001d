// A Stryker ignorer for `npm run mutation -- --sample N`: the sample's `mutate` ranges are the locations of
// the sampled mutants, and a range also takes in every node inside it; this ignores those inner nodes, so
// only the sampled nodes' mutants run (and those of a node between two nested sampled ones).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/** Babel locations (line from 1, column from 0) of the sampled nodes, per file relative to the project. */
const plan = process.env.MUTATION_SAMPLE ? JSON.parse(readFileSync(process.env.MUTATION_SAMPLE, 'utf8')) : { files: {} };

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const inside = (outer, inner) => before(outer.start, inner.start) && before(inner.end, outer.end);
const same = (a, b) => a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;

/** Why a node is left out of the sample, or undefined to keep it: a node inside a sampled range that neither
 * is a sampled node nor holds one. */
export function sampleIgnoreReason(sampled, loc) {
  if (!sampled?.length || !loc) return undefined;
  if (sampled.some((s) => same(s, loc) || inside(loc, s))) return undefined;
  return sampled.some((s) => inside(s, loc)) ? 'not in the sample (npm run mutation -- --sample)' : undefined;
}

function fileOf(nodePath) {
  const name = nodePath.node.loc?.filename ?? nodePath.hub?.file?.opts?.filename;
  return name ? path.relative(process.cwd(), path.resolve(name)).replace(/\\/g, '/') : undefined;
}

/** The ignorer for a plan: `{ files: { 'core/x.ts': [babel locations] } }`. */
export function sampleIgnorer(sample) {
  return { shouldIgnore: (nodePath) => sampleIgnoreReason(sample.files[fileOf(nodePath)], nodePath.node.loc) };
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'sample', sampleIgnorer(plan))];
