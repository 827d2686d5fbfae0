/**
 * The förbund's view of all groups: their planning workbooks' files read by the same core,
 * one row per group and half-year, the totals, the sheet, the copy and the chart's data.
 */
export * from "./workbook-file";
export * from "./statistics";
