/**
 * Baseline 1a: a straightforward WORKDAY(meeting, -n, closed) that asks the `date-holidays`
 * package (country SE) about each weekday it steps over. Dev-only; never bundled.
 *
 * date-holidays works on JS Dates. Each serial becomes the Date of its UTC midnight and the
 * instance is created with timezone "UTC", so the machine's time zone cannot change a result.
 *
 * What counts as closed: a holiday of type "public" (allmän helgdag) or "bank" (SE data:
 * midsommarafton, julafton, nyårsafton — the eves public-sector workplaces close), and one
 * correction: date-holidays lists annandag pingst as an "observance" in every year, but it
 * was an allmän helgdag up to and including 2004 (DOMAIN.md), so for those years it counts.
 * `dateHolidaysDisagreements` shows what the uncorrected rule would get wrong.
 */
import Holidays from "date-holidays";
import { formatIsoDate, weekdayOfSerial } from "../../src/core/dates/serial";

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system for serials ≥ 61 (1899-12-30). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const WHIT_MONDAY = "annandag pingst";
const LAST_YEAR_OF_WHIT_MONDAY = 2004;

export function dateOfSerial(serial: number): Date {
  return new Date(EPOCH_MS + serial * MS_PER_DAY);
}

export class DateHolidaysWorkdays {
  private readonly hd = new Holidays("SE", { languages: "sv", timezone: "UTC" });

  /** True when date-holidays reports a closing holiday on this (UTC) day. */
  isClosedHoliday(date: Date, correctWhitMonday = true): boolean {
    const hits = this.hd.isHoliday(date);
    if (!hits) return false;
    for (const h of hits) {
      if (h.type === "public" || h.type === "bank") return true;
      if (
        correctWhitMonday &&
        h.name === WHIT_MONDAY &&
        date.getUTCFullYear() <= LAST_YEAR_OF_WHIT_MONDAY
      )
        return true;
    }
    return false;
  }

  /** `WORKDAY(meeting, -n, closed)`: steps back a day at a time, asking about each weekday. */
  workdaysBefore(
    meeting: number,
    n: number,
    closedRange: readonly (readonly unknown[])[] | null,
    correctWhitMonday = true
  ): number {
    const closed = new Set<number>();
    if (closedRange)
      for (const row of closedRange)
        for (const v of row) if (typeof v === "number" && v > 0) closed.add(Math.trunc(v));
    let s = meeting;
    let remaining = n;
    while (remaining > 0) {
      s--;
      const date = dateOfSerial(s);
      const weekday = date.getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      if (closed.has(s)) continue;
      if (this.isClosedHoliday(date, correctWhitMonday)) continue;
      remaining--;
    }
    return s;
  }

  /**
   * The weekdays from `first` to `last` (serials) on which date-holidays' public+bank days,
   * with or without the annandag pingst correction, differ from `ourNonWorking`.
   * Reads date-holidays' year lists (getHolidays), not isHoliday, so it is quick.
   */
  disagreements(
    first: number,
    last: number,
    ourNonWorking: (serial: number) => boolean,
    correctWhitMonday: boolean
  ): { date: string; ours: boolean; theirs: boolean; names: string }[] {
    const closing = new Set<string>();
    const names = new Map<string, string[]>();
    const lastYear = dateOfSerial(last).getUTCFullYear();
    for (let y = dateOfSerial(first).getUTCFullYear(); y <= lastYear; y++) {
      for (const h of this.hd.getHolidays(y)) {
        const key = h.date.slice(0, 10);
        names.set(key, [...(names.get(key) ?? []), `${h.name} (${h.type})`]);
        const closes =
          h.type === "public" ||
          h.type === "bank" ||
          (correctWhitMonday && h.name === WHIT_MONDAY && y <= LAST_YEAR_OF_WHIT_MONDAY);
        if (closes) closing.add(key);
      }
    }
    const out: { date: string; ours: boolean; theirs: boolean; names: string }[] = [];
    for (let s = first; s <= last; s++) {
      if (weekdayOfSerial(s) >= 6) continue;
      const iso = formatIsoDate(s);
      const theirs = closing.has(iso);
      const ours = ourNonWorking(s);
      if (theirs !== ours)
        out.push({ date: iso, ours, theirs, names: (names.get(iso) ?? []).join(", ") });
    }
    return out;
  }
}
