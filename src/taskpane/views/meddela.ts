/**
 * Meddela: the texts the coordinator sends, made from the last read of the workbook, one
 * block a module under ./meddela/: release notices (release.ts), kallelser and the agenda
 * (kallelse.ts, which read the workbook first), meeting times (times.ts) and the calendar
 * file (calendar.ts); the shared state and answer line are in shared.ts. Here: the meeting
 * chooser, the sender lines and Läs in arbetsboken igen.
 *
 * Copies and downloads start inside the click, from text made synchronously (clipboard.ts),
 * and only from a last read that is current (`whenCurrent`): when a change has made it stale,
 * the click reads the workbook first and asks to be pressed once more.
 */
import { GROUP_PRESETS, type PlanningResult } from "../../core/planning";
import { defaultMeetingIndex, meetingChoices, senderOf } from "../clipboard-texts";
import { clear, h } from "../dom";
import { renderCalendar } from "./meddela/calendar";
import { renderKallelse } from "./meddela/kallelse";
import { renderRelease } from "./meddela/release";
import { createMeddela } from "./meddela/shared";
import { renderTimes } from "./meddela/times";
import type { PaneState, ViewContext, ViewDefinition } from "./view";

function render(context: ViewContext) {
  const { t, lang, today } = context;
  const meetingSelect = h("select", { id: "message-meeting" });
  const m = createMeddela(context, meetingSelect);
  const release = renderRelease(m);
  const kallelse = renderKallelse(m);
  const times = renderTimes(m);
  const calendar = renderCalendar(m);

  const noMeetings = h("p", { id: "messages-none", className: "hint", hidden: true }, t.noMeetings);
  const sender = h("p", { id: "message-sender", className: "hint" });
  const convener = h("p", { id: "message-convener", className: "hint", hidden: true });
  const body = h(
    "div",
    { className: "step-body", id: "messages-body" },
    h("label", { for: "message-meeting" }, t.messageMeeting),
    meetingSelect,
    sender,
    convener,
    release.elements,
    kallelse.elements,
    times.elements,
    calendar.elements,
    m.answerElements
  );

  // Meddela works from the last read: after an edit in Möten, read it again first.
  const refreshButton = h(
    "button",
    { type: "button", id: "messages-refresh", className: "secondary" },
    t.messagesRefresh
  );
  const refreshStatus = context.statusLine("messages-refresh-status");
  refreshButton.setAttribute("data-status", refreshStatus.id);
  refreshButton.addEventListener("click", () =>
    context.read(refreshButton, refreshStatus, { wrap: t.messagesRefreshed })
  );
  const element = h(
    "section",
    { className: "card messages", id: "messages", "aria-labelledby": "messages-title" },
    h("h2", { id: "messages-title" }, t.messagesTitle),
    h("p", { className: "hint" }, t.messagesIntro),
    noMeetings,
    body,
    // Under the texts: the copy buttons come first (the daily path needs no scrolling).
    h("div", { className: "messages-refresh" }, refreshButton, refreshStatus)
  );

  /** The parts that depend on the chosen meeting. */
  const showMeeting = (): void => {
    const index = m.chosen();
    if (index === undefined) return;
    release.showMeeting(index);
    times.showMeeting(index);
    calendar.hide();
    kallelse.hide();
  };
  meetingSelect.addEventListener("change", () => {
    context.clearStatuses();
    showMeeting();
  });

  /** Shows what a read found, keeping the chosen meeting when it is still there. */
  const update = (next: PlanningResult): void => {
    const index = m.chosen();
    const previousDate = index === undefined ? undefined : m.result?.schedule[index].date;
    m.result = next;
    const choices = meetingChoices(next, lang);
    clear(meetingSelect);
    for (const c of choices) meetingSelect.append(h("option", { value: c.index }, c.label));
    const none = choices.length === 0;
    noMeetings.hidden = !none;
    body.hidden = none;
    if (none) return;
    const kept = next.schedule.findIndex((meeting) => meeting.date === previousDate);
    meetingSelect.value = String(kept >= 0 ? kept : (defaultMeetingIndex(next, today()) ?? 0));
    const s = next.model.settings;
    const who = senderOf(next);
    sender.textContent = who ? t.senderLine(who) : t.senderNone;
    const preset = GROUP_PRESETS.find((g) => g.name === s.group);
    convener.hidden = !preset?.groupChoosesConvener;
    convener.textContent = s.convener ? t.convenerSet : t.convenerChosen;
    showMeeting();
  };

  return {
    element,
    show: (state: PaneState) => {
      if (state.result) update(state.result);
    },
    // An answer stands until the next action.
    reset: () => {
      m.resetAnswer();
      kallelse.hide();
    },
  };
}

export const meddelaView: ViewDefinition = {
  id: "meddela",
  label: (t) => t.viewMeddela,
  when: "book",
  render,
};
