import { serialFromDate, formatIsoDate, parseIsoDate } from "../../src/core/dates/serial";

/** The serial of an ISO date literal, for readable tests. */
export function d(iso: string): number {
  const serial = parseIsoDate(iso);
  if (serial === undefined) throw new Error(`bad test date ${iso}`);
  return serial;
}

/** ISO text of a serial, for readable assertions. */
export function iso(serial: number): string {
  return formatIsoDate(serial);
}

export { serialFromDate };
