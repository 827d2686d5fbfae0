/** What every bench case gets: options, and where its rows and notes go. */
import type { ResultRow } from "./report";

export interface BenchContext {
  /** Fewer runs and smaller sizes, for trying the bench out. */
  readonly quick: boolean;
  /** Case 4: build into a temporary directory (default) or measure the existing dist/. */
  readonly build: boolean;
  readonly rows: ResultRow[];
  /** Lines printed under the table (agreement counts, explanations). */
  readonly notes: string[];
  /** Progress on stderr, so that stdout holds only the report. */
  log(message: string): void;
}
