/** The pure core: dates, calendar, planning and statistics. Imports nothing from Office. */
export * from "./dates/serial";
export * from "./calendar/easter";
export * from "./calendar/holidays";
export * from "./calendar/workdays";
export * from "./calendar/meetings";
export * from "./dates/today";
export * from "./dates/date-system";
export * as planning from "./planning";
