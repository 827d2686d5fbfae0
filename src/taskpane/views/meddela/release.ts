/**
 * Kopiera frigörandebesked: one message per region unit no case concerns at the chosen
 * meeting, with the Frigörandefrist and a warning once it has passed (R8).
 */
import { releaseDeadlineStatus } from "../../../core/texts/release-notice";
import { copyText } from "../../clipboard";
import { releaseNoticeClipboard } from "../../clipboard-texts";
import { h } from "../../dom";
import type { Meddela } from "./shared";

export function renderRelease(m: Meddela) {
  const { t, lang, today } = m.context;
  const deadline = h("p", { id: "message-release-deadline" });
  const units = h("p", { id: "message-release-units" });
  const button = h(
    "button",
    { type: "button", id: "copy-release", "aria-describedby": "message-release-units" },
    t.releaseButton
  );
  button.addEventListener("click", () =>
    m.current(button, (unwatched) => {
      const index = m.chosen();
      if (!m.result || index === undefined) return;
      // Made now, from the read in memory: the copy must start inside the click.
      const notices = releaseNoticeClipboard(m.result, index, lang);
      m.context.clearStatuses();
      if (!notices) {
        m.answer(t.releaseNoneAtMeeting, "warning");
        return;
      }
      const late = deadline.getAttribute("data-state") === "passed";
      const note = unwatched ? t.unwatchedNote : "";
      void copyText(notices.text).then((method) =>
        method === "manual"
          ? m.answer(t.copyManual + note, "warning", notices.text)
          : m.answer(
              t.releaseCopied(notices.units.length, late) + note,
              late || unwatched ? "warning" : "ok"
            )
      );
    })
  );
  return {
    elements: [h("h3", {}, t.releaseHeading), deadline, units, button],
    /** Shows the chosen meeting's deadline and units. */
    showMeeting(index: number): void {
      if (!m.result) return;
      const state = releaseDeadlineStatus(m.result.schedule[index], today(), lang);
      deadline.textContent = state.text;
      deadline.className = state.state === "passed" ? "message warning" : "hint";
      deadline.setAttribute("data-state", state.state);
      const notices = releaseNoticeClipboard(m.result, index, lang);
      units.textContent = notices ? t.releaseUnits(notices.units) : t.releaseNoneAtMeeting;
      button.disabled = !notices;
    },
  };
}
