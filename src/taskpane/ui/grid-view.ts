/**
 * The preview's view of the in-memory workbook: one tab per sheet, each sheet a grid with
 * column letters and row numbers, values shown with their number formats. Like Excel, it
 * has a name box and a formula bar: click a cell of a planning table (or type its address),
 * type its content and press Enter. A date typed as 2026-01-15 becomes a date, a value
 * outside a column's list is refused as Excel's data validation refuses it, and the row
 * just below a table adds a row to the table. The add-in's own sheets stay as it wrote them.
 * A sheet's charts (the Statistik sheet's) are drawn under its grid, from the same chart
 * descriptions Excel's charts are made from.
 */
import { colLetter } from "../../core/planning/address";
import { formatMinutes } from "../../core/planning/values";
import type { CellValue } from "../../core/planning/types";
import { formatIsoDate, parseIsoDate } from "../../core/dates/serial";
import { MemoryWorkbook, MemorySheet, parseA1 } from "../../workbook/memory-workbook";
import { renderSheetCharts } from "../charts/statistics-chart";
import { clear, h } from "../dom";
import { Lang, strings } from "../i18n";

/** The text a cell shows in Excel for the number formats the add-in uses. */
export function displayValue(value: CellValue, format: string | null, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return strings(lang).booleanValue(value);
  if (typeof value === "number") {
    if (format === "yyyy-mm-dd" && value >= 1) return formatIsoDate(Math.trunc(value));
    if (format === "hh:mm") return formatMinutes((value - Math.floor(value)) * 24 * 60);
    return String(value);
  }
  return value;
}

/** What a person typed, as Excel stores it: a value, and the format Excel gives a typed date or time. */
export type Typed =
  | { readonly ok: true; readonly value: CellValue; readonly format?: string }
  | { readonly ok: false; readonly problem: "formula" };

/**
 * Typed input as Excel reads it in a cell of `format`: nothing is empty; text in a cell
 * formatted as text (`@`) stays text; an ISO date is a date, 9:30 a time, 12 or 1,5 a number;
 * anything else is text. A formula is not accepted (the preview calculates only its own).
 */
export function parseTyped(text: string, format: string | null): Typed {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (format === "@") return { ok: true, value: text };
  if (trimmed.startsWith("=")) return { ok: false, problem: "formula" };
  const date = parseIsoDate(trimmed);
  if (date !== undefined) return { ok: true, value: date, format: "yyyy-mm-dd" };
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60 && format !== "0")
    return {
      ok: true,
      value: (Number(time[1]) * 60 + Number(time[2])) / 1440,
      format: "hh:mm",
    };
  if (/^-?\d+([.,]\d+)?$/.test(trimmed))
    return { ok: true, value: Number(trimmed.replace(",", ".")) };
  return { ok: true, value: text };
}

/** The text the formula bar shows for a cell: its formula, else its value as typed. */
function editText(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  row: number,
  col: number,
  lang: Lang
): string {
  const formula = sheet.formulas[row]?.[col];
  if (formula) return formula;
  const value = sheet.values[row]?.[col] ?? null;
  return displayValue(value, workbook.cellFormat(sheet, row, col), lang);
}

export function renderGridView(workbook: MemoryWorkbook, lang: Lang): HTMLElement {
  const t = strings(lang);
  const tabs = h("div", { className: "sheet-tabs", role: "tablist", "aria-label": t.previewGrid });
  const panel = h("div", {
    className: "sheet-panel",
    role: "tabpanel",
    id: "sheet-panel",
    tabindex: "0",
  });
  const nameBox = h("input", {
    id: "name-box",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    size: 6,
  });
  const editor = h("input", {
    id: "cell-editor",
    type: "text",
    autocomplete: "off",
    list: "cell-choices",
  });
  const choices = h("datalist", { id: "cell-choices" });
  const message = h("p", { id: "cell-message", className: "status", role: "status" });
  const bar = h(
    "div",
    { className: "formula-bar" },
    h("div", { className: "name-box" }, h("label", { for: "name-box" }, t.nameBox), nameBox),
    h(
      "div",
      { className: "cell-editor" },
      h("label", { for: "cell-editor" }, t.cellEditor),
      editor,
      choices
    )
  );
  const view = h(
    "section",
    { className: "grid-view", "aria-label": t.previewGrid },
    h("h2", {}, t.previewGrid),
    h("p", { className: "hint" }, t.previewGridHint),
    bar,
    message,
    tabs,
    panel
  );
  let active = workbook.sheets[0]?.name ?? "";
  /** The selection the view last scrolled to and filled the formula bar from. */
  let shownSelection = "";
  let dirty = false;

  const selected = (): { sheet: MemorySheet; row: number; col: number } | undefined => {
    const sel = workbook.selection;
    const sheet = sel ? workbook.sheet(sel.sheet) : undefined;
    const at = sel ? parseA1(sel.address) : undefined;
    return sheet && at ? { sheet, row: at.row, col: at.col } : undefined;
  };

  /** The allowed values of a list-validated table column, for the cell at (row, col). */
  const allowedAt = (
    sheet: MemorySheet,
    row: number,
    col: number
  ): { list?: string[]; whole?: { min: number; max: number } } | undefined => {
    const at = workbook.tableAt(sheet, row, col);
    if (!at) return undefined;
    const rule = at.table.validation[col - at.table.left];
    if (!rule) return {};
    if ("list" in rule) return { list: [...rule.list] };
    if ("wholeNumber" in rule) return { whole: rule.wholeNumber };
    const { table, column } = rule.tableColumn;
    for (const s of workbook.sheets) {
      const other = s.tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
      if (!other) continue;
      const c = other.columns.findIndex((x) => x.toLowerCase() === column.toLowerCase());
      const list: string[] = [];
      for (let r = other.top + 1; r <= other.top + other.rows && c >= 0; r++) {
        const v = workbook.cellValue(s, r, other.left + c);
        if (typeof v === "string" && v.trim() !== "") list.push(v.trim());
      }
      return { list };
    }
    return {};
  };

  /** Fills the name box and the formula bar from the selection. */
  const fillBar = (): void => {
    const sel = selected();
    clear(choices);
    if (!sel) {
      nameBox.value = "";
      editor.value = "";
      editor.readOnly = true;
      return;
    }
    nameBox.value = `${colLetter(sel.col)}${sel.row + 1}`;
    editor.value = editText(workbook, sel.sheet, sel.row, sel.col, lang);
    const allowed = allowedAt(sel.sheet, sel.row, sel.col);
    editor.readOnly = allowed === undefined;
    for (const v of allowed?.list ?? []) choices.append(h("option", { value: v }));
  };

  const selectCell = (sheet: string, row: number, col: number): void => {
    workbook.selection = { sheet, address: `${colLetter(col)}${row + 1}` };
    dirty = false;
    message.textContent = "";
    message.className = "status";
    render();
  };

  const say = (text: string, kind: "error" | "neutral"): void => {
    message.textContent = text;
    message.className = `status ${kind}`;
  };

  /** Writes what is in the formula bar into the selected cell; false if it was refused. */
  const commit = (): boolean => {
    const sel = selected();
    if (!sel) {
      say(t.noCellSelected, "error");
      return false;
    }
    const allowed = allowedAt(sel.sheet, sel.row, sel.col);
    if (allowed === undefined) {
      say(t.cellReadOnly, "error");
      return false;
    }
    const at = workbook.tableAt(sel.sheet, sel.row, sel.col);
    const above = at?.below ? at.table.top + at.table.rows : sel.row;
    const format =
      workbook.cellFormat(sel.sheet, sel.row, sel.col) ??
      workbook.cellFormat(sel.sheet, above, sel.col);
    const typed = parseTyped(editor.value, format);
    if (!typed.ok) {
      say(t.noFormulas, "error");
      return false;
    }
    let value = typed.value;
    if (value !== null && allowed.list) {
      const match = allowed.list.find(
        (v) => v.toLowerCase() === String(value).trim().toLowerCase()
      );
      if (match === undefined) {
        say(t.notInList(allowed.list.join(", ")), "error");
        return false;
      }
      value = match;
    }
    if (value !== null && allowed.whole) {
      const { min, max } = allowed.whole;
      if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
        say(t.notWholeNumber(min, max), "error");
        return false;
      }
    }
    dirty = false;
    say("", "neutral");
    workbook.setCellValue(sel.sheet.name, sel.row, sel.col, value, typed.format);
    return true;
  };

  editor.addEventListener("input", () => (dirty = true));
  editor.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      const sel = selected();
      if (sel && commit()) selectCell(sel.sheet.name, sel.row + (e.shiftKey ? -1 : 1), sel.col);
    } else if (e.key === "Escape") {
      dirty = false;
      fillBar();
    }
  });
  editor.addEventListener("change", () => {
    if (dirty) commit();
  });
  nameBox.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const at = parseA1(nameBox.value);
    if (!at || !workbook.sheet(active) || !/^\$?[A-Za-z]{1,3}\$?\d+$/.test(nameBox.value.trim())) {
      say(t.badAddress, "error");
      return;
    }
    selectCell(active, at.row, at.col);
    editor.focus();
  });

  const renderSheet = (sheet: MemorySheet): void => {
    clear(panel);
    panel.setAttribute("data-sheet", sheet.name);
    panel.setAttribute("aria-labelledby", `sheet-tab-${workbook.sheets.indexOf(sheet)}`);
    const [used, cols] = workbook.usedSize(sheet);
    if (used === 0) {
      panel.append(h("p", {}, t.emptySheet));
      return;
    }
    // One empty row more, as Excel shows the rows below: the row to type a new table row into.
    const rows = used + 1;
    const sel = selected();
    const mark = sel && sel.sheet === sheet ? sel : undefined;
    const head = h(
      "tr",
      {},
      h(
        "th",
        { className: "rownum", scope: "col" },
        h("span", { className: "sr-only" }, t.rowHeader)
      ),
      ...Array.from({ length: cols }, (_, c) => h("th", { scope: "col" }, colLetter(c)))
    );
    const body = h("tbody");
    const headers = new Set(sheet.tables.map((x) => x.top));
    for (let r = 0; r < rows; r++) {
      const tr = h("tr", {}, h("th", { className: "rownum", scope: "row" }, String(r + 1)));
      for (let c = 0; c < cols; c++) {
        const address = `${colLetter(c)}${r + 1}`;
        const isSelected = mark !== undefined && mark.row === r && mark.col === c;
        const inTable = workbook.tableAt(sheet, r, c);
        const classes = [
          isSelected ? "selected" : "",
          inTable && !inTable.below ? "in-table" : "",
          headers.has(r) &&
          sheet.tables.some((x) => x.top === r && c >= x.left && c < x.left + x.columns.length)
            ? "table-header"
            : "",
        ].filter((x) => x !== "");
        const td = h(
          "td",
          {
            "data-cell": address,
            className: classes.length > 0 ? classes.join(" ") : undefined,
            "aria-current": isSelected ? "true" : undefined,
          },
          displayValue(workbook.cellValue(sheet, r, c), workbook.cellFormat(sheet, r, c), lang)
        );
        td.addEventListener("click", () => selectCell(sheet.name, r, c));
        tr.append(td);
      }
      body.append(tr);
    }
    panel.append(h("table", { className: "grid" }, h("thead", {}, head), body));
    // The sheet's charts, drawn from their descriptions (in Excel they lie beside the cells).
    if (sheet.charts && sheet.charts.length > 0)
      panel.append(
        renderSheetCharts(sheet.charts, lang, `sheet-chart-${workbook.sheets.indexOf(sheet)}`)
      );
  };

  function render(): void {
    if (workbook.selection) active = workbook.sheet(workbook.selection.sheet)?.name ?? active;
    if (!workbook.sheet(active)) active = workbook.sheets[0]?.name ?? "";
    clear(tabs);
    workbook.sheets.forEach((sheet, i) => {
      const isActive = sheet.name === active;
      const tab = h(
        "button",
        {
          type: "button",
          role: "tab",
          id: `sheet-tab-${i}`,
          "aria-selected": isActive ? "true" : "false",
          "aria-controls": "sheet-panel",
          "data-sheet-tab": sheet.name,
        },
        sheet.name
      );
      tab.addEventListener("click", () => {
        active = sheet.name;
        workbook.selection = undefined;
        dirty = false;
        render();
      });
      tabs.append(tab);
    });
    const sheet = workbook.sheet(active);
    bar.hidden = !sheet;
    tabs.hidden = !sheet;
    if (sheet) renderSheet(sheet);
    else {
      clear(panel);
      panel.removeAttribute("data-sheet");
      panel.removeAttribute("aria-labelledby");
      panel.append(h("p", { id: "empty-workbook" }, t.emptyWorkbook));
    }
    const key = workbook.selection
      ? `${workbook.selection.sheet}!${workbook.selection.address}`
      : "";
    if (key !== shownSelection || !dirty) fillBar();
    if (key !== shownSelection) {
      shownSelection = key;
      panel.querySelector("td.selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }
  workbook.onChange(render);
  render();
  return view;
}
