/** Kopiera mötestider: the chosen meeting's term as text and tab-separated rows. */
import { termOfSerial } from "../../../core/dates/term";
import { termLabel } from "../../../core/dates/term-labels";
import { copyText } from "../../clipboard";
import { meetingTimesClipboard, termMeetings } from "../../clipboard-texts";
import { h } from "../../dom";
import type { Meddela } from "./shared";

export function renderTimes(m: Meddela) {
  const { t, lang } = m.context;
  const term = h("p", { id: "times-term", className: "hint" });
  const button = h(
    "button",
    { type: "button", id: "copy-times", className: "secondary", "aria-describedby": "times-term" },
    t.timesButton
  );
  button.addEventListener("click", () =>
    m.current(button, (unwatched) => {
      const index = m.chosen();
      if (!m.result || index === undefined) return;
      const text = meetingTimesClipboard(m.result, index, lang);
      const label = termLabel(termOfSerial(m.result.schedule[index].date), lang);
      const note = unwatched ? t.unwatchedNote : "";
      m.context.clearStatuses();
      void copyText(text).then((method) =>
        method === "manual"
          ? m.answer(t.copyManual + note, "warning", text)
          : m.answer(t.timesCopied(label) + note, unwatched ? "warning" : "ok")
      );
    })
  );
  return {
    elements: [h("h3", {}, t.timesHeading), term, button],
    showMeeting(index: number): void {
      if (!m.result) return;
      const label = termLabel(termOfSerial(m.result.schedule[index].date), lang);
      term.textContent = t.timesTerm(label, termMeetings(m.result, index).length);
    },
  };
}
