/**
 * Task pane entry. Inside Excel it runs in the add-in's shared runtime and works on the
 * open workbook through Office.js. Opened in a plain browser (`Office.onReady` gives host
 * null) it is a preview: the same pane beside a read-only grid of an in-memory workbook
 * holding a sample group (VerkSam Jönköping 2); `?exempel=tomt` starts it empty.
 */
import { serialOfInstant } from "../core/dates/today";
import { SAMPLE_TODAY, sampleTables } from "../core/planning";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { OfficeWorkbook } from "../workbook/office-workbook";
import { newTableFromTemplate, Workbook } from "../workbook/workbook";
import { h } from "./dom";
import { detectLanguage, Lang, strings } from "./i18n";
import { renderDeadlineCalculator } from "./ui/deadlines";
import { renderGridView } from "./ui/grid-view";
import { renderPlanner } from "./ui/planner";

function officeDisplayLanguage(host: Office.HostType | null): string | undefined {
  try {
    return host ? Office.context.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

/** The preview's workbook: the sample group, or empty with `?exempel=tomt`. */
async function previewWorkbook(lang: Lang, search: string): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  const sample = new URLSearchParams(search).get("exempel");
  if (sample !== "tomt" && sample !== "empty") {
    await workbook.createTables(sampleTables(lang).map(newTableFromTemplate));
    workbook.calls.createTables = 0;
  }
  return workbook;
}

export async function start(host: Office.HostType | null): Promise<void> {
  const app = document.getElementById("app");
  if (!app) return;
  const search = window.location.search;
  const lang = detectLanguage(officeDisplayLanguage(host), search);
  document.documentElement.lang = lang;
  const t = strings(lang);
  const preview = !host;
  // The preview's sample is set in November 2025, so "today" is fixed there; in Excel it is today in Sweden.
  const today = preview ? SAMPLE_TODAY : serialOfInstant(Date.now());

  let workbook: Workbook;
  let memory: MemoryWorkbook | undefined;
  if (preview) {
    memory = await previewWorkbook(lang, search);
    workbook = memory;
  } else {
    workbook = new OfficeWorkbook();
  }

  app.append(
    h("header", { className: "app-header" }, h("h1", {}, t.appTitle)),
    ...(preview ? [h("p", { className: "preview-banner", role: "note" }, t.previewBanner)] : []),
    renderPlanner(workbook, lang, today),
    renderDeadlineCalculator(lang, serialOfInstant(Date.now()))
  );
  if (memory) {
    document.body.classList.add("preview");
    document.body.append(renderGridView(memory, lang));
  }
  document.body.setAttribute("data-ready", "true");
}

Office.onReady((info) => void start(info.host ?? null));
