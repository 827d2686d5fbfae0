/**
 * The add-in's custom functions (namespace VERKSAM), as Excel registers them. Each passes
 * its arguments, with the date system the shared runtime detected for the workbook
 * (runtime-date-system.ts), to its implementation (implementations.ts), which converts the
 * dates, calls the pure core and turns any failure into the Excel error the cell shows.
 *
 * The JSDoc of each function is read by custom-functions-metadata to produce
 * functions.json: its Swedish text is what Excel shows in formula autocomplete.
 */

import * as impl from "./implementations";
import { startDateSystemDetection, workbookDateSystem } from "./runtime-date-system";

// The build appends `CustomFunctions.associate("ID", fn)` calls to this module. Outside
// Excel (the browser preview, Node) there may be no custom-functions runtime: give those
// calls something harmless to call. Inside Excel the runtime's own object is kept.
if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    associate: (): void => undefined,
  };
}

/**
 * Arbetsdagen som ligger ett visst antal svenska arbetsdagar före mötet, som Excels ARBETSDAGAR(mötesdatum; -arbetsdagar; helgdagar) med svenska helgdagar inbyggda. Mötesdagen räknas inte.
 * @customfunction WORKDAYS_BEFORE_MEETING
 * @param meeting_date Mötesdatum (datum eller text som 2025-03-14).
 * @param [workdays] Antal arbetsdagar före mötet (standard 6, ärendefristen). 0 ger mötesdatumet.
 * @param [closed_days] Område med extra stängda dagar (klämdagar, planeringsdagar).
 * @returns Datumet som serienummer; formatera cellen som datum.
 */
export function workdaysBeforeMeeting(
  meeting_date: number | string,
  workdays?: number | string | null,
  closed_days?: unknown[][]
): number | string {
  return impl.workdaysBeforeMeeting(workbookDateSystem(), meeting_date, workdays, closed_days);
}

/**
 * Enheterna som inget ärende berör och som därför kan frigöras från mötet, i samma ordning som i units. Med två kolumner (enhet, typ) frigörs bara enheter av typen Region.
 * @customfunction UNITS_TO_RELEASE
 * @param units Enheterna: en kolumn med namn, eller två kolumner (enhet, typ).
 * @param case_units Ärendenas enheter (kolumnen Enhet i Ärenden).
 * @param [case_meeting_dates] Ärendenas mötesdatum, lika många celler som case_units.
 * @param [meeting_date] Mötet som räknas; bara ärenden med detta mötesdatum räknas.
 * @param [separator] Skiljetecken, t.ex. ", ": ger namnen i en cell (fungerar i Excel-tabeller).
 * @returns Enheterna som kan frigöras, en per rad, eller i en cell med separator.
 */
export function unitsToRelease(
  units: unknown[][],
  case_units: unknown[][],
  case_meeting_dates?: unknown[][],
  meeting_date?: number | string | null,
  separator?: string | null
): string[][] {
  return impl.unitsToRelease(
    workbookDateSystem(),
    units,
    case_units,
    case_meeting_dates,
    meeting_date,
    separator
  );
}

/**
 * Mötesdatum var n:e vecka från första mötet. Ett datum som inte är en arbetsdag flyttas till nästa arbetsdag; serien behåller sin rytm.
 * @customfunction MEETING_DATES
 * @param first_meeting Första mötets datum.
 * @param [count] Antal möten. Utan antal (eller 0): mötena till halvårets slut (30 juni eller 31 december).
 * @param [interval_weeks] Veckor mellan mötena (standard 6, även för 0).
 * @param [closed_days] Område med extra stängda dagar.
 * @returns Mötesdatumen, ett per rad.
 */
export function meetingDates(
  first_meeting: number | string,
  count?: number | string | null,
  interval_weeks?: number | string | null,
  closed_days?: unknown[][]
): unknown[][] {
  return impl.meetingDates(workbookDateSystem(), first_meeting, count, interval_weeks, closed_days);
}

/**
 * SANT om datumet är en svensk arbetsdag: måndag–fredag som inte är helgdag, midsommarafton, julafton, nyårsafton eller en extra stängd dag.
 * @customfunction IS_WORKDAY
 * @param date Datumet.
 * @param [closed_days] Område med extra stängda dagar.
 * @returns SANT för en arbetsdag, annars FALSKT.
 */
export function isWorkday(date: number | string, closed_days?: unknown[][]): boolean | string {
  return impl.isWorkday(workbookDateSystem(), date, closed_days);
}

/**
 * Årets svenska helgdagar och stängda aftnar (midsommarafton, julafton, nyårsafton), även de som infaller på en helg, sorterade efter datum.
 * @customfunction SWEDISH_HOLIDAYS
 * @param year Året, 1900–2199.
 * @param [with_names] SANT ger en andra kolumn med helgdagens namn.
 * @returns Datumen, ett per rad, eventuellt med namn.
 */
export function swedishHolidays(
  year: number | string,
  with_names?: boolean | number | string | null
): unknown[][] {
  return impl.swedishHolidays(workbookDateSystem(), year, with_names);
}

// In Excel, learn the workbook's date system once the runtime is ready (runtime-date-system.ts).
startDateSystemDetection();
