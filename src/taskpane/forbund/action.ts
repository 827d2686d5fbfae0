/**
 * Skapa förbundsstatistik (loaded with the reader, as a chunk of its own, when first used;
 * the pane's main bundle holds only the view): reads the chosen files locally (the xlsx reader is a chunk of its
 * own, loaded on the first use), counts them with the core (src/core/forbund), checks that
 * the Förbundsstatistik sheet is the add-in's own or absent (one read), and writes it with
 * its chart (one write). Everything is computed before anything is written; a sheet of that
 * name made by a person is never written to.
 */
import {
  forbundSheetWithChart,
  forbundStatistics,
  forbundTsv,
  FORBUND_SHEET_NAME,
  type ForbundStatistics,
  type GroupFile,
  type WorkbookFile,
} from "../../core/forbund";
import type { Lang } from "../../core/planning";
import { redactPersonnummer } from "../../core/privacy/personnummer";
import { NotOwnedError, type Workbook } from "../../workbook/workbook";
import { type ActionOutcome, reasonOf } from "../actions";
import { strings } from "../i18n";

/** A chosen file: its name and its bytes (a `File` is one). */
export interface ChosenFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The xlsx reader (xlsx.ts), loaded on demand. */
export type ReadWorkbookFile = (data: ArrayBuffer) => Promise<WorkbookFile>;

/** Loads the reader as its own chunk: the pane's main bundle carries no xlsx parser. */
export const loadXlsxReader = (): Promise<ReadWorkbookFile> =>
  import(/* webpackChunkName: "xlsx-reader" */ "./xlsx").then((m) => m.readWorkbookFile);

export interface ForbundOutcome extends ActionOutcome {
  /** What was counted (also when nothing could be written). */
  readonly statistics?: ForbundStatistics;
  /** The sheet's rows as tab-separated text (redacted), for Kopiera förbundsstatistik. */
  readonly tsv?: string;
}

function failure(message: string, statistics?: ForbundStatistics): ForbundOutcome {
  return {
    ok: false,
    message,
    findings: [],
    copyChoices: [],
    ...(statistics ? { statistics } : {}),
  };
}

export async function makeForbundStatistics(
  workbook: Workbook,
  files: readonly ChosenFile[],
  options: { readonly today: number; readonly lang: Lang },
  loadReader: () => Promise<ReadWorkbookFile> = loadXlsxReader
): Promise<ForbundOutcome> {
  const text = strings(options.lang).forbund;
  if (files.length === 0) return failure(text.noFiles);
  let read: ReadWorkbookFile;
  try {
    read = await loadReader();
  } catch (e) {
    return failure(text.readerFailed(redactPersonnummer(reasonOf(e))));
  }
  const groupFiles: GroupFile[] = [];
  for (const f of files) {
    try {
      groupFiles.push({ fileName: f.name, workbook: await read(await f.arrayBuffer()) });
    } catch {
      // Not a workbook the reader can read (the core names the file): left out.
      groupFiles.push({ fileName: f.name });
    }
  }
  const statistics = forbundStatistics(groupFiles, options);
  if (statistics.groups.length === 0) return failure(text.nothingCounted, statistics);
  const sheet = forbundSheetWithChart(statistics, options.lang);
  try {
    const state = await workbook.read({ tables: [], sheets: [FORBUND_SHEET_NAME] });
    if (state.sheets.get(FORBUND_SHEET_NAME) === "person")
      return failure(text.notOwned(FORBUND_SHEET_NAME), statistics);
    await workbook.writeSheets([sheet]);
  } catch (e) {
    if (e instanceof NotOwnedError) return failure(text.notOwned(FORBUND_SHEET_NAME), statistics);
    return failure(text.workbookFailed(redactPersonnummer(reasonOf(e))), statistics);
  }
  const halves = statistics.rows.filter((r) => r.kind === "total").length;
  const leftOut = statistics.problems.filter((p) => p.leftOut).length;
  return {
    ok: true,
    message: text.done(FORBUND_SHEET_NAME, statistics.groups.length, halves, leftOut),
    findings: [],
    copyChoices: [],
    statistics,
    tsv: redactPersonnummer(forbundTsv(statistics, options.lang)),
  };
}
