/**
 * Ladda ner kalenderfil: the chosen meeting's term as an iCalendar file, optionally with both
 * deadlines; each export of the session has a higher SEQUENCE. Where the host cannot download
 * (Excel on the Mac, tablets), or when asked, the file's text is shown to copy, with one line
 * on saving it as .ics.
 */
import { calendarSaveHint } from "../../../core/texts/icalendar";
import { copyText } from "../../clipboard";
import { calendarExport } from "../../clipboard-texts";
import { h } from "../../dom";
import type { Meddela } from "./shared";

interface CalendarFile {
  readonly fileName: string;
  readonly text: string;
}

export function renderCalendar(m: Meddela, now: () => number = Date.now) {
  const { t, lang } = m.context;
  /** The SEQUENCE of this session's previous calendar file. */
  let previousSequence: number | undefined;
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
  const area = h("textarea", {
    id: "calendar-text",
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": t.calendarTextLabel,
    "aria-describedby": "calendar-save-hint",
  });
  const hint = h("p", { id: "calendar-save-hint", className: "hint", hidden: true });
  const copy = h(
    "button",
    { type: "button", id: "copy-calendar-text", className: "secondary", hidden: true },
    t.calendarCopyButton
  );

  const make = (): CalendarFile | undefined => {
    const index = m.chosen();
    if (!m.result || index === undefined) return undefined;
    const file = calendarExport(m.result, index, {
      lang,
      includeDeadlines: deadlinesBox.checked,
      now: now(),
      previousSequence,
    });
    previousSequence = file.sequence;
    return file;
  };
  const showText = (file: CalendarFile): void => {
    hint.textContent = calendarSaveHint(file.fileName, lang);
    hint.hidden = false;
    copy.hidden = false;
    area.hidden = false;
    area.value = file.text;
    area.focus();
    area.select();
  };
  const download = (unwatched: boolean): void => {
    const file = make();
    if (!file) return;
    const note = unwatched ? t.unwatchedNote : "";
    m.context.clearStatuses();
    if (!m.context.host.downloads) {
      m.answer(t.calendarNoDownload + note, "warning");
      showText(file);
      return;
    }
    // A Blob and an <a download> made and clicked inside the click.
    const url = URL.createObjectURL(new Blob([file.text], { type: "text/calendar;charset=utf-8" }));
    const link = h("a", { href: url, download: file.fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    m.answer(t.calendarDownloaded(file.fileName) + note, unwatched ? "warning" : "ok");
  };

  downloadButton.addEventListener("click", () => m.current(downloadButton, download));
  showTextButton.addEventListener("click", () =>
    m.current(showTextButton, (unwatched) => {
      const file = make();
      if (!file) return;
      m.context.clearStatuses();
      if (unwatched) m.answer(t.unwatchedNote.trim(), "warning");
      showText(file);
    })
  );
  copy.addEventListener("click", () => {
    const text = area.value;
    if (text === "") return;
    void copyText(text).then((method) =>
      method === "manual" ? m.answer(t.copyManual, "warning") : m.answer(t.calendarCopied, "ok")
    );
  });
  return {
    elements: [
      h("h3", {}, t.calendarHeading),
      h(
        "div",
        { className: "checkbox-row" },
        deadlinesBox,
        h("label", { for: "calendar-deadlines" }, t.calendarDeadlines)
      ),
      downloadButton,
      showTextButton,
      hint,
      area,
      copy,
    ],
    /** Hides the file's text (a new meeting). */
    hide(): void {
      area.hidden = true;
      hint.hidden = true;
      copy.hidden = true;
    },
  };
}
