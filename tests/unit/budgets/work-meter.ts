/**
 * A deterministic measure of how much work a synchronous call does — a count, not a time,
 * so that a budget test gives the same answer on every machine and every run.
 *
 * While `measureWork(fn)` runs `fn`, it counts:
 *  - elementVisits: for each call of an array method that walks the array (map, filter,
 *    forEach, reduce, some, every, find, includes, indexOf, join, slice, sort, …) and for
 *    each array iteration (for…of, spread, Array.from, new Set(array) …), the array's
 *    length; for each iteration over a Map or Set, its size; plus one per pushed element;
 *  - coreCalls: calls of the functions exported by the modules under src/core/ (calls from
 *    one module to another go through the exports object in the CommonJS build the tests run);
 *  - cellReads: reads of the input grid's cells, when the input was made with
 *    `instrumentGrid` (so that a loop that reads the input again and again is seen even
 *    when it uses neither array methods nor core functions).
 * Everything is restored when `fn` returns or throws. Not for use in production code.
 */
import * as path from "path";
import type { CellValue, PlanningInput, TableGrid } from "../../../src/core/planning/types";

export interface Work {
  readonly elementVisits: number;
  readonly coreCalls: number;
  readonly cellReads: number;
  readonly total: number;
}

const SRC_CORE = path.resolve(__dirname, "..", "..", "..", "src", "core") + path.sep;

/** Array methods whose cost is the array's length. */
const WALKING_METHODS = [
  "concat",
  "copyWithin",
  "entries",
  "every",
  "fill",
  "filter",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "flat",
  "flatMap",
  "forEach",
  "includes",
  "indexOf",
  "join",
  "keys",
  "lastIndexOf",
  "map",
  "reduce",
  "reduceRight",
  "reverse",
  "shift",
  "slice",
  "some",
  "sort",
  "splice",
  "toString",
  "unshift",
  "values",
] as const;

const COLLECTION_METHODS = ["forEach", "keys", "values", "entries"] as const;

let cellReads = 0;
let active = false;

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;

function isClass(fn: unknown): boolean {
  return typeof fn === "function" && /^class\b/.test(Function.prototype.toString.call(fn));
}

/**
 * A copy of the input whose every cell counts a read (`cellReads`) while a measurement runs.
 * The rows stay real arrays (Array.isArray is true), with an accessor per element.
 */
export function instrumentGrid(input: PlanningInput): PlanningInput {
  const wrap = (grid: TableGrid | undefined): TableGrid | undefined => {
    if (!grid) return undefined;
    const values = grid.values.map((row) => {
      const out: CellValue[] = new Array(row.length);
      for (let j = 0; j < row.length; j++) {
        const value = row[j];
        Object.defineProperty(out, j, {
          enumerable: true,
          configurable: true,
          get(): CellValue {
            if (active) cellReads++;
            return value;
          },
        });
      }
      return out;
    });
    return { ...grid, values };
  };
  return {
    settings: wrap(input.settings),
    closedDays: wrap(input.closedDays),
    units: wrap(input.units),
    meetings: wrap(input.meetings),
    cases: wrap(input.cases),
  };
}

/** Runs `fn` once and returns the work it did. */
export function measureWork(fn: () => unknown): Work {
  if (active) throw new Error("measureWork does not nest");
  let visits = 0;
  let calls = 0;
  const restore: (() => void)[] = [];
  const patch = (target: object, key: PropertyKey, make: (original: AnyFn) => AnyFn): void => {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (!descriptor || typeof descriptor.value !== "function" || descriptor.writable === false)
      return;
    const original = descriptor.value as AnyFn;
    Object.defineProperty(target, key, { ...descriptor, value: make(original) });
    restore.push(() => Object.defineProperty(target, key, descriptor));
  };

  const arrayProto = Array.prototype as unknown as Record<PropertyKey, unknown>;
  for (const name of WALKING_METHODS) {
    patch(
      arrayProto,
      name,
      (original) =>
        function (this: unknown, ...args: unknown[]): unknown {
          if (active) visits += (this as { length: number }).length;
          return original.apply(this, args);
        }
    );
  }
  patch(
    arrayProto,
    Symbol.iterator,
    (original) =>
      function (this: unknown, ...args: unknown[]): unknown {
        if (active) visits += (this as { length: number }).length;
        return original.apply(this, args);
      }
  );
  patch(
    arrayProto,
    "push",
    (original) =>
      function (this: unknown, ...args: unknown[]): unknown {
        if (active) visits += args.length;
        return original.apply(this, args);
      }
  );
  for (const proto of [Map.prototype, Set.prototype] as unknown as Record<PropertyKey, unknown>[]) {
    for (const name of [...COLLECTION_METHODS, Symbol.iterator]) {
      patch(
        proto,
        name,
        (original) =>
          function (this: unknown, ...args: unknown[]): unknown {
            if (active) visits += (this as { size: number }).size;
            return original.apply(this, args);
          }
      );
    }
  }

  // Exported functions of every loaded module under src/core/.
  for (const [file, mod] of Object.entries(require.cache)) {
    if (!mod || !file.startsWith(SRC_CORE)) continue;
    const exportsObject = mod.exports as Record<string, unknown>;
    for (const key of Object.keys(exportsObject)) {
      const value = Object.getOwnPropertyDescriptor(exportsObject, key)?.value;
      if (typeof value !== "function" || isClass(value)) continue;
      patch(
        exportsObject,
        key,
        (original) =>
          function (this: unknown, ...args: unknown[]): unknown {
            if (active) calls++;
            return original.apply(this, args);
          }
      );
    }
  }

  cellReads = 0;
  active = true;
  try {
    fn();
  } finally {
    active = false;
    for (let i = restore.length - 1; i >= 0; i--) restore[i]();
  }
  const reads = cellReads;
  return {
    elementVisits: visits,
    coreCalls: calls,
    cellReads: reads,
    total: visits + calls + reads,
  };
}
