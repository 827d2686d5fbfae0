/**
 * The one header-to-column lookup of the planning tables. Every place that finds a column
 * by its header text — the reader (read.ts), the date-system conversion
 * (table-date-system.ts) and the pane's actions — asks this module, so that all of them
 * accept the same headers.
 *
 * A table's columns are a record of `ColumnHeader`s (core/i18n/headers.ts, e.g.
 * `MEETING_COLUMNS`). A header cell names the column `key` when its text (`cellText`),
 * compared by `headerKey` (cleaned spaces, lower case, trailing parentheticals removed),
 * equals that of the column's Swedish header, its English header or one of its aliases.
 * When two columns of a record accept the same text, the first in the record's order wins
 * (no table of headers.ts has such a pair; a test holds that). A blank header names no column.
 *
 * API:
 * - `columnKey(columns, cell)`: the key the header cell names, or undefined.
 * - `locateColumns(columns, header)`: over a header row, the index of the first cell naming
 *   each key (`found`; keys not named are absent) and every later cell naming a key already
 *   found (`duplicates`, left to right, with its key).
 * - `columnIndex(columns, key, header)`: the index of the first cell naming `key`, or -1.
 *
 * Pure: no Office, no workbook. The lookup of each record is built once and cached.
 */
import type { ColumnHeader } from "../i18n/headers";
import { cellText, headerKey } from "./normalize";
import type { CellValue } from "./types";

/** A table's columns: key → header texts. */
export type Columns<K extends string = string> = Readonly<Record<K, ColumnHeader>>;

/** The columns found in a header row. */
export interface LocatedColumns<K extends string> {
  /** Index (within the row) of the first cell naming each found key. */
  readonly found: Partial<Record<K, number>>;
  /** Later cells naming a key already found, left to right. */
  readonly duplicates: readonly { readonly key: K; readonly index: number }[];
}

const lookups = new WeakMap<object, ReadonlyMap<string, string>>();

/** headerKey of every accepted text → its column's key (first column wins). */
function lookupOf<K extends string>(columns: Columns<K>): ReadonlyMap<string, K> {
  let map = lookups.get(columns);
  if (!map) {
    const built = new Map<string, K>();
    for (const key of Object.keys(columns) as K[]) {
      const h = columns[key];
      for (const text of [h.sv, h.en, ...(h.aliases ?? [])]) {
        const k = headerKey(text);
        if (k !== "" && !built.has(k)) built.set(k, key);
      }
    }
    lookups.set(columns, built);
    map = built;
  }
  return map as ReadonlyMap<string, K>;
}

/** The key of `columns` the header cell names, or undefined (blank or unknown header). */
export function columnKey<K extends string>(
  columns: Columns<K>,
  cell: CellValue | undefined
): K | undefined {
  const k = headerKey(cellText(cell));
  return k === "" ? undefined : lookupOf(columns).get(k);
}

/** The first cell naming each key of `columns` in the header row, and the duplicates. */
export function locateColumns<K extends string>(
  columns: Columns<K>,
  header: readonly (CellValue | undefined)[]
): LocatedColumns<K> {
  const found: Partial<Record<K, number>> = {};
  const duplicates: { key: K; index: number }[] = [];
  for (let j = 0; j < header.length; j++) {
    const key = columnKey(columns, header[j]);
    if (key === undefined) continue;
    if (found[key] === undefined) found[key] = j;
    else duplicates.push({ key, index: j });
  }
  return { found, duplicates };
}

/** The index of the first cell of the header row naming `key`, or -1. */
export function columnIndex<K extends string>(
  columns: Columns<K>,
  key: K,
  header: readonly (CellValue | undefined)[]
): number {
  for (let j = 0; j < header.length; j++) if (columnKey(columns, header[j]) === key) return j;
  return -1;
}
