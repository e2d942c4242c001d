export interface Position { line: number; column: number }
export interface Location { start: Position; end: Position }
export interface SampledMutant { fileName: string; location: Location; mutatorName: string; replacement: string }
export interface Site { fileName: string; location: Location; mutants: SampledMutant[] }
export interface SampleRow {
  folder: string; mutants: number; sites: number; sampledSites: number; sampled: number;
  killed: number; survived: number; noCoverage: number; errors: number; missing: number;
  interval: { p: number | undefined; low: number; high: number; n: number };
}
export declare function sitesOf(mutants: readonly SampledMutant[]): Site[];
export declare function sampleRanges(sites: readonly Site[]): { mutate: string[]; plan: { files: Record<string, Location[]> } };
export declare function sampleRows(
  allSites: readonly Site[],
  picked: readonly Site[],
  report: { files?: Record<string, { mutants?: { location: Location; mutatorName: string; replacement?: string; status: string }[] }> },
): { rows: SampleRow[]; total: { p: number | undefined; low: number; high: number }; outcomes: { file: string; line: number; column: number; mutator: string; replacement: string; status: string }[] };
