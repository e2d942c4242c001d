// Mutation score per folder from a Stryker JSON report (mutation-testing-report-schema).

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The folder a file is scored under: its first two path segments ('core/cite'), or one for a top-level file. */
export function folderOf(file) {
  const parts = file.replace(/\\/g, '/').split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
}

/** Rows `{ folder, detected, survived, noCoverage, other, score }`, one per folder plus one per top-level folder, sorted. */
export function scoresByFolder(report) {
  const rows = new Map();
  const row = (folder) => {
    if (!rows.has(folder)) rows.set(folder, { folder, detected: 0, survived: 0, noCoverage: 0, other: 0 });
    return rows.get(folder);
  };
  for (const [file, result] of Object.entries(report.files ?? {})) {
    const folders = new Set([folderOf(file), file.split('/')[0] + ' (all)']);
    for (const mutant of result.mutants ?? []) {
      for (const folder of folders) {
        const r = row(folder);
        if (DETECTED.has(mutant.status)) r.detected += 1;
        else if (mutant.status === 'Survived') r.survived += 1;
        else if (mutant.status === 'NoCoverage') r.noCoverage += 1;
        else r.other += 1;
      }
    }
  }
  for (const r of rows.values()) {
    const valid = r.detected + r.survived + r.noCoverage;
    r.score = valid ? (100 * r.detected) / valid : undefined;
  }
  return [...rows.values()].sort((a, b) => a.folder.localeCompare(b.folder));
}

export { DETECTED, UNDETECTED };
