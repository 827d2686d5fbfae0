/**
 * The rows Lägg till nästa termin appends to Möten, beside template.ts's formula building:
 * one row per date, each following the header order as read. Mötesdatum is written in the
 * workbook's date system; Starttid and Plats stay empty (the settings' start time applies);
 * Form gets the first allowed value (as the template); the formula columns get formulas. In
 * the Excel table those are the template's (`meetingFormulas`, in the language of the
 * headers). On a hand-made sheet structured references do not work: the deadlines get A1
 * formulas (`{row}` is the new row) with the book's deadline days and Stängda dagar's Datum
 * column (rows 2–1000 of that sheet), and Frigörs is left empty (`releasedLeftEmpty`).
 * Other columns stay empty. Headers are matched by the one lookup (columns.ts), English
 * headers and aliases included.
 */
import { type DateSystem, fromSerial1900 } from "../dates/date-system";
import { CLOSED_DAY_COLUMNS, MEETING_COLUMNS, type Lang } from "../i18n";
import { colLetter, quoteSheetName } from "./address";
import { columnIndex, columnKey } from "./columns";
import { allowedValues } from "./findings";
import { cellText, headerKey } from "./normalize";
import { CUSTOM_FUNCTIONS, meetingFormulas } from "./template";
import type { CellValue, Plan, TableGrid } from "./types";

/** A cell of a new row: a value, or a formula (in English syntax). */
export type NewRowCell = CellValue | { readonly formula: string };

export function nextTermRows(
  grid: TableGrid,
  model: Plan,
  dates: readonly number[],
  dateSystem: DateSystem,
  closedDays?: TableGrid
): { rows: NewRowCell[][]; releasedLeftEmpty: boolean } {
  const header = grid.values[0] ?? [];
  const columns = header.map((cell) => columnKey(MEETING_COLUMNS, cell));
  const dateCol = columns.indexOf("date");
  const headersLang: Lang =
    dateCol >= 0 && headerKey(cellText(header[dateCol])) === headerKey(MEETING_COLUMNS.date.en)
      ? "en"
      : "sv";
  const form = allowedValues("form", headersLang)[0];
  const isTable = grid.table !== undefined;
  const formulas = meetingFormulas(headersLang);
  let closedRange = "";
  if (closedDays) {
    const j = columnIndex(CLOSED_DAY_COLUMNS, "date", closedDays.values[0] ?? []);
    if (j >= 0) {
      const letter = colLetter(closedDays.left + j);
      closedRange = `,${quoteSheetName(closedDays.sheet)}!$${letter}$${closedDays.top + 2}:$${letter}$${Math.max(1000, closedDays.top + closedDays.values.length + 1)}`;
    }
  }
  const dateRef = `${colLetter(grid.left + Math.max(0, dateCol))}{row}`;
  const deadline = (days: number): NewRowCell => ({
    formula: `=${CUSTOM_FUNCTIONS.workdaysBeforeMeeting}(${dateRef},${days}${closedRange})`,
  });
  let releasedLeftEmpty = false;
  const rows = dates.map((date) =>
    columns.map((column): NewRowCell => {
      switch (column) {
        case "date":
          return fromSerial1900(date, dateSystem);
        case "form":
          return form;
        case "caseDeadline":
          return isTable
            ? { formula: formulas.caseDeadline }
            : deadline(model.settings.caseDeadlineDays);
        case "releaseDeadline":
          return isTable
            ? { formula: formulas.releaseDeadline }
            : deadline(model.settings.releaseDeadlineDays);
        case "released":
          if (isTable) return { formula: formulas.released };
          releasedLeftEmpty = true;
          return null;
        default:
          return null;
      }
    })
  );
  return { rows, releasedLeftEmpty };
}
