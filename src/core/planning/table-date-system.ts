/**
 * The planning core counts in the 1900 date system. A workbook in the 1904 system (an old
 * Mac workbook) stores every date 1 462 lower; these functions convert the date cells of
 * what is read (by the planning tables' date columns) and of what is written (by the
 * columns formatted as dates), and leave everything else as it is: times of day, counts,
 * text, and ISO dates typed as text, which name a calendar day in either system.
 */
import { type DateSystem, fromSerial1900, toSerial1900 } from "../dates/date-system";
import { CASE_COLUMNS, CLOSED_DAY_COLUMNS, MEETING_COLUMNS } from "../i18n/headers";
import { type Columns, locateColumns } from "./columns";
import { DATE_FORMAT } from "./output";
import type { CellValue, PlanningInput, TableGrid } from "./types";

/** A planning table's columns and which of them hold dates. */
interface DateColumns {
  readonly columns: Columns;
  readonly dates: readonly string[];
}

function dateColumns<K extends string>(columns: Columns<K>, dates: readonly K[]): DateColumns {
  return { columns, dates };
}

/** The columns of each planning table that hold dates. */
const DATE_COLUMNS: Readonly<Partial<Record<keyof PlanningInput, DateColumns>>> = {
  closedDays: dateColumns(CLOSED_DAY_COLUMNS, ["date"]),
  meetings: dateColumns(MEETING_COLUMNS, ["date", "caseDeadline", "releaseDeadline"]),
  cases: dateColumns(CASE_COLUMNS, ["meetingDate", "notified"]),
};

function shift(value: CellValue, convert: (serial: number) => number): CellValue {
  if (typeof value !== "number" || !Number.isFinite(value)) return value;
  const day = Math.floor(value);
  return convert(day) + (value - day);
}

function gridTo1900(grid: TableGrid, { columns, dates }: DateColumns): TableGrid {
  // Every column a date header names, a duplicate one too (the reader reports that).
  const { found, duplicates } = locateColumns(columns, grid.values[0] ?? []);
  const cols = [
    ...dates.flatMap((key) => (found[key] === undefined ? [] : [found[key]])),
    ...duplicates.filter((d) => dates.includes(d.key)).map((d) => d.index),
  ];
  if (cols.length === 0) return grid;
  const values = grid.values.map((row, r) => {
    if (r === 0) return row;
    const copy = row.slice();
    for (const j of cols)
      if (j < copy.length) copy[j] = shift(copy[j], (s) => toSerial1900(s, "1904"));
    return copy;
  });
  return { ...grid, values };
}

/** The planning tables with the 1904 system's dates as 1900 serials (unchanged in 1900). */
export function inputTo1900(input: PlanningInput, system: DateSystem): PlanningInput {
  if (system === "1900") return input;
  const out: { -readonly [K in keyof PlanningInput]: PlanningInput[K] } = { ...input };
  for (const key of Object.keys(DATE_COLUMNS) as (keyof PlanningInput)[]) {
    const grid = input[key];
    if (grid) out[key] = gridTo1900(grid, DATE_COLUMNS[key]!);
  }
  return out;
}

/**
 * Rows to write (an output sheet, a template table) with the date-formatted columns'
 * serials in the workbook's system (unchanged in 1900).
 */
export function rowsFrom1900<
  T extends {
    readonly rows: readonly (readonly CellValue[])[];
    readonly numberFormats: readonly (string | null)[];
  },
>(table: T, system: DateSystem): T {
  if (system === "1900") return table;
  const cols = table.numberFormats
    .map((f, j) => (f === DATE_FORMAT ? j : -1))
    .filter((j) => j >= 0);
  if (cols.length === 0) return table;
  const rows = table.rows.map((row) => {
    const copy = row.slice();
    for (const j of cols)
      if (j < copy.length) copy[j] = shift(copy[j], (s) => fromSerial1900(s, "1904"));
    return copy;
  });
  return { ...table, rows };
}
