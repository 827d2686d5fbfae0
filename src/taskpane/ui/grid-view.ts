/**
 * The preview's read-only view of the in-memory workbook: one tab per sheet, each sheet a
 * grid with column letters and row numbers, values shown with their number formats.
 */
import { colLetter } from "../../core/planning/address";
import { formatMinutes } from "../../core/planning/values";
import type { CellValue } from "../../core/planning/types";
import { formatIsoDate } from "../../core/dates/serial";
import { MemoryWorkbook, MemorySheet, parseA1 } from "../../workbook/memory-workbook";
import { clear, h } from "../dom";
import { Lang, strings } from "../i18n";

/** The text a cell shows in Excel for the number formats the add-in uses. */
export function displayValue(value: CellValue, format: string | null, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean")
    return lang === "en" ? (value ? "TRUE" : "FALSE") : value ? "SANT" : "FALSKT";
  if (typeof value === "number") {
    if (format === "yyyy-mm-dd" && value >= 1) return formatIsoDate(Math.trunc(value));
    if (format === "hh:mm") return formatMinutes((value - Math.floor(value)) * 24 * 60);
    return String(value);
  }
  return value;
}

export function renderGridView(workbook: MemoryWorkbook, lang: Lang): HTMLElement {
  const t = strings(lang);
  const tabs = h("div", { className: "sheet-tabs", role: "tablist", "aria-label": t.previewGrid });
  const panel = h("div", { className: "sheet-panel", role: "tabpanel", id: "sheet-panel" });
  const view = h(
    "section",
    { className: "grid-view", "aria-label": t.previewGrid },
    h("h2", {}, t.previewGrid),
    tabs,
    panel
  );
  let active = workbook.sheets[0]?.name ?? "";

  const renderSheet = (sheet: MemorySheet): void => {
    clear(panel);
    panel.setAttribute("data-sheet", sheet.name);
    const [rows, cols] = workbook.usedSize(sheet);
    if (rows === 0) {
      panel.append(h("p", {}, t.emptySheet));
      return;
    }
    const selected =
      workbook.selection && workbook.selection.sheet.toLowerCase() === sheet.name.toLowerCase()
        ? parseA1(workbook.selection.address)
        : undefined;
    const head = h(
      "tr",
      {},
      h("th", { className: "rownum" }, ""),
      ...Array.from({ length: cols }, (_, c) => h("th", { scope: "col" }, colLetter(c)))
    );
    const body = h("tbody");
    for (let r = 0; r < rows; r++) {
      const tr = h("tr", {}, h("th", { className: "rownum", scope: "row" }, String(r + 1)));
      for (let c = 0; c < cols; c++) {
        const address = `${colLetter(c)}${r + 1}`;
        const isSelected = selected !== undefined && selected.row === r && selected.col === c;
        tr.append(
          h(
            "td",
            {
              "data-cell": address,
              className: isSelected ? "selected" : undefined,
              "aria-selected": isSelected ? "true" : undefined,
            },
            displayValue(workbook.cellValue(sheet, r, c), workbook.cellFormat(sheet, r, c), lang)
          )
        );
      }
      body.append(tr);
    }
    panel.append(h("table", { className: "grid" }, h("thead", {}, head), body));
    panel.querySelector("td.selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  };

  const render = (): void => {
    if (workbook.selection) active = workbook.sheet(workbook.selection.sheet)?.name ?? active;
    if (!workbook.sheet(active)) active = workbook.sheets[0]?.name ?? "";
    clear(tabs);
    for (const sheet of workbook.sheets) {
      const selected = sheet.name === active;
      const tab = h(
        "button",
        {
          type: "button",
          role: "tab",
          "aria-selected": selected ? "true" : "false",
          "aria-controls": "sheet-panel",
          "data-sheet-tab": sheet.name,
        },
        sheet.name
      );
      tab.addEventListener("click", () => {
        active = sheet.name;
        workbook.selection = undefined;
        render();
      });
      tabs.append(tab);
    }
    const sheet = workbook.sheet(active);
    if (sheet) renderSheet(sheet);
    else clear(panel);
  };
  workbook.onChange(render);
  render();
  return view;
}
