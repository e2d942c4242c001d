import type { Location } from './mutation-sample-sites.mjs';
export declare function sampleIgnoreReason(sampled: readonly Location[] | undefined, loc: Location | null | undefined): string | undefined;
export declare function sampleIgnorer(sample: { files: Record<string, Location[]> }): { shouldIgnore(path: unknown): string | undefined };
export declare const strykerPlugins: unknown[];
