/** The bench's result rows and their printing as a Markdown table. */
import type { Stats } from "./measure";

export interface ResultRow {
  /** "1", "2", … */
  readonly case: string;
  /** What was measured, e.g. "WORKDAYS_BEFORE_MEETING, no closed_days — ours". */
  readonly what: string;
  /** Input size in words, e.g. "100 000 evaluations". */
  readonly size: string;
  readonly runs: number | string;
  readonly median: string;
  readonly spread: string;
  readonly throughput: string;
  /** The ratio to the row's baseline, in words. */
  readonly ratio: string;
}

/** 12345.678 → "12 346"; small values keep significant digits. */
export function fmtNumber(n: number, digits?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const d = digits ?? (abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);
  const [int, frac] = n.toFixed(d).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u2009");
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A whole count: 100000 → "100 000". */
export function fmtInt(n: number): string {
  return fmtNumber(Math.round(n), 0);
}

export function fmtMs(ms: number): string {
  if (ms >= 1000) return `${fmtNumber(ms / 1000, 2)} s`;
  return `${fmtNumber(ms)} ms`;
}

export function fmtSpread(s: Stats): string {
  return `${fmtMs(s.min)} – ${fmtMs(s.max)} (IQR ${fmtMs(s.iqr)})`;
}

export function fmtRate(perSecond: number, unit: string): string {
  if (perSecond >= 1e6) return `${fmtNumber(perSecond / 1e6, 2)} M ${unit}/s`;
  if (perSecond >= 1e3) return `${fmtNumber(perSecond / 1e3, 1)} k ${unit}/s`;
  return `${fmtNumber(perSecond)} ${unit}/s`;
}

export function fmtBytes(bytes: number): string {
  return `${fmtNumber(bytes / 1024, 1)} KB`;
}

export function fmtRatio(r: number): string {
  return r >= 100 ? fmtNumber(r, 0) : r >= 10 ? fmtNumber(r, 1) : fmtNumber(r, 2);
}

const HEADER = [
  "case",
  "what",
  "size",
  "runs",
  "median",
  "spread: min – max (IQR)",
  "throughput",
  "ratio to baseline",
];

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The rows as a Markdown table (pastes into the README as it is). */
export function markdownTable(rows: readonly ResultRow[]): string {
  const lines = [`| ${HEADER.join(" | ")} |`, `|${HEADER.map(() => "---").join("|")}|`];
  for (const r of rows) {
    const cells = [
      r.case,
      r.what,
      r.size,
      String(r.runs),
      r.median,
      r.spread,
      r.throughput,
      r.ratio,
    ];
    lines.push(`| ${cells.map(escapeCell).join(" | ")} |`);
  }
  return lines.join("\n");
}

/**
 * "; growth ×4.86 for ×10 cases" against the first (smallest) size measured, or "" for the
 * first size itself. Keeps the first measurement in `baseline` across calls.
 */
export function growthNote(
  baseline: { stats?: Stats; size: number },
  stats: Stats,
  size: number
): string {
  if (!baseline.stats) {
    baseline.stats = stats;
    baseline.size = size;
    return "";
  }
  return `; growth ×${fmtRatio(stats.median / baseline.stats.median)} for ×${fmtInt(size / baseline.size)} cases`;
}
