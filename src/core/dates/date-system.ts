/**
 * Excel's two date systems. A workbook made on an old Mac may use the 1904 system, in which
 * serial 0 is 1904-01-01; the same day is serial 1462 in the 1900 system. The core works
 * in the 1900 system only: serials are converted at the edges (the workbook adapter's
 * callers and the custom functions) with these helpers.
 */

export type DateSystem = "1900" | "1904";

/** Days between the two systems' serials of the same date (1904-01-01 is 1462 in 1900). */
export const DATE_SYSTEM_1904_OFFSET = 1462;

/**
 * What `DATE(1904,1,1)` gives in each system: 1462 in the 1900 system, 0 in the 1904 one.
 * The add-in asks Excel for it (`workbook.functions.date(1904, 1, 1)`) to tell them apart.
 */
export function dateSystemFromProbe(date19040101: unknown): DateSystem {
  return date19040101 === 0 ? "1904" : "1900";
}

/** A serial of the workbook's system as a serial of the 1900 system. */
export function toSerial1900(serial: number, system: DateSystem): number {
  return system === "1904" ? serial + DATE_SYSTEM_1904_OFFSET : serial;
}

/** A serial of the 1900 system as a serial of the workbook's system. */
export function fromSerial1900(serial: number, system: DateSystem): number {
  return system === "1904" ? serial - DATE_SYSTEM_1904_OFFSET : serial;
}
