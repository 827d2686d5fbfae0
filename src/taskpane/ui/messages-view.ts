/**
 * Meddela gruppen: the texts the coordinator sends, made from the last read of the workbook
 * (the pane's last `PlanningResult`), with no read of their own:
 *  - Kopiera frigörandebesked: one message per region unit no case concerns at the chosen
 *    meeting (default: the next), with the Frigörandefrist and a warning once it has passed;
 *  - Kopiera mötestider: the chosen meeting's term as text and tab-separated rows;
 *  - Ladda ner kalenderfil: the term as an iCalendar file, optionally with both deadlines;
 *    where the host cannot download (Excel on the Mac, tablets), or when asked, the file's
 *    text is shown to copy, with one line on saving it as .ics.
 * Copies and downloads start inside the click, from text made synchronously (clipboard.ts),
 * and only from a last read that is current (`whenCurrent`): when a change has made it stale,
 * the click reads the workbook first and asks to be pressed once more.
 *
 * Kopiera kallelser and Kopiera dagordning are the exception: they must follow the workbook
 * as it is now, so each first reads it (one read, as Kontrollera; the pane's whole answer is
 * updated with it), then shows the text, selected, with a Kopiera button. Where the Clipboard
 * API may write (Excel on Windows, the desktop browsers) the text is copied at once as well;
 * where only a copy inside the click works (Excel on the web's frame forbids clipboard-write),
 * the Kopiera button copies the text shown, synchronously inside its own click.
 */
import { calendarSaveHint } from "../../core/messages/icalendar";
import { releaseDeadlineStatus } from "../../core/messages/release-notice";
import { GROUP_PRESETS, type PlanningResult } from "../../core/planning";
import { termLabel, termOfSerial } from "../../core/planning/next-term";
import { clipboardApiAllowed, copyText, showForManualCopy } from "../clipboard";
import { clear, h } from "../dom";
import { Lang, strings } from "../i18n";
import {
  agendaClipboard,
  calendarExport,
  defaultMeetingIndex,
  kallelseClipboard,
  meetingChoices,
  meetingTimesClipboard,
  releaseNoticeClipboard,
  senderOf,
  termMeetings,
} from "../messages";

export interface MessagesView {
  readonly card: HTMLElement;
  /** Where the pane puts its "read the workbook again" button, under the intro. */
  readonly refreshSlot: HTMLElement;
  /** Shows what the last read found. */
  update(result: PlanningResult): void;
  /** Hides the section's answer and any text shown for copying (an answer stands until the next action). */
  reset(): void;
}

export interface MessagesOptions {
  readonly lang: Lang;
  /** Today (asked anew for every rendering), or a fixed day. */
  readonly today: number | (() => number);
  /** False where the host cannot download a file from the pane: the text is shown instead. */
  readonly downloads: boolean;
  /** The pane's status lines are cleared before each answer. */
  readonly clearStatuses: () => void;
  /** Epoch milliseconds (Date.now), for the calendar file's DTSTAMP and SEQUENCE. */
  readonly now?: () => number;
  /**
   * Reads the workbook as it is now (busy on `button`, the answer in `status`) and calls
   * `then` with the planner's run on it when the read succeeded. Without it, Kopiera
   * kallelser and Kopiera dagordning use the last read.
   */
  readonly readWorkbook?: (
    button: HTMLButtonElement,
    status: HTMLElement,
    then: (result: PlanningResult) => void
  ) => void;
  /** A status line the pane clears with the others; default a plain one. */
  readonly statusLine?: (id: string) => HTMLParagraphElement;
  /**
   * Runs `go` at once (inside the click) when the last read is current; otherwise reads the
   * workbook first, busy on `button` with the answer in `status`, and `go` is not run (the
   * person presses once more). `go` gets true when no change would be noticed (it says so).
   * Without it, `go(false)` runs at once.
   */
  readonly whenCurrent?: (
    button: HTMLButtonElement,
    status: HTMLElement,
    go: (unwatched: boolean) => void
  ) => void;
}

export function renderMessages(options: MessagesOptions): MessagesView {
  const { lang } = options;
  const fixed = options.today;
  const today = typeof fixed === "function" ? fixed : (): number => fixed;
  const t = strings(lang);
  const now = options.now ?? Date.now;
  let result: PlanningResult | undefined;
  /** The SEQUENCE of this session's previous calendar file. */
  let previousSequence: number | undefined;

  const meetingSelect = h("select", { id: "message-meeting" });
  const noMeetings = h("p", { id: "messages-none", className: "hint", hidden: true }, t.noMeetings);
  const sender = h("p", { id: "message-sender", className: "hint" });
  const convener = h("p", { id: "message-convener", className: "hint", hidden: true });

  // ---- release notices ----
  const releaseDeadline = h("p", { id: "message-release-deadline" });
  const releaseUnits = h("p", { id: "message-release-units" });
  const releaseButton = h(
    "button",
    { type: "button", id: "copy-release", "aria-describedby": "message-release-units" },
    t.releaseButton
  );
  // ---- meeting times ----
  const timesTerm = h("p", { id: "times-term", className: "hint" });
  const timesButton = h(
    "button",
    {
      type: "button",
      id: "copy-times",
      className: "secondary",
      "aria-describedby": "times-term",
    },
    t.timesButton
  );
  // ---- calendar ----
  const deadlinesBox = h("input", { id: "calendar-deadlines", type: "checkbox" });
  const downloadButton = h(
    "button",
    { type: "button", id: "download-calendar", className: "secondary" },
    t.calendarButton
  );
  const showTextButton = h(
    "button",
    { type: "button", id: "calendar-show-text", className: "secondary" },
    t.calendarShowText
  );
  const calendarArea = h("textarea", {
    id: "calendar-text",
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": t.calendarTextLabel,
    "aria-describedby": "calendar-save-hint",
  });
  const calendarHint = h("p", { id: "calendar-save-hint", className: "hint", hidden: true });
  const calendarCopy = h(
    "button",
    { type: "button", id: "copy-calendar-text", className: "secondary", hidden: true },
    t.calendarCopyButton
  );
  // ---- kallelser and the agenda: read the workbook now ----
  const readStatus =
    options.statusLine?.("kallelse-status") ??
    h("p", { id: "kallelse-status", role: "status", className: "status" });
  const kallelseHint = h("p", { id: "kallelse-hint", className: "hint" }, t.kallelseHint);
  const kallelseButton = h(
    "button",
    { type: "button", id: "copy-kallelse", "aria-describedby": "kallelse-hint" },
    t.kallelseButton
  );
  const agendaButton = h(
    "button",
    { type: "button", id: "copy-agenda", className: "secondary" },
    t.agendaButton
  );
  const shownArea = h("textarea", {
    id: "shown-text",
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": t.shownTextLabel,
  });
  const shownCopy = h(
    "button",
    { type: "button", id: "copy-shown-text", className: "secondary", hidden: true },
    t.shownCopyButton
  );
  // ---- the answer ----
  const status = h("p", {
    id: "messages-status",
    role: "status",
    className: "status",
    hidden: true,
  });
  const manualArea = h("textarea", {
    id: "messages-fallback",
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": t.copyText,
  });

  const body = h(
    "div",
    { className: "step-body", id: "messages-body" },
    h("label", { for: "message-meeting" }, t.messageMeeting),
    meetingSelect,
    sender,
    convener,
    h("h3", {}, t.releaseHeading),
    releaseDeadline,
    releaseUnits,
    releaseButton,
    h("h3", {}, t.kallelseHeading),
    kallelseHint,
    kallelseButton,
    agendaButton,
    readStatus,
    shownArea,
    shownCopy,
    h("h3", {}, t.timesHeading),
    timesTerm,
    timesButton,
    h("h3", {}, t.calendarHeading),
    h(
      "div",
      { className: "checkbox-row" },
      deadlinesBox,
      h("label", { for: "calendar-deadlines" }, t.calendarDeadlines)
    ),
    downloadButton,
    showTextButton,
    calendarHint,
    calendarArea,
    calendarCopy,
    status,
    manualArea
  );
  const refreshSlot = h("div", { className: "messages-refresh" });
  const card = h(
    "section",
    { className: "card messages", id: "messages", "aria-labelledby": "messages-title" },
    h("h2", { id: "messages-title" }, t.messagesTitle),
    h("p", { className: "hint" }, t.messagesIntro),
    refreshSlot,
    noMeetings,
    body
  );

  /** The click's work, from a current read only (see `MessagesOptions.whenCurrent`). */
  const current = (button: HTMLButtonElement, go: (unwatched: boolean) => void): void => {
    if (options.whenCurrent) options.whenCurrent(button, status, go);
    else go(false);
  };

  const chosen = (): number | undefined => {
    const i = Number(meetingSelect.value);
    return result && meetingSelect.value !== "" && result.schedule[i] ? i : undefined;
  };

  /** The answer in one update: text, colour and visibility together, and the copy area with it. */
  const answer = (text: string, kind: "ok" | "warning", manualText?: string): void => {
    status.textContent = text;
    status.className = `status ${kind}`;
    status.hidden = false;
    if (manualText === undefined) manualArea.hidden = true;
    else showForManualCopy(manualArea, manualText);
  };

  /** The answer of Kopiera kallelser / Kopiera dagordning, in their own status line. */
  const readAnswer = (text: string, kind: "ok" | "warning"): void => {
    readStatus.textContent = text;
    readStatus.className = text === "" ? "status" : `status ${kind}`;
  };

  const hideShownText = (): void => {
    shownArea.hidden = true;
    shownArea.value = "";
    shownCopy.hidden = true;
    shownArea.removeAttribute("data-kind");
  };

  const hideCalendarText = (): void => {
    calendarArea.hidden = true;
    calendarHint.hidden = true;
    calendarCopy.hidden = true;
  };

  /** The parts that depend on the chosen meeting. */
  const showMeeting = (): void => {
    const index = chosen();
    const meeting = index === undefined ? undefined : result?.schedule[index];
    if (!result || index === undefined || !meeting) return;
    const deadline = releaseDeadlineStatus(meeting, today(), lang);
    releaseDeadline.textContent = deadline.text;
    releaseDeadline.className = deadline.state === "passed" ? "message warning" : "hint";
    releaseDeadline.setAttribute("data-state", deadline.state);
    const notices = releaseNoticeClipboard(result, index, lang);
    releaseUnits.textContent = notices ? t.releaseUnits(notices.units) : t.releaseNoneAtMeeting;
    releaseButton.disabled = !notices;
    const term = termOfSerial(meeting.date);
    timesTerm.textContent = t.timesTerm(termLabel(term, lang), termMeetings(result, index).length);
    hideCalendarText();
    hideShownText();
  };

  meetingSelect.addEventListener("change", () => {
    options.clearStatuses();
    showMeeting();
  });

  releaseButton.addEventListener("click", () =>
    current(releaseButton, (unwatched) => {
      const index = chosen();
      if (!result || index === undefined) return;
      // Made now, from the read in memory: the copy must start inside the click.
      const notices = releaseNoticeClipboard(result, index, lang);
      options.clearStatuses();
      if (!notices) {
        answer(t.releaseNoneAtMeeting, "warning");
        return;
      }
      const late = releaseDeadline.getAttribute("data-state") === "passed";
      const note = unwatched ? t.unwatchedNote : "";
      void copyText(notices.text).then((method) =>
        method === "manual"
          ? answer(t.copyManual + note, "warning", notices.text)
          : answer(
              t.releaseCopied(notices.units.length, late) + note,
              late || unwatched ? "warning" : "ok"
            )
      );
    })
  );

  timesButton.addEventListener("click", () =>
    current(timesButton, (unwatched) => {
      const index = chosen();
      if (!result || index === undefined) return;
      const text = meetingTimesClipboard(result, index, lang);
      const label = termLabel(termOfSerial(result.schedule[index].date), lang);
      const note = unwatched ? t.unwatchedNote : "";
      options.clearStatuses();
      void copyText(text).then((method) =>
        method === "manual"
          ? answer(t.copyManual + note, "warning", text)
          : answer(t.timesCopied(label) + note, unwatched ? "warning" : "ok")
      );
    })
  );

  /**
   * Kopiera kallelser / Kopiera dagordning: read the workbook now, show the text made from
   * that read, selected, with the Kopiera button, and copy it at once where the Clipboard API
   * may write after the read; elsewhere the Kopiera button copies it inside its own click.
   */
  const readAndShow = (
    button: HTMLButtonElement,
    kind: "kallelse" | "agenda",
    make: (fresh: PlanningResult, index: number) => { text: string; count: number } | undefined
  ): void => {
    const show = (fresh: PlanningResult): void => {
      result = fresh;
      const index = chosen();
      if (index === undefined) return;
      const made = make(fresh, index);
      if (!made) {
        hideShownText();
        readAnswer(t.kallelseNone, "warning");
        return;
      }
      shownArea.setAttribute("data-kind", kind);
      shownArea.setAttribute("data-count", String(made.count));
      shownCopy.hidden = false;
      showForManualCopy(shownArea, made.text);
      const copied = (): string =>
        kind === "kallelse" ? t.kallelseCopied(made.count) : t.agendaCopied;
      if (!clipboardApiAllowed()) {
        readAnswer(t.shownPressCopy, "ok");
        return;
      }
      void copyText(made.text).then((method) =>
        method === "manual" ? readAnswer(t.shownPressCopy, "ok") : readAnswer(copied(), "ok")
      );
    };
    if (options.readWorkbook) options.readWorkbook(button, readStatus, show);
    else if (result) {
      options.clearStatuses();
      show(result);
    }
  };

  kallelseButton.setAttribute("data-status", readStatus.id);
  agendaButton.setAttribute("data-status", readStatus.id);
  kallelseButton.addEventListener("click", () =>
    readAndShow(kallelseButton, "kallelse", (fresh, index) => {
      const made = kallelseClipboard(fresh, index, lang);
      return made && { text: made.text, count: made.units.length };
    })
  );
  agendaButton.addEventListener("click", () =>
    readAndShow(agendaButton, "agenda", (fresh, index) => ({
      text: agendaClipboard(fresh, index, lang),
      count: 1,
    }))
  );

  shownCopy.addEventListener("click", () => {
    const text = shownArea.value;
    if (text === "") return;
    const kind = shownArea.getAttribute("data-kind");
    const count = Number(shownArea.getAttribute("data-count") ?? "0");
    // Synchronously inside this click: the text is the one shown, made from the read just done.
    void copyText(text).then((method) => {
      if (method === "manual") {
        readAnswer(t.copyManual, "warning");
        shownArea.focus();
        shownArea.select();
      } else readAnswer(kind === "kallelse" ? t.kallelseCopied(count) : t.agendaCopied, "ok");
    });
  });

  /** The calendar file of the chosen meeting's term; each export a higher SEQUENCE. */
  const makeCalendar = (): { fileName: string; text: string } | undefined => {
    const index = chosen();
    if (!result || index === undefined) return undefined;
    const file = calendarExport(result, index, {
      lang,
      includeDeadlines: deadlinesBox.checked,
      now: now(),
      previousSequence,
    });
    previousSequence = file.sequence;
    return file;
  };

  const showCalendarText = (file: { fileName: string; text: string }): void => {
    calendarHint.textContent = calendarSaveHint(file.fileName, lang);
    calendarHint.hidden = false;
    calendarCopy.hidden = false;
    calendarArea.hidden = false;
    calendarArea.value = file.text;
    calendarArea.focus();
    calendarArea.select();
  };

  downloadButton.addEventListener("click", () =>
    current(downloadButton, (unwatched) => download(unwatched))
  );
  const download = (unwatched: boolean): void => {
    const file = makeCalendar();
    if (!file) return;
    const note = unwatched ? t.unwatchedNote : "";
    options.clearStatuses();
    if (!options.downloads) {
      answer(t.calendarNoDownload + note, "warning");
      showCalendarText(file);
      return;
    }
    // A Blob and an <a download> made and clicked inside the click.
    const url = URL.createObjectURL(new Blob([file.text], { type: "text/calendar;charset=utf-8" }));
    const link = h("a", { href: url, download: file.fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    answer(t.calendarDownloaded(file.fileName) + note, unwatched ? "warning" : "ok");
  };

  showTextButton.addEventListener("click", () =>
    current(showTextButton, (unwatched) => {
      const file = makeCalendar();
      if (!file) return;
      options.clearStatuses();
      if (unwatched) answer(t.unwatchedNote.trim(), "warning");
      showCalendarText(file);
    })
  );

  calendarCopy.addEventListener("click", () => {
    const text = calendarArea.value;
    if (text === "") return;
    void copyText(text).then((method) =>
      method === "manual" ? answer(t.copyManual, "warning") : answer(t.calendarCopied, "ok")
    );
  });

  return {
    card,
    refreshSlot,
    update(next: PlanningResult): void {
      const previousDate =
        result && chosen() !== undefined ? result.schedule[chosen()!].date : undefined;
      result = next;
      const choices = meetingChoices(next, lang);
      clear(meetingSelect);
      for (const c of choices) meetingSelect.append(h("option", { value: c.index }, c.label));
      const none = choices.length === 0;
      noMeetings.hidden = !none;
      body.hidden = none;
      if (none) return;
      const kept = next.schedule.findIndex((m) => m.date === previousDate);
      meetingSelect.value = String(kept >= 0 ? kept : (defaultMeetingIndex(next, today()) ?? 0));
      const s = next.model.settings;
      const who = senderOf(next);
      sender.textContent = who ? t.senderLine(who) : t.senderNone;
      const preset = GROUP_PRESETS.find((g) => g.name === s.group);
      convener.hidden = !preset?.groupChoosesConvener;
      convener.textContent = s.convener ? t.convenerSet : t.convenerChosen;
      showMeeting();
    },
    reset(): void {
      status.hidden = true;
      status.textContent = "";
      manualArea.hidden = true;
      if (!options.statusLine) readAnswer("", "ok");
      hideShownText();
    },
  };
}
