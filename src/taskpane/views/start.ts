/**
 * The start view, shown while the workbook has no planning book: it says so, and creates
 * one (Skapa planeringsbok: group, term, first meeting; confirm, then create).
 */
import { formatIsoDate, parseIsoDate } from "../../core/dates/serial";
import {
  buildPlanningTemplate,
  GROUP_PRESETS,
  parseUnitType,
  PlanningTemplateError,
  PresetUnit,
  TEMPLATE_TABLE_NAMES,
  TemplateOptions,
  UnitType,
} from "../../core/planning";
import { createPlanningWorkbook, reasonOf } from "../actions";
import { renderConfirm } from "../confirm";
import { proposeFirstMeeting, proposeTerm, type Half } from "../defaults";
import { clear, h } from "../dom";
import { isoDate } from "../format";
import type { ViewContext, ViewDefinition } from "./view";

/** Parses "Namn; Typ" lines; a line without a type is a Region unit. */
export function parseUnitLines(text: string): { units: PresetUnit[] } | { badLine: number } {
  const units: PresetUnit[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const [name, type] = line.split(/[;\t]/).map((part) => part.trim());
    if (!name) return { badLine: i + 1 };
    let unitType: UnitType = "Region";
    if (type) {
      // The same spellings the reader accepts in the Typ column of Enheter.
      const parsed = parseUnitType(type);
      if (parsed.kind !== "ok") return { badLine: i + 1 };
      unitType = parsed.value;
    }
    units.push({ name, type: unitType });
  }
  return { units };
}

function render(context: ViewContext) {
  const { t, lang, today } = context;
  const groupSelect = h(
    "select",
    { id: "group" },
    h("option", { value: "" }, t.chooseGroup),
    ...GROUP_PRESETS.map((g) => h("option", { value: g.id }, g.name)),
    h("option", { value: "custom" }, t.customGroup)
  );
  groupSelect.value = "";
  const customName = h("input", { id: "custom-name", type: "text", autocomplete: "off" });
  const customUnits = h("textarea", {
    id: "custom-units",
    placeholder: "Habo kommun; Kommun\nHabo VC; Region",
  });
  const customFields = h(
    "div",
    { id: "custom-fields", hidden: true },
    h("label", { for: "custom-name" }, t.customName),
    customName,
    h("label", { for: "custom-units" }, t.customUnits),
    customUnits
  );
  const proposed = proposeTerm(today());
  const halfSelect = h(
    "select",
    { id: "term-half" },
    h("option", { value: "VT" }, t.spring),
    h("option", { value: "HT" }, t.autumn)
  );
  halfSelect.value = proposed.half;
  const yearInput = h("input", {
    id: "term-year",
    type: "number",
    min: 1900,
    max: 2199,
    step: 1,
    value: proposed.year,
  });
  const firstInput = h("input", {
    id: "first-meeting",
    type: "date",
    min: "1900-01-01",
    max: "2199-12-31",
    "aria-describedby": "first-meeting-note",
  });
  const firstNote = h("p", { id: "first-meeting-note", className: "hint" });
  let firstEdited = false;
  const termYear = (): number | undefined => {
    const year = Number(yearInput.value);
    return Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : undefined;
  };
  const updateFirstNote = (): void => {
    const first = parseIsoDate(firstInput.value);
    const past = first !== undefined && first < today();
    firstNote.textContent = past ? t.firstMeetingPast(formatIsoDate(first)) : t.firstMeetingHint;
    firstNote.className = past ? "hint warning-text" : "hint";
  };
  const updateFirst = (): void => {
    const year = termYear();
    if (!firstEdited && year !== undefined)
      firstInput.value = isoDate(
        proposeFirstMeeting({ half: halfSelect.value as Half, year }, today())
      );
    updateFirstNote();
  };
  updateFirst();

  const createButton = h("button", { type: "button", id: "create-workbook" }, t.createButton);
  const createStatus = context.statusLine("create-status");
  const confirmList = h("dl", { className: "confirm-list" });
  const confirm = renderConfirm<TemplateOptions>({
    id: "create-confirm",
    trigger: createButton,
    title: h("h3", { id: "create-confirm-title" }, t.confirmTitle),
    content: [
      confirmList,
      h("p", { className: "confirm-undo" }, t.confirmUndo(context.workbook.undo ?? "none")),
    ],
    yes: { id: "create-yes", label: t.confirmYes },
    no: { id: "create-no", label: t.confirmNo },
    focus: "title",
    act: (options, yes) =>
      context.run(
        yes,
        createStatus,
        () => createPlanningWorkbook(context.workbook, options, today()),
        {
          writes: true,
          readSoon: true,
          after: (outcome) => {
            confirm.close();
            if (outcome.ok) {
              // The answer stays at the top of the pane, above Översikt.
              context.notice.append(createStatus);
              context.open("oversikt");
            }
            createStatus.focus();
          },
        }
      ),
  });
  confirm.yes.setAttribute("data-status", createStatus.id);

  // A change to the form makes a shown confirmation stale: it goes.
  for (const field of [groupSelect, customName, customUnits, halfSelect, yearInput, firstInput])
    field.addEventListener("input", () => {
      if (confirm.open) confirm.close();
    });
  firstInput.addEventListener("input", () => {
    firstEdited = true;
    updateFirstNote();
  });
  halfSelect.addEventListener("change", updateFirst);
  yearInput.addEventListener("input", updateFirst);
  groupSelect.addEventListener("change", () => {
    customFields.hidden = groupSelect.value !== "custom";
    if (confirm.open) confirm.close();
  });

  /** The template options from the form, or the first problem with it. */
  const formOptions = (): TemplateOptions | string => {
    const year = termYear();
    if (year === undefined) return t.yearOutOfRange;
    if (groupSelect.value === "") return t.groupMissing;
    const first = parseIsoDate(firstInput.value);
    if (first === undefined) return `${t.firstMeeting}: ${t.badDate}`;
    let group: TemplateOptions["group"] | undefined = GROUP_PRESETS.find(
      (g) => g.id === groupSelect.value
    );
    if (!group) {
      if (customName.value.trim() === "") return t.customNameMissing;
      const parsed = parseUnitLines(customUnits.value);
      if ("badLine" in parsed) return t.badUnitLine(parsed.badLine);
      if (parsed.units.length === 0) return t.customUnitsMissing;
      group = { name: customName.value.trim(), units: parsed.units };
    }
    return { group, term: { half: halfSelect.value as Half, year }, firstMeeting: first, lang };
  };

  createButton.addEventListener("click", () => {
    context.clearStatuses();
    const options = formOptions();
    if (typeof options === "string") {
      context.setStatus(createStatus, options, "error");
      return;
    }
    let meetings: number[];
    try {
      const möten = buildPlanningTemplate(options).find(
        (x) => x.table === TEMPLATE_TABLE_NAMES["Möten"]
      );
      meetings = (möten?.rows ?? []).map((r) => r[0] as number);
    } catch (e) {
      context.setStatus(
        createStatus,
        e instanceof PlanningTemplateError ? e.message : `${t.unexpected} (${reasonOf(e)})`,
        "error"
      );
      return;
    }
    clear(confirmList);
    const units = options.group.units.map((u) => u.name).join(", ");
    const past = meetings.filter((m) => m < today());
    confirmList.append(
      h("dt", {}, t.confirmGroup),
      h("dd", { id: "confirm-group" }, `${options.group.name} (${units})`),
      h("dt", {}, t.confirmTerm),
      h("dd", { id: "confirm-term" }, t.termName(options.term)),
      h("dt", {}, t.confirmSheets),
      h("dd", { id: "confirm-sheets" }, Object.keys(TEMPLATE_TABLE_NAMES).join(", ")),
      h("dt", {}, t.confirmMeetings(meetings.length)),
      h(
        "dd",
        { id: "confirm-meetings" },
        h("ul", {}, ...meetings.map((m) => h("li", { "data-date": isoDate(m) }, isoDate(m))))
      ),
      ...(past.length > 0
        ? [h("dd", { className: "warning-text" }, t.firstMeetingPast(isoDate(past[0])))]
        : [])
    );
    confirm.ask(options);
  });

  const element = h(
    "section",
    { className: "card step", id: "step-create", "aria-labelledby": "step-create-title" },
    h("h2", { id: "step-create-title" }, t.createTitle),
    h("p", { id: "no-book", className: "message" }, t.noBookYet),
    h("p", { className: "hint" }, t.createIntro),
    h(
      "div",
      { id: "create-form" },
      h("label", { for: "group" }, t.group),
      groupSelect,
      customFields,
      h(
        "div",
        { className: "row term-row" },
        h("div", { className: "term-half" }, h("label", { for: "term-half" }, t.term), halfSelect),
        h("div", { className: "term-year" }, h("label", { for: "term-year" }, t.year), yearInput)
      ),
      h("label", { for: "first-meeting" }, t.firstMeeting),
      firstInput,
      firstNote,
      createButton,
      confirm.element
    ),
    createStatus
  );
  return { element };
}

export const startView: ViewDefinition = {
  id: "start",
  label: (t) => t.viewStart,
  when: "no-book",
  render,
};
