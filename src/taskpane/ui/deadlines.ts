/**
 * The deadline calculator: a meeting date in, the case deadline (R7) and the release
 * deadline (R8) out, with ISO week and weekday, and the Swedish holidays of the coming
 * months.
 */
import { holidaysOfYear } from "../../core/calendar/holidays";
import { isWorkday, nextWorkdayOnOrAfter } from "../../core/calendar/workdays";
import { safeWorkdaysBefore } from "../../core/planning/deadlines";
import { dateFromSerial, isSerialInRange, LAST_YEAR, parseIsoDate } from "../../core/dates/serial";
import { clear, h } from "../dom";
import { isoDate, isoWeek, longDate } from "../format";
import { Lang, strings } from "../i18n";

export interface DeadlineSettings {
  readonly caseDeadlineWorkdays: number;
  readonly releaseDeadlineWorkdays: number;
  readonly closedDays: ReadonlySet<number>;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  caseDeadlineWorkdays: 6,
  releaseDeadlineWorkdays: 5,
  closedDays: new Set<number>(),
};

/** How many months of holidays the list shows. */
const HOLIDAY_MONTHS = 4;

export interface DeadlineCalculator {
  readonly element: HTMLElement;
  /**
   * Counts with a planning book's Ärendefrist, Frigörandefrist and Stängda dagar from now on
   * (`undefined`: the defaults, as without a book); shows `nextMeeting` unless the person
   * has typed a date.
   */
  useSettings(settings: DeadlineSettings | undefined, nextMeeting?: number): void;
}

export function renderDeadlineCalculator(
  lang: Lang,
  todayOf: number | (() => number),
  initial: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS
): DeadlineCalculator {
  const t = strings(lang);
  const today = typeof todayOf === "function" ? todayOf : (): number => todayOf;
  let settings = initial;
  // The next working day is the first date a meeting could be held.
  const input = h("input", {
    type: "date",
    id: "meeting-date",
    name: "meeting-date",
    value: isoDate(nextWorkdayOnOrAfter(today(), settings.closedDays)),
    min: "1900-01-01",
    max: "2199-12-31",
  });
  const source = h("p", { id: "deadline-source", className: "hint", hidden: true });
  const result = h("div", { id: "deadline-result", "aria-live": "polite" });
  const holidays = h("ul", { id: "holiday-list", className: "holiday-list" });

  const update = (): void => {
    clear(result);
    clear(holidays);
    const meeting = parseIsoDate(input.value);
    if (meeting === undefined) {
      result.append(h("p", { className: "message error" }, t.badDate));
      return;
    }
    const caseDeadline = safeWorkdaysBefore(
      meeting,
      settings.caseDeadlineWorkdays,
      settings.closedDays
    );
    const releaseDeadline = safeWorkdaysBefore(
      meeting,
      settings.releaseDeadlineWorkdays,
      settings.closedDays
    );
    if (caseDeadline === undefined || releaseDeadline === undefined) {
      result.append(h("p", { className: "message error" }, t.outOfRange));
      return;
    }
    if (!isWorkday(meeting, settings.closedDays))
      result.append(h("p", { className: "message warning" }, t.notAWorkday));
    result.append(
      h(
        "dl",
        { className: "deadlines" },
        deadlineRow(
          "case-deadline",
          t.caseDeadline,
          caseDeadline,
          `${t.caseDeadlineHint}, ${t.workdaysBefore(settings.caseDeadlineWorkdays)}`,
          lang
        ),
        deadlineRow(
          "release-deadline",
          t.releaseDeadline,
          releaseDeadline,
          `${t.releaseDeadlineHint}, ${t.workdaysBefore(settings.releaseDeadlineWorkdays)}`,
          lang
        )
      )
    );
    renderHolidays(holidays, Math.min(meeting, today()), lang, settings.closedDays);
  };
  let edited = false;
  input.addEventListener("input", () => (edited = true));
  input.addEventListener("input", update);
  input.addEventListener("change", update);
  update();

  const element = h(
    "section",
    { className: "card", id: "deadlines", "aria-labelledby": "deadlines-title" },
    h("h2", { id: "deadlines-title" }, t.deadlinesTitle),
    source,
    h("label", { for: "meeting-date" }, t.meetingDate),
    input,
    result,
    h("h3", {}, t.holidaysTitle),
    holidays
  );
  return {
    element,
    useSettings(next: DeadlineSettings | undefined, nextMeeting?: number): void {
      // Until the person picks a date: the book's next meeting.
      if (!edited && nextMeeting !== undefined) input.value = isoDate(nextMeeting);
      settings = next ?? DEFAULT_DEADLINE_SETTINGS;
      source.hidden = next === undefined;
      source.textContent = next === undefined ? "" : `${t.countsWith} ${t.fromBook}.`;
      update();
    },
  };
}

function deadlineRow(
  id: string,
  label: string,
  serial: number,
  hint: string,
  lang: Lang
): HTMLElement[] {
  const t = strings(lang);
  return [
    h("dt", {}, label),
    h(
      "dd",
      { id, "data-date": isoDate(serial) },
      h("strong", {}, isoDate(serial)),
      ` · ${longDate(serial, lang)} · ${t.week} ${isoWeek(serial)}`,
      h("br"),
      h("small", {}, hint)
    ),
  ];
}

/** Holidays and the user's closed days from `from` and the next few months. */
function renderHolidays(
  list: HTMLElement,
  from: number,
  lang: Lang,
  closedDays: ReadonlySet<number>
): void {
  const t = strings(lang);
  const start = dateFromSerial(from);
  const endYear = start.month + HOLIDAY_MONTHS > 12 ? start.year + 1 : start.year;
  const until = from + Math.round(HOLIDAY_MONTHS * 30.5);
  const items: { serial: number; name: string; eve: boolean }[] = [];
  for (let year = start.year; year <= Math.min(endYear, LAST_YEAR); year++) {
    for (const holiday of holidaysOfYear(year)) {
      if (holiday.serial >= from && holiday.serial <= until)
        items.push({
          serial: holiday.serial,
          name: t.holidayName(holiday),
          eve: holiday.kind === "eve",
        });
    }
  }
  for (const serial of closedDays) {
    if (serial >= from && serial <= until && isSerialInRange(serial))
      items.push({ serial, name: t.closedDay, eve: false });
  }
  items.sort((a, b) => a.serial - b.serial);
  if (items.length === 0) {
    list.append(h("li", {}, t.noHolidays));
    return;
  }
  for (const item of items) {
    list.append(
      h(
        "li",
        {},
        h("span", { className: "date" }, isoDate(item.serial)),
        ` ${longDate(item.serial, lang)} — ${item.name}${item.eve ? ` (${t.closedEve})` : ""}`
      )
    );
  }
}
