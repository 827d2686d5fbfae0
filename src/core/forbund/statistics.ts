/**
 * The förbund's statistics over all groups (R10): each group's planning workbook is read by
 * the same core as an open workbook (`planningTablesOf`, `inputTo1900`, `plan`), and each
 * half-year total of its Statistik (held meetings only) becomes one row per group and
 * half-year; every half-year gets a total row over the groups. Counts only: no case code,
 * no Frågeställning and no other free text of a file reaches any output; group names, file
 * names and cell addresses pass the personnummer net before they are shown or written.
 *
 * A file that cannot be read, has no planning tables, or names a group an earlier file
 * already named is reported by name and left out; the rest are counted.
 */
import {
  inputTo1900,
  matchKey,
  OUTCOMES,
  OUTPUT_SHEET_NAMES,
  plan,
  planningInput,
  redactCellValue,
  redactPersonnummer,
  t,
  textsOf,
  type CellValue,
  type Lang,
  type Outcome,
  type OutputSheet,
  type StatisticsRow,
} from "../planning";
import type { ChartSpec } from "../charts/spec";
import { halfYearLabel } from "../dates/term-labels";
import { layOut } from "../charts/statistics-charts";
import { planningTablesOf, type WorkbookFile } from "./workbook-file";

/** The add-in's own sheet of the förbund's statistics. */
export const FORBUND_SHEET_NAME: typeof OUTPUT_SHEET_NAMES.forbund = OUTPUT_SHEET_NAMES.forbund;

/** One chosen file: its workbook, or undefined when it could not be read. */
export interface GroupFile {
  readonly fileName: string;
  readonly workbook?: WorkbookFile;
}

export type FileProblemKind = "unreadable" | "no-tables" | "duplicate-group" | "personnummer";

/** Something to tell about one file; `message` names it (redacted). */
export interface FileProblem {
  readonly file: string;
  readonly kind: FileProblemKind;
  /** True when the file is left out of the statistics. */
  readonly leftOut: boolean;
  readonly message: string;
}

/** One row of the sheet: a group's half-year, or the half-year's total over the groups. */
export interface ForbundRow {
  readonly kind: "group" | "total";
  /** The group's name (redacted); absent on a total row. */
  readonly group?: string;
  readonly year: number;
  readonly half: 1 | 2;
  readonly held: number;
  readonly cases: number;
  readonly byKommun: number;
  readonly byRegion: number;
  /** In the order of OUTCOMES, then "Ej angivet" (null). */
  readonly perOutcome: readonly { readonly outcome: Outcome | null; readonly count: number }[];
  readonly withoutConsent: number;
  readonly notifiedLate: number;
}

export interface ForbundStatistics {
  /** Per half-year (in date order): its groups' rows (by name), then its total row. */
  readonly rows: readonly ForbundRow[];
  /** The groups counted, by name, each with its file (redacted). */
  readonly groups: readonly { readonly group: string; readonly file: string }[];
  readonly problems: readonly FileProblem[];
}

export interface ForbundOptions {
  /** Today (a serial): meetings on or before it are held. */
  readonly today: number;
  readonly lang: Lang;
}

const collator = new Intl.Collator("sv");

function groupRow(group: string, r: StatisticsRow): ForbundRow {
  return {
    kind: "group",
    group,
    year: r.year,
    half: r.half,
    held: r.held,
    cases: r.cases,
    byKommun: r.byKommun,
    byRegion: r.byRegion,
    perOutcome: r.perOutcome,
    withoutConsent: r.withoutConsent,
    notifiedLate: r.notifiedLate,
  };
}

function totalRow(rows: readonly ForbundRow[], year: number, half: 1 | 2): ForbundRow {
  const sum = (f: (r: ForbundRow) => number): number => rows.reduce((s, r) => s + f(r), 0);
  return {
    kind: "total",
    year,
    half,
    held: sum((r) => r.held),
    cases: sum((r) => r.cases),
    byKommun: sum((r) => r.byKommun),
    byRegion: sum((r) => r.byRegion),
    perOutcome: [...OUTCOMES, null].map((outcome, i) => ({
      outcome,
      count: sum((r) => r.perOutcome[i]?.count ?? 0),
    })),
    withoutConsent: sum((r) => r.withoutConsent),
    notifiedLate: sum((r) => r.notifiedLate),
  };
}

/** The file's name without ".xlsx", redacted: how a group without Grupp is named. */
function baseName(fileName: string): string {
  return redactPersonnummer(fileName.replace(/\.xlsx$/i, "")).trim() || fileName;
}

/**
 * The statistics of the chosen files: every readable file with planning tables and a group
 * not seen before is counted; the others are reported (`problems`) and left out.
 */
export function forbundStatistics(
  files: readonly GroupFile[],
  options: ForbundOptions
): ForbundStatistics {
  const text = textsOf(options.lang).forbund;
  const problems: FileProblem[] = [];
  const seen = new Map<string, string>();
  const groups: { group: string; file: string }[] = [];
  const rows: ForbundRow[] = [];
  for (const f of files) {
    const file = redactPersonnummer(f.fileName);
    if (!f.workbook) {
      problems.push({ file, kind: "unreadable", leftOut: true, message: text.unreadable(file) });
      continue;
    }
    const tables = planningTablesOf(f.workbook);
    if (!tables.has("Enheter") && !tables.has("Möten") && !tables.has("Ärenden")) {
      problems.push({ file, kind: "no-tables", leftOut: true, message: text.noTables(file) });
      continue;
    }
    // The same core as the open workbook's read: the file's dates to the 1900 system, then plan.
    const result = plan(inputTo1900(planningInput(tables), f.workbook.dateSystem), options);
    const group = redactPersonnummer(result.model.settings.group).trim() || baseName(f.fileName);
    const key = matchKey(group);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        kind: "duplicate-group",
        leftOut: true,
        message: text.duplicateGroup(file, group, first),
      });
      continue;
    }
    seen.set(key, file);
    const cells = result.findings
      .filter((x) => x.code === "personnummer")
      .map((x) => redactPersonnummer(x.cell));
    if (cells.length > 0)
      problems.push({
        file,
        kind: "personnummer",
        leftOut: false,
        message: text.personnummer(file, [...new Set(cells)]),
      });
    groups.push({ group, file });
    for (const r of result.statistics.rows)
      if (r.kind === "halfYear" && r.held > 0) rows.push(groupRow(group, r));
  }
  groups.sort((a, b) => collator.compare(a.group, b.group));
  const halves = [...new Set(rows.map((r) => r.year * 2 + r.half - 1))].sort((a, b) => a - b);
  const ordered: ForbundRow[] = [];
  for (const h of halves) {
    const year = Math.floor(h / 2);
    const half = ((h % 2) + 1) as 1 | 2;
    const of = rows
      .filter((r) => r.year === year && r.half === half)
      .sort((a, b) => collator.compare(a.group ?? "", b.group ?? ""));
    ordered.push(...of, totalRow(of, year, half));
  }
  return { rows: ordered, groups, problems };
}

/** The sheet's header texts. */
export function forbundHeader(lang: Lang): string[] {
  const outcome = (o: Outcome | null): string =>
    t("stats.outcome", lang, {
      outcome: t(o === null ? "value.outcome.none" : `value.outcome.${o}`, lang),
    });
  return [
    textsOf(lang).forbund.group,
    t("stats.halfYear", lang),
    t("stats.held", lang),
    t("stats.cases", lang),
    t("stats.byKommun", lang),
    t("stats.byRegion", lang),
    ...[...OUTCOMES, null].map(outcome),
    t("stats.withoutConsent", lang),
    t("stats.notifiedLate", lang),
  ];
}

/** The values of one row, in the header's order (redacted). */
export function forbundValues(row: ForbundRow, lang: Lang): CellValue[] {
  return [
    row.kind === "total" ? textsOf(lang).forbund.allGroups : (row.group ?? ""),
    halfYearLabel(row, lang),
    row.held,
    row.cases,
    row.byKommun,
    row.byRegion,
    ...row.perOutcome.map((o) => o.count),
    row.withoutConsent,
    row.notifiedLate,
  ].map(redactCellValue);
}

/** The Förbundsstatistik sheet: header, one row per group and half-year, the totals. */
export function forbundSheet(stats: ForbundStatistics, lang: Lang): OutputSheet {
  const header = forbundHeader(lang);
  return {
    name: FORBUND_SHEET_NAME,
    header,
    rows: stats.rows.map((r) => forbundValues(r, lang)),
    numberFormats: header.map((_, j) => (j < 2 ? null : "0")),
  };
}

/** The sheet's rows as tab-separated text (header first), for the förbund's own report. */
export function forbundTsv(stats: ForbundStatistics, lang: Lang): string {
  const sheet = forbundSheet(stats, lang);
  const line = (cells: readonly CellValue[]): string =>
    cells.map((c) => (c === null ? "" : String(c).replace(/[\t\r\n]+/g, " "))).join("\t");
  return [line(sheet.header), ...sheet.rows.map(line)].join("\n");
}

/**
 * The chart's data: cases per group (the categories, by name) and one series per half-year
 * (its rows on the sheet give the numbers).
 */
export function casesPerGroup(stats: ForbundStatistics): {
  readonly groups: readonly string[];
  readonly series: readonly {
    readonly year: number;
    readonly half: 1 | 2;
    readonly cases: readonly number[];
  }[];
} {
  const groups = [...new Set(stats.groups.map((g) => g.group))];
  const halves = stats.rows.filter((r) => r.kind === "total");
  return {
    groups,
    series: halves.map((h) => ({
      year: h.year,
      half: h.half,
      cases: groups.map(
        (g) =>
          stats.rows.find(
            (r) => r.kind === "group" && r.group === g && r.year === h.year && r.half === h.half
          )?.cases ?? 0
      ),
    })),
  };
}

/** The Excel name of the add-in's chart on the Förbundsstatistik sheet. */
export const FORBUND_CHART_NAME = "VerkSam.Förbundsstatistik.PerGrupp";

/**
 * The chart of cases per group (clustered columns, one series per half-year), placed right
 * of the sheet's table (`layOut`, as the Statistik sheet's charts): none without a group.
 */
export function forbundChart(stats: ForbundStatistics, lang: Lang): ChartSpec | undefined {
  const data = casesPerGroup(stats);
  if (data.groups.length === 0 || data.series.length === 0) return undefined;
  const text = textsOf(lang).forbund;
  const [chart] = layOut(
    [
      {
        name: FORBUND_CHART_NAME,
        kind: "columnClustered",
        title: text.chartTitle,
        categoryTitle: text.chartCategoryAxis,
        valueTitle: text.chartValueAxis,
        seriesBy: "columns",
        categories: data.groups.map(redactPersonnummer),
        series: data.series.map((s) => ({ name: halfYearLabel(s, lang), values: s.cases })),
        legend: data.series.length > 1 ? "bottom" : "none",
        size: FORBUND_CHART_SIZE,
      },
    ],
    FORBUND_SHEET_NAME,
    forbundHeader(lang).length
  );
  return chart;
}

/** The chart's size in points (8 columns × 18 rows of Excel's defaults, as Statistik's). */
const FORBUND_CHART_SIZE = { width: 8 * 48, height: 18 * 15 };

/** The sheet with its chart: what Skapa förbundsstatistik writes. */
export function forbundSheetWithChart(
  stats: ForbundStatistics,
  lang: Lang
): OutputSheet & { readonly charts: ChartSpec[] } {
  const chart = forbundChart(stats, lang);
  return { ...forbundSheet(stats, lang), charts: chart ? [chart] : [] };
}
