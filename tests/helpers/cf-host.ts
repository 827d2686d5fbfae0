/**
 * Calls the custom functions with arguments as Excel passes them, for a given host:
 *
 * | the formula has …                | Excel on Windows/Mac ("desktop") | Excel on the web ("web") |
 * |----------------------------------|----------------------------------|--------------------------|
 * | an empty cell as an argument     | `0`                              | `null`                   |
 * | an empty cell inside a range     | `0`                              | `null`                   |
 * | an optional argument left out    | `null`                           | `null`                   |
 *
 * (OfficeDev/office-js#4702: "empty cells are passed as zero in desktop and null in office
 * web"; #5262 and #1951: empty cells in a range arrive as 0.) The runtime passes every
 * declared parameter, so arguments left out at the end are `null` too, never `undefined`.
 *
 * In a test, write `EMPTY` for an empty cell (also inside a range) and `OMITTED` for an
 * argument left out; `asHost(mode, fn)` gives `fn` as that host calls it.
 */
import type { DateSystem } from "../../src/core/dates/date-system";
import { fromSerial1900 } from "../../src/core/dates/date-system";
import { setWorkbookDateSystem } from "../../src/functions/runtime-date-system";
import { d } from "./dates";

export type HostMode = "desktop" | "web";
export const HOST_MODES: readonly HostMode[] = ["desktop", "web"];
export const DATE_SYSTEMS: readonly DateSystem[] = ["1900", "1904"];

/** An empty cell given as an argument or inside a range. */
export const EMPTY: unique symbol = Symbol("empty cell");
/** An optional argument left out. */
export const OMITTED: unique symbol = Symbol("omitted argument");

/** What `mode` passes for an empty cell. */
export function emptyCell(mode: HostMode): 0 | null {
  return mode === "desktop" ? 0 : null;
}

/** One argument as the host passes it. */
export function hostArgument(arg: unknown, mode: HostMode): unknown {
  if (arg === EMPTY) return emptyCell(mode);
  if (arg === OMITTED || arg === undefined) return null;
  if (Array.isArray(arg))
    return arg.map((row: unknown) =>
      Array.isArray(row)
        ? row.map((cell: unknown) => (cell === EMPTY ? emptyCell(mode) : cell))
        : row
    );
  return arg;
}

/**
 * `fn` as `mode` calls it: every declared parameter is passed (missing ones as `null`), and
 * `EMPTY` / `OMITTED` become what that host passes.
 */
export function asHost<A extends unknown[], R>(
  mode: HostMode,
  fn: (...args: A) => R
): (...args: unknown[]) => R {
  return (...args: unknown[]): R => {
    const passed: unknown[] = [];
    const n = Math.max(fn.length, args.length);
    for (let i = 0; i < n; i++) passed.push(hostArgument(args[i], mode));
    return fn(...(passed as A));
  };
}

/**
 * Runs the suite's tests with the functions' date system set to `system` (restored to 1900
 * after), and gives the serial of an ISO date in that system.
 */
export function inDateSystem(system: DateSystem): { date: (iso: string) => number } {
  before(() => setWorkbookDateSystem(system));
  after(() => setWorkbookDateSystem("1900"));
  return { date: (iso: string) => fromSerial1900(d(iso), system) };
}
