export declare function randomFrom(seed: number): () => number;
export declare function allocate(sizes: Record<string, number>, n: number, floor?: number): Record<string, number>;
export declare function drawWithout<T>(items: readonly T[], k: number, random: () => number): T[];
export declare function pickSample<T>(items: readonly T[], strataOf: (item: T) => string, n: number, seed: number, floor?: number): T[];
export interface Interval { p: number | undefined; low: number; high: number }
export declare function wilson(k: number, n: number, N?: number, z?: number): Interval;
export declare function clusterInterval(sites: readonly { y: number; m: number }[], N: number, z?: number): Interval & { n: number };
export declare function stratified(strata: readonly { weight: number; interval: Interval }[], z?: number): Interval;
