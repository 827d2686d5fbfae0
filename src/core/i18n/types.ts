/**
 * The shape of the core's texts in one language, as date-fns keeps one `Locale` per
 * language: `sv.ts` and `en.ts` are each one value of type `CoreTexts`. Templates take
 * `{name}` placeholders (filled by `t`); texts with grammar (a name or none, a plural, a
 * list) are functions.
 */
import type { SV_MESSAGES } from "./sv";

export type Lang = "sv" | "en";

export type MessageParams = Readonly<Record<string, string | number>>;

/** The keys of the templates: Swedish (`sv.ts`) is the reference, English must have the same. */
export type MessageKey = keyof typeof SV_MESSAGES;

/** A meeting's form as the planning workbook writes it (R2). */
export type MeetingFormValue = "Fysiskt" | "Digitalt";

export interface CoreTexts {
  /** Findings, output sheet headers, values, labels: templates with `{name}` placeholders. */
  readonly messages: { readonly [K in MessageKey]: string };

  /** "VT 2026" / "Spring 2026". */
  termLabel(half: "VT" | "HT", year: number): string;

  /** Pieces shared by every text the coordinator sends. */
  readonly sent: {
    /** Between hours and minutes in a sentence: "09.00" (Språkrådet) / "09:00". */
    readonly clockSeparator: "." | ":";
    /** A start time in a sentence, from a clock time: "kl. 09.00" / "at 09:00". */
    time(clock: string): string;
    /** A slot from–to in a sentence: "kl. 09.00–09.40" / "09:00–09:40". */
    slotTime(from: string, to: string): string;
    /** The form as a word in a sentence: "fysiskt" / "in person". */
    formWord(form: MeetingFormValue): string;
    /** "mötet i VerkSam Jönköping 2" / "the VerkSam Jönköping 2 meeting"; group "" for none. */
    theMeeting(group: string): string;
    /** "Hej!" / "Hello,". */
    readonly greeting: string;
    /** "Vänliga hälsningar" / "Kind regards". */
    readonly regards: string;
    /** Before the addressee when several texts are copied at once: "Till" / "To". */
    readonly to: string;
    /** Before the subject line in the same: "Ämne" / "Subject". */
    readonly subject: string;
  };

  /** The release notice (R8) and the release deadline line of the pane. */
  readonly releaseNotice: {
    subject(name: string, date: string, unit: string): string;
    body(unit: string, theMeeting: string, date: string, time: string): string;
    readonly deadlineUnknown: string;
    deadlinePassed(date: string): string;
    deadlineToday(date: string): string;
    deadlineOpen(date: string): string;
  };

  /** The term's meeting times (R9). */
  readonly meetingTimes: {
    /** `term` "" for none. */
    title(name: string, term: string): string;
    readonly none: string;
    /** Appended to a meeting's line. */
    caseDeadline(date: string): string;
    readonly deadlineNote: string;
    /** The header row of the tab-separated rows. */
    readonly header: readonly string[];
  };

  /** The kallelser and the agenda text (R5, R6). */
  readonly kallelse: {
    /** "3 ärenden" / "1 case". */
    cases(count: number): string;
    /** Where the meeting is held; form and place may each be "" (then "" when both are). */
    where(form: string, place: string): string;
    readonly consent: string;
    invite(theMeeting: string, date: string, unit: string, time: string): string;
    subject(name: string, date: string, unit: string, time: string): string;
    /** Before the count and codes of a unit's cases: "Ärenden" / "Cases". */
    readonly casesLabel: string;
    municipalityInvite(theMeeting: string, date: string, whole: string): string;
    municipalitySubject(name: string, date: string, whole: string): string;
    readonly eachUnit: string;
    /** `when` is the day, start, form and place joined by ", ". */
    agendaTitle(name: string, when: string): string;
  };

  /** The calendar file (RFC 5545). */
  readonly calendar: {
    summary(group: string, digital: boolean): string;
    readonly digitalPlace: string;
    form(form: MeetingFormValue): string;
    caseDeadline(date: string): string;
    releaseDeadline(date: string): string;
    caseDeadlineSummary(meeting: string, group: string): string;
    releaseDeadlineSummary(meeting: string, group: string): string;
    caseDeadlineDescription(meeting: string): string;
    releaseDeadlineDescription(meeting: string): string;
    saveHint(fileName: string): string;
  };

  /** The Statistik sheet's charts (`charts/statistics-charts.ts`); halfYear is its label. */
  readonly charts: {
    /** "Ärenden per möte, 2025 jul–dec". */
    perMeetingTitle(halfYear: string): string;
    perOutcomeTitle(halfYear: string): string;
    perUnitTitle(halfYear: string): string;
    readonly meetingAxis: string;
    readonly outcomeAxis: string;
    readonly unitAxis: string;
    /** The value axis of every chart. */
    readonly casesAxis: string;
    /** The two series of the per-meeting chart. */
    readonly held: string;
    readonly planned: string;
    /** The single series of the per-outcome and per-unit charts. */
    readonly cases: string;
  };

  /**
   * The förbund's statistics (`forbund/statistics.ts`); the column headers it shares with
   * the Statistik sheet are templates of `messages`. File names and cell addresses reach
   * these texts only after the personnummer net.
   */
  readonly forbund: {
    /** The Grupp column's header. */
    readonly group: string;
    /** The label of a half-year's total row in the Grupp column. */
    readonly allGroups: string;
    /** The chart's title and axes. */
    readonly chartTitle: string;
    readonly chartCategoryAxis: string;
    readonly chartValueAxis: string;
    /** What went wrong with one file (each names the file). */
    unreadable(file: string): string;
    noTables(file: string): string;
    duplicateGroup(file: string, group: string, first: string): string;
    /** The cells are named up to a limit, then counted (`cellList`). */
    personnummer(file: string, cells: readonly string[]): string;
  };

  /** Why the next term's meetings cannot be added (`nextTermRefusalText`). */
  readonly nextTerm: {
    readonly noMeetings: string;
    termHasMeetings(term: string, dates: string): string;
    noDates(intervalWeeks: number, last: string, term: string): string;
    outOfRange(last: string): string;
  };
}
