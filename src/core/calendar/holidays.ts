/**
 * Swedish public holidays (allmänna helgdagar, lag 1989:253) and the three eves that
 * public-sector workplaces close (midsommarafton, julafton, nyårsafton), per year.
 *
 * The rules are those of DOMAIN.md, applied to every year 1900–2199: today's holidays,
 * with annandag pingst up to and including 2004 and nationaldagen from 2005.
 * Each year's list is computed once and kept.
 */
import { easterSunday } from "./easter";
import { FIRST_YEAR, LAST_YEAR, serialFromDate, weekdayOfSerial } from "../dates/serial";

export type HolidayKind = "holiday" | "eve";

export interface Holiday {
  /** Excel serial of the day. */
  readonly serial: number;
  /** Swedish name, e.g. "Kristi himmelsfärdsdag". */
  readonly name: string;
  /** English name, e.g. "Ascension Day". */
  readonly nameEn: string;
  /** A public holiday, or an eve on which workplaces close. */
  readonly kind: HolidayKind;
}

/** The last year annandag pingst was a public holiday, and the first of nationaldagen. */
export const LAST_YEAR_OF_WHIT_MONDAY = 2004;
export const FIRST_YEAR_OF_NATIONAL_DAY = 2005;

/** The serial of the given weekday (1 = Monday) in the window `[first, first + 6]` of a month. */
function weekdayInWindow(
  year: number,
  month: number,
  firstDay: number,
  isoWeekday: number
): number {
  const first = serialFromDate(year, month, firstDay);
  return first + ((isoWeekday - weekdayOfSerial(first) + 7) % 7);
}

function computeHolidays(year: number): Holiday[] {
  const list: Holiday[] = [];
  const add = (
    serial: number,
    name: string,
    nameEn: string,
    kind: HolidayKind = "holiday"
  ): void => {
    list.push({ serial, name, nameEn, kind });
  };
  const easter = easterSunday(year);
  const easterSerial = serialFromDate(year, easter.month, easter.day);

  add(serialFromDate(year, 1, 1), "Nyårsdagen", "New Year's Day");
  add(serialFromDate(year, 1, 6), "Trettondedag jul", "Epiphany");
  add(easterSerial - 2, "Långfredagen", "Good Friday");
  add(easterSerial, "Påskdagen", "Easter Sunday");
  add(easterSerial + 1, "Annandag påsk", "Easter Monday");
  add(serialFromDate(year, 5, 1), "Första maj", "May Day");
  add(easterSerial + 39, "Kristi himmelsfärdsdag", "Ascension Day");
  add(easterSerial + 49, "Pingstdagen", "Whit Sunday");
  if (year <= LAST_YEAR_OF_WHIT_MONDAY) add(easterSerial + 50, "Annandag pingst", "Whit Monday");
  if (year >= FIRST_YEAR_OF_NATIONAL_DAY)
    add(serialFromDate(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden");
  const midsummerEve = weekdayInWindow(year, 6, 19, 5);
  add(midsummerEve, "Midsommarafton", "Midsummer Eve", "eve");
  add(midsummerEve + 1, "Midsommardagen", "Midsummer Day");
  add(weekdayInWindow(year, 10, 31, 6), "Alla helgons dag", "All Saints' Day");
  add(serialFromDate(year, 12, 24), "Julafton", "Christmas Eve", "eve");
  add(serialFromDate(year, 12, 25), "Juldagen", "Christmas Day");
  add(serialFromDate(year, 12, 26), "Annandag jul", "Boxing Day");
  add(serialFromDate(year, 12, 31), "Nyårsafton", "New Year's Eve", "eve");

  list.sort((a, b) => a.serial - b.serial);
  // Two holidays on one day (första maj and Kristi himmelsfärdsdag in 2008): one entry.
  const merged: Holiday[] = [];
  for (const h of list) {
    const last = merged[merged.length - 1];
    if (last && last.serial === h.serial) {
      merged[merged.length - 1] = {
        serial: h.serial,
        name: `${last.name} och ${h.name}`,
        nameEn: `${last.nameEn} and ${h.nameEn}`,
        kind: last.kind === "holiday" || h.kind === "holiday" ? "holiday" : "eve",
      };
    } else {
      merged.push(h);
    }
  }
  return merged;
}

const cache = new Map<number, readonly Holiday[]>();

/**
 * Every Swedish holiday and closed eve of `year` (weekend ones included), sorted by date.
 * `year` must be a whole number from 1900 to 2199.
 */
export function holidaysOfYear(year: number): readonly Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`year out of range: ${year}`);
  }
  let list = cache.get(year);
  if (!list) {
    list = Object.freeze(computeHolidays(year));
    cache.set(year, list);
  }
  return list;
}
