/** The scanner's work, as the benchmark (bench/, through bench-hook.ts) and e2e tests read it. */
export class ScanMetrics {
  /** Milliseconds of work in all slices, observer callbacks and other work for the scanner. */
  workMs = 0;
  /** Milliseconds of work in the longest slice so far. */
  longestSliceMs = 0;
  /** Slices so far (counted, for tests: long work is spread over many). */
  slices = 0;

  /** Work outside a slice (an observer callback): counted in the total only. */
  add(ms: number): void {
    this.workMs += ms;
  }

  /** One slice of work, or work counted as one (the scanner's start, a report). */
  slice(ms: number): void {
    this.workMs += ms;
    this.slices++;
    this.longestSliceMs = Math.max(this.longestSliceMs, ms);
  }
}
