// The sites of a mutation sample (scripts/mutation-sample.mjs): mutants grouped by location, the `mutate`
// ranges that make Stryker run just those, and the sampled score per folder from Stryker's report.
import { DETECTED, folderOf } from './mutation-score.mjs';
import { clusterInterval, stratified } from './mutation-sample-math.mjs';

/** A mutant's identity across the instrumenter (0-based lines and columns) and the report (1-based). */
const key = (file, loc, mutatorName, replacement) => `${file}|${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}|${mutatorName}|${replacement}`;
const babelLoc = (loc) => ({ start: { line: loc.start.line + 1, column: loc.start.column }, end: { line: loc.end.line + 1, column: loc.end.column } });
const reportLoc = (loc) => ({ start: { line: loc.start.line + 1, column: loc.start.column + 1 }, end: { line: loc.end.line + 1, column: loc.end.column + 1 } });

/** The mutants grouped by site: file and location (lines and columns from 0), in the instrumenter's order. */
export function sitesOf(mutants) {
  const sites = new Map();
  for (const m of mutants) {
    const id = key(m.fileName, m.location, '', '');
    if (!sites.has(id)) sites.set(id, { fileName: m.fileName, location: m.location, mutants: [] });
    sites.get(id).mutants.push(m);
  }
  return [...sites.values()];
}

/** Stryker's `mutate` entries (`file:line:column-line:column`, lines from 1, columns from 0) and the
 * ignorer's plan (babel locations per file) for the sampled sites. */
export function sampleRanges(sites) {
  const files = {};
  const mutate = [];
  for (const site of sites) {
    const loc = babelLoc(site.location);
    mutate.push(`${site.fileName}:${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}`);
    (files[site.fileName] ??= []).push(loc);
  }
  return { mutate, plan: { files } };
}

/** Per folder: mutants and sites in scope, the sampled sites' mutants as Stryker reported them, and the
 * sampled score with its interval; and the whole scope, weighted by each folder's mutants. */
export function sampleRows(allSites, picked, report) {
  const statuses = new Map();
  for (const [file, result] of Object.entries(report.files ?? {})) {
    for (const m of result.mutants ?? []) statuses.set(key(file.replace(/\\/g, '/'), m.location, m.mutatorName, m.replacement), m.status);
  }
  const rows = new Map();
  const row = (folder) => {
    if (!rows.has(folder)) rows.set(folder, { folder, mutants: 0, sites: 0, sampledSites: 0, sampled: 0, killed: 0, survived: 0, noCoverage: 0, errors: 0, missing: 0, clusters: [] });
    return rows.get(folder);
  };
  for (const site of allSites) {
    const r = row(folderOf(site.fileName));
    r.sites += 1;
    r.mutants += site.mutants.length;
  }
  const outcomes = [];
  for (const site of picked) {
    const r = row(folderOf(site.fileName));
    const cluster = { y: 0, m: 0 };
    r.sampledSites += 1;
    for (const m of site.mutants) {
      const status = statuses.get(key(m.fileName, reportLoc(m.location), m.mutatorName, m.replacement)) ?? 'missing';
      outcomes.push({ file: m.fileName, line: m.location.start.line + 1, column: m.location.start.column + 1, mutator: m.mutatorName, replacement: m.replacement, status });
      r.sampled += 1;
      const scored = DETECTED.has(status) || status === 'Survived' || status === 'NoCoverage';
      if (DETECTED.has(status)) r.killed += 1;
      else if (status === 'Survived') r.survived += 1;
      else if (status === 'NoCoverage') r.noCoverage += 1;
      else if (status === 'missing') r.missing += 1;
      else r.errors += 1;
      if (scored) cluster.m += 1;
      if (DETECTED.has(status)) cluster.y += 1;
    }
    r.clusters.push(cluster);
  }
  const list = [...rows.values()].sort((a, b) => a.folder.localeCompare(b.folder));
  for (const r of list) {
    r.interval = clusterInterval(r.clusters, r.sites);
    delete r.clusters;
  }
  return { rows: list, total: stratified(list.map((r) => ({ weight: r.mutants, interval: r.interval }))), outcomes };
}
