/**
 * Task pane entry. Inside Excel it runs in the add-in's shared runtime and works on the
 * open workbook through Office.js. Opened in a plain browser (`Office.onReady` gives host
 * null) it is a preview: the same pane beside a read-only grid of an in-memory workbook
 * holding a sample group (VerkSam Jönköping 2); `?exempel=tomt` starts it empty, and
 * `?idag=YYYY-MM-DD` sets the preview's "today".
 */
import { parseIsoDate } from "../core/dates/serial";
import { serialOfInstant } from "../core/dates/today";
import { SAMPLE_TODAY, sampleTables } from "../core/planning";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { OfficeWorkbook } from "../workbook/office-workbook";
import { newTableFromTemplate, Workbook } from "../workbook/workbook";
import { h } from "./dom";
import { longDate } from "./format";
import { detectLanguage, Lang, strings } from "./i18n";
import { downloadsWork } from "./messages";
import { renderGridView } from "./ui/grid-view";
import { renderPlanner } from "./ui/planner";

function officeDisplayLanguage(host: Office.HostType | null): string | undefined {
  try {
    return host ? Office.context.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

/** Office's platform ("PC", "OfficeOnline", "Mac", …), when there is an Office host. */
function officePlatform(host: Office.HostType | null): string | undefined {
  try {
    return host ? String(Office.context.diagnostics.platform) : undefined;
  } catch {
    return undefined;
  }
}

/** The preview's workbook: the sample group, or empty with `?exempel=tomt`. */
function isEmptyPreview(search: string): boolean {
  const sample = new URLSearchParams(search).get("exempel");
  return sample === "tomt" || sample === "empty";
}

async function previewWorkbook(lang: Lang, search: string): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  if (!isEmptyPreview(search)) {
    await workbook.createTables(sampleTables(lang).map(newTableFromTemplate));
    workbook.calls.createTables = 0;
  }
  return workbook;
}

/**
 * The preview's "today": `?idag=2026-01-07` (or `?today=`) when given, else the sample's fixed
 * day (its story is set in November 2025), else today in Sweden.
 */
export function previewToday(search: string, now: number): number {
  const params = new URLSearchParams(search);
  const given = parseIsoDate(params.get("idag") ?? params.get("today") ?? "");
  if (given !== undefined) return given;
  return isEmptyPreview(search) ? serialOfInstant(now) : SAMPLE_TODAY;
}

export async function start(host: Office.HostType | null): Promise<void> {
  const app = document.getElementById("app");
  if (!app) return;
  const search = window.location.search;
  const lang = detectLanguage(officeDisplayLanguage(host), search);
  document.documentElement.lang = lang;
  const t = strings(lang);
  document.title = t.appTitle;
  const preview = !host;
  // In Excel "today" is today in Sweden; the preview's is fixed for the sample (or given).
  const today = preview ? previewToday(search, Date.now()) : serialOfInstant(Date.now());

  let workbook: Workbook;
  let memory: MemoryWorkbook | undefined;
  if (preview) {
    memory = await previewWorkbook(lang, search);
    workbook = memory;
  } else {
    workbook = new OfficeWorkbook();
  }

  const planner = renderPlanner(workbook, lang, today, {
    downloads: downloadsWork(officePlatform(host)),
  });
  const banner = isEmptyPreview(search) ? t.previewEmpty : t.previewSample;
  app.append(
    h("header", { className: "app-header" }, h("h1", {}, t.appTitle)),
    ...(preview
      ? [h("p", { className: "preview-banner", role: "note" }, banner(longDate(today, lang)))]
      : []),
    planner.element
  );
  if (memory) {
    document.body.classList.add("preview");
    document.body.append(renderGridView(memory, lang));
  }
  await planner.ready;
  document.body.setAttribute("data-ready", "true");
}

Office.onReady((info) => void start(info.host ?? null));
