// `npm run mutation -- --sample N [--seed S]`: an estimate of the whole scope's score from a random sample
// of N mutant sites (a code location and all its mutants, 1.5 on average), stratified by folder
// (scripts/mutation-sample-math.mjs). Stryker runs only the sampled sites: `mutate` names each one's
// location, and an ignorer (mutation-sample-ignorer.mjs) drops the nodes inside it. Its results go to docs/mutation/sample.json and the doc's sample section, never into the
// measured table (docs/mutation-testing.md, "A sampled estimate").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scope } from '../stryker.config.mjs';
import { filesIn, scopeMutants } from './mutation-scope.mjs';
import { folderOf } from './mutation-score.mjs';
import { pickSample } from './mutation-sample-math.mjs';
import { sampleRanges, sampleRows, sitesOf } from './mutation-sample-sites.mjs';

const START = '<!-- mutation-sample:start (written by scripts/mutation-sample.mjs) -->';
const END = '<!-- mutation-sample:end -->';
/** At least this many sites from every folder, so that a small folder gets an interval of its own. */
const FLOOR = 10;

const pct = (x) => (x === undefined ? 'n/a' : `${(100 * x).toFixed(1)} %`);

function markdown({ rows, total }, meta) {
  const lines = [
    `A **sample**, not a measurement: ${meta.sites} sites (${meta.sampled} mutants) drawn at random (seed ${meta.seed}, stratified by folder, at least ${FLOOR} sites a folder) from the ${meta.inScope} mutants of the scope, ${meta.date}, run in ${meta.minutes.toFixed(0)} minutes (concurrency ${meta.concurrency}). How the interval is computed: above.${meta.ignoreStatic ? ' Run with `--ignoreStatic`: static mutants (module-level code, which Stryker tests against every related test file) were not run and are counted under "not scored", so this estimates the score of the other mutants only.' : ''}`,
    '',
    '| folder | mutants in scope | sites sampled | mutants sampled | killed + timed out | survived | no coverage | not scored | sampled score | 95 % interval |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  for (const r of rows) lines.push(`| \`${r.folder}\` | ${r.mutants} | ${r.sampledSites} | ${r.sampled} | ${r.killed} | ${r.survived} | ${r.noCoverage} | ${r.errors + r.missing} | ${pct(r.interval.p)} | ${pct(r.interval.low)} to ${pct(r.interval.high)} |`);
  lines.push(`| **whole scope, weighted by folder** | ${meta.inScope} | ${meta.sites} | ${meta.sampled} | ${sum('killed')} | ${sum('survived')} | ${sum('noCoverage')} | ${sum('errors') + sum('missing')} | ${pct(total.p)} | ${pct(total.low)} to ${pct(total.high)} |`);
  return lines.join('\n');
}

/** Draws the sample, runs Stryker on it (`run(env)`), and reports. */
export async function runSample(root, { n, seed, concurrency, ignoreStatic = false, run }) {
  const files = filesIn(scope, root);
  const all = await scopeMutants(files, root);
  const sites = sitesOf(all);
  const picked = pickSample(sites, (site) => folderOf(site.fileName), n, seed, FLOOR);
  const { mutate, plan } = sampleRanges(picked);
  mkdirSync(path.join(root, 'reports', 'mutation'), { recursive: true });
  const planFile = path.join(root, 'reports', 'mutation', 'sample-plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const sampled = picked.reduce((t, site) => t + site.mutants.length, 0);
  console.log(`mutation sample (seed ${seed}): ${picked.length} of ${sites.length} sites, ${sampled} of ${all.length} mutants`);
  const started = Date.now();
  const result = await run({ MUTATION_SAMPLE: planFile, MUTATION_FILES: mutate.join(',') });
  const minutes = (Date.now() - started) / 60_000;
  if (result.code !== 0) return { ...result, minutes, sampled };
  const report = JSON.parse(readFileSync(path.join(root, 'reports', 'mutation', 'sample.json'), 'utf8'));
  const out = sampleRows(sites, picked, report);
  const meta = { seed, sites: picked.length, sampled, inScope: all.length, date: new Date().toISOString().slice(0, 10), minutes, concurrency, ignoreStatic };
  console.log(`\nmutation SAMPLE (seed ${seed}; an estimate, not the measured table): sampled score and its 95% interval`);
  for (const r of out.rows) console.log(`  ${r.folder.padEnd(20)} ${String(r.sampledSites).padStart(4)} sites, ${String(r.sampled).padStart(4)} of ${String(r.mutants).padStart(5)} mutants  ${pct(r.interval.p).padStart(8)}  ${pct(r.interval.low)} to ${pct(r.interval.high)}  (${r.killed} killed, ${r.survived} survived, ${r.noCoverage} no coverage, ${r.errors + r.missing} not scored)`);
  console.log(`  whole scope, weighted by folder: ${pct(out.total.p)} (${pct(out.total.low)} to ${pct(out.total.high)})`);
  writeFileSync(path.join(root, 'docs', 'mutation', 'sample.json'), `${JSON.stringify({ ...meta, rows: out.rows, total: out.total, mutants: out.outcomes })}\n`);
  const doc = path.join(root, 'docs', 'mutation-testing.md');
  const text = readFileSync(doc, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a !== -1 && b > a) writeFileSync(doc, `${text.slice(0, a + START.length)}\n${markdown(out, meta)}\n${text.slice(b)}`);
  return { ...result, minutes, sampled };
}
