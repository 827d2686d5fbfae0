/**
 * The planning core: reading the planning workbook, checks, schedule, agenda, statistics,
 * output sheets, the workbook template and the preview's sample. Pure TypeScript: no
 * Office, DOM or Node imports. Also re-exports the privacy helpers and the sv/en catalogue.
 */
export * from "./types";
export * from "./address";
export * from "./normalize";
export * from "./columns";
export * from "./values";
export * from "./findings";
export * from "./deadlines";
export * from "./read";
export * from "./checks";
export * from "./schedule";
export * from "./agenda";
export * from "./statistics";
export * from "./output";
export * from "./run";
export * from "./groups";
export * from "./template";
export * from "./sample";
export * from "./table-date-system";
export * from "./formula-check";
export * from "./todo";
export * from "../privacy";
export * from "../i18n";
