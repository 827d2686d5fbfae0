/**
 * Task pane entry. Inside Excel it runs in the add-in's shared runtime and works on the
 * open workbook through Office.js. Opened in a plain browser (`Office.onReady` gives host
 * null) it is a preview: the same pane beside a read-only grid of an in-memory workbook
 * holding a sample group (VerkSam Jönköping 2); `?exempel=tomt` starts it empty, and
 * `?idag=YYYY-MM-DD` sets the preview's "today".
 *
 * In Excel the page lives as long as the workbook is open, and may start hidden (a custom
 * function calculating starts the shared runtime). So "today" is asked anew for every action
 * and rendering, the workbook is read when the pane is shown (Office.addin.
 * onVisibilityModeChanged, SharedRuntime 1.1) rather than at a hidden start, and a change to
 * a planning table makes the pane read again (OfficeWorkbook.watch; pane.ts).
 */
import { parseIsoDate } from "../core/dates/serial";
import { serialOfInstant } from "../core/dates/today";
import { SAMPLE_TODAY, sampleTables } from "../core/planning";
import { evaluateFormula } from "../functions/formula-table";
import { adoptDateSystem } from "../functions/runtime-date-system";
import { MemoryWorkbook } from "../workbook/memory-workbook";
import { OfficeWorkbook } from "../workbook/office-workbook";
import { newTableFromTemplate, Workbook } from "../workbook/workbook";
import { h } from "./dom";
import { longDate } from "./format";
import { detectLanguage, Lang, strings } from "./i18n";
import { downloadsWork } from "./clipboard-texts";
import { renderGridView } from "./ui/grid-view";
import { renderPane } from "./pane";

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
  // The preview's formulas call the add-in's functions, in the workbook's date system.
  const workbook = new MemoryWorkbook({ evaluate: evaluateFormula });
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

/** `Office.context.requirements.isSetSupported`, false where it cannot be asked. */
function supported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/**
 * Tells `shown` whenever the pane is shown or hidden: Office.addin.onVisibilityModeChanged
 * (SharedRuntime 1.1), else the page's own visibility. Returns whether the page looks shown
 * now (no Office API says so at start: a hidden page's document is "hidden" where the host
 * tells the web view, and is taken as shown otherwise).
 */
function followVisibility(shown: (visible: boolean) => void): boolean {
  const now = typeof document.visibilityState !== "string" || document.visibilityState !== "hidden";
  if (
    supported("SharedRuntime", "1.1") &&
    typeof Office.addin?.onVisibilityModeChanged === "function"
  ) {
    void Office.addin
      .onVisibilityModeChanged((message) =>
        // Office.VisibilityMode.taskpane is "Taskpane"; Hidden is "Hidden".
        shown(String(message.visibilityMode) === "Taskpane")
      )
      .catch(() => undefined);
  } else {
    document.addEventListener("visibilitychange", () =>
      shown(document.visibilityState === "visible")
    );
  }
  return now;
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
  // In Excel "today" is today in Sweden, asked anew each time; the preview's is fixed for the
  // sample (or given).
  const previewDay = preview ? previewToday(search, Date.now()) : undefined;
  const today = (): number => previewDay ?? serialOfInstant(Date.now());

  let workbook: Workbook;
  let memory: MemoryWorkbook | undefined;
  if (preview) {
    memory = await previewWorkbook(lang, search);
    workbook = memory;
  } else {
    workbook = new OfficeWorkbook(undefined, {
      // One action, one undo step, where Excel can merge them (RunOptions.mergeUndoGroup).
      mergeUndo: supported("ExcelApi", "1.20"),
      // The custom functions share this runtime: every read tells them the date system.
      onDateSystem: (system) => adoptDateSystem(system),
    });
  }

  let setVisible: (visible: boolean) => void = () => undefined;
  const visible = preview ? true : followVisibility((v) => setVisible(v));
  const planner = renderPane(workbook, lang, today, {
    downloads: downloadsWork(officePlatform(host)),
    visible,
    cellEditHint: !preview,
  });
  setVisible = planner.setVisible;
  const banner = isEmptyPreview(search) ? t.previewEmpty : t.previewSample;
  app.append(
    h("header", { className: "app-header" }, h("h1", {}, t.appTitle)),
    ...(preview
      ? [h("p", { className: "preview-banner", role: "note" }, banner(longDate(today(), lang)))]
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
