/**
 * The planner: create the planning workbook, make the schedule and statistics, show the
 * checks (each selects its cell), copy a statistics summary.
 */
import { nextWorkdayOnOrAfter } from "../../core/calendar/workdays";
import { dateFromSerial, parseIsoDate, serialFromDate } from "../../core/dates/serial";
import {
  FormulaRepair,
  GROUP_PRESETS,
  parseUnitType,
  PresetUnit,
  UnitType,
} from "../../core/planning";
import { redactPersonnummer } from "../../core/privacy/personnummer";
import { Workbook } from "../../workbook/workbook";
import {
  ActionKind,
  ActionOutcome,
  CopyChoice,
  createPlanningWorkbook,
  reasonOf,
  refillMeetingFormulas,
  runAction,
  ShownFinding,
  statisticsClipboardText,
} from "../actions";
import { copyText, showForManualCopy } from "../clipboard";
import { clear, h } from "../dom";
import { isoDate } from "../format";
import { Lang, strings } from "../i18n";

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

/** A sensible first meeting: the first working day on or after 15 January or 20 August. */
function defaultFirstMeeting(half: "VT" | "HT", year: number): number {
  return nextWorkdayOnOrAfter(
    half === "VT" ? serialFromDate(year, 1, 15) : serialFromDate(year, 8, 20)
  );
}

export function renderPlanner(workbook: Workbook, lang: Lang, today: number): HTMLElement {
  const t = strings(lang);
  const todayDate = dateFromSerial(today);
  const root = h("div", { className: "planner" });

  // ---- result line, busy state and checks, shared by every action ----
  const status = h("p", {
    id: "result-line",
    className: "result-line",
    role: "status",
    "aria-live": "polite",
  });
  const findingsList = h("ul", { id: "findings", className: "findings" });
  // Kontroller's offer to put back the Möten formulas (empty, typed over, or outdated).
  const refillButton = h("button", {
    type: "button",
    id: "refill-formulas",
    className: "secondary",
  });
  const refillQuestion = h("p", { id: "refill-question", className: "message warning" });
  const refillYes = h("button", { type: "button", id: "refill-yes" }, t.refillYes);
  const refillNo = h(
    "button",
    { type: "button", id: "refill-no", className: "secondary" },
    t.refillNo
  );
  const refillConfirm = h(
    "div",
    { id: "refill-confirm", hidden: true },
    refillQuestion,
    refillYes,
    refillNo
  );
  const refillBox = h("div", { id: "refill", hidden: true }, refillButton, refillConfirm);
  const checksCard = h(
    "section",
    { className: "card", "aria-labelledby": "checks-title" },
    h("h2", { id: "checks-title" }, t.checksTitle),
    findingsList,
    refillBox
  );
  const buttons: HTMLButtonElement[] = [refillButton, refillYes, refillNo];

  /** The Möten formula cells to refill, as warnings that select their cell, and the offer. */
  const repairFindings = (repairs: readonly FormulaRepair[]): ShownFinding[] =>
    repairs.flatMap((r) =>
      r.rows.map((x) => {
        const bang = x.cell.lastIndexOf("!");
        return {
          severity: "warning" as const,
          text: t.formulaProblem(x.cell, r.column, x.problem),
          target: {
            sheet: x.cell.slice(0, bang).replace(/^'|'$/g, ""),
            address: x.cell.slice(bang + 1),
          },
        };
      })
    );
  const showRepairs = (repairs: readonly FormulaRepair[]): void => {
    const cells = repairs.flatMap((r) => r.rows.map((x) => x.cell));
    refillBox.hidden = cells.length === 0;
    refillConfirm.hidden = true;
    refillButton.hidden = false;
    refillButton.textContent = t.refillButton(cells.length);
    refillQuestion.textContent = t.refillConfirm(cells.join(", "));
  };
  refillButton.addEventListener("click", () => {
    refillButton.hidden = true;
    refillConfirm.hidden = false;
    refillYes.focus();
  });
  refillNo.addEventListener("click", () => {
    refillConfirm.hidden = true;
    refillButton.hidden = false;
    refillButton.focus();
  });
  refillYes.addEventListener("click", () => {
    void busy(async () => {
      const refilled = await refillMeetingFormulas(workbook, lang);
      if (!refilled.ok) return refilled;
      // The checks again, on the workbook as it is now; the result line says what was done.
      const checked = await runAction(workbook, "check", { today, lang });
      return { ...checked, ok: true, message: refilled.message };
    });
  });

  const showFindings = (findings: readonly ShownFinding[]): void => {
    clear(findingsList);
    if (findings.length === 0) {
      findingsList.append(h("li", { className: "none" }, t.noFindings));
      return;
    }
    for (const f of findings) {
      const item = h("li", { className: f.severity });
      if (f.target) {
        const target = f.target;
        const link = h(
          "button",
          {
            type: "button",
            className: "link",
            title: t.showCell(`${target.sheet}!${target.address}`),
          },
          f.text
        );
        link.addEventListener(
          "click",
          () => void workbook.select(target.sheet, target.address).catch(() => undefined)
        );
        item.append(link);
      } else {
        item.append(f.text);
      }
      findingsList.append(item);
    }
  };

  /**
   * Runs an action with the pane busy. Its whole outcome (result line, checks, copy
   * choices) is shown in one synchronous update before the pane stops being busy, so that
   * nobody — reader or test — sees the pane idle with half of it.
   */
  const busy = async (
    work: () => Promise<ActionOutcome>,
    show?: (outcome: ActionOutcome) => void
  ): Promise<void> => {
    root.setAttribute("aria-busy", "true");
    for (const b of buttons) b.disabled = true;
    status.textContent = t.busy;
    status.className = "result-line";
    try {
      const outcome = await work().catch((e: unknown): ActionOutcome => ({
        ok: false,
        message: `${t.unexpected} (${reasonOf(e)})`,
        findings: [],
        copyChoices: [],
      }));
      // Messages are safe already (the core redacts); this is the last safety net.
      status.textContent = redactPersonnummer(outcome.message);
      status.className = `result-line ${outcome.ok ? "ok" : "error"}`;
      if (outcome.ok || outcome.findings.length > 0) {
        const repairs = outcome.repairs ?? [];
        showFindings(
          [...outcome.findings, ...repairFindings(repairs)].map((f) => ({
            ...f,
            text: redactPersonnummer(f.text),
          }))
        );
        showRepairs(repairs);
      }
      show?.(outcome);
    } finally {
      root.removeAttribute("aria-busy");
      for (const b of buttons) b.disabled = false;
    }
  };

  // ---- Skapa planeringsbok ----
  const groupSelect = h(
    "select",
    { id: "group" },
    ...GROUP_PRESETS.map((g) => h("option", { value: g.id }, g.name)),
    h("option", { value: "custom" }, t.customGroup)
  );
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
  const halfSelect = h(
    "select",
    { id: "term-half" },
    h("option", { value: "VT" }, t.spring),
    h("option", { value: "HT" }, t.autumn)
  );
  halfSelect.value = todayDate.month <= 6 ? "VT" : "HT";
  const yearInput = h("input", {
    id: "term-year",
    type: "number",
    min: 1900,
    max: 2199,
    step: 1,
    value: todayDate.year,
  });
  const firstInput = h("input", {
    id: "first-meeting",
    type: "date",
    min: "1900-01-01",
    max: "2199-12-31",
  });
  let firstEdited = false;
  const updateFirst = (): void => {
    const year = Number(yearInput.value);
    if (!firstEdited && Number.isInteger(year) && year >= 1900 && year <= 2199)
      firstInput.value = isoDate(defaultFirstMeeting(halfSelect.value as "VT" | "HT", year));
  };
  updateFirst();
  firstInput.addEventListener("input", () => (firstEdited = true));
  halfSelect.addEventListener("change", updateFirst);
  yearInput.addEventListener("input", updateFirst);
  groupSelect.addEventListener(
    "change",
    () => (customFields.hidden = groupSelect.value !== "custom")
  );
  const createButton = h("button", { type: "button", id: "create-workbook" }, t.createButton);
  buttons.push(createButton);
  createButton.addEventListener("click", () => {
    void busy(async () => {
      const fail = (message: string): ActionOutcome => ({
        ok: false,
        message,
        findings: [],
        copyChoices: [],
      });
      const first = parseIsoDate(firstInput.value);
      if (first === undefined) return fail(`${t.firstMeeting}: ${t.badDate}`);
      const year = Number(yearInput.value);
      if (!Number.isInteger(year) || year < 1900 || year > 2199)
        return fail(`${t.year}: ${t.outOfRange}`);
      let group = GROUP_PRESETS.find((g) => g.id === groupSelect.value) as
        Parameters<typeof createPlanningWorkbook>[1]["group"] | undefined;
      if (!group) {
        if (customName.value.trim() === "") return fail(t.customNameMissing);
        const parsed = parseUnitLines(customUnits.value);
        if ("badLine" in parsed) return fail(t.badUnitLine(parsed.badLine));
        if (parsed.units.length === 0) return fail(t.customUnitsMissing);
        group = { name: customName.value.trim(), units: parsed.units };
      }
      return createPlanningWorkbook(workbook, {
        group,
        term: { half: halfSelect.value as "VT" | "HT", year },
        firstMeeting: first,
        lang,
      });
    });
  });
  const createCard = h(
    "section",
    { className: "card", "aria-labelledby": "create-title" },
    h("h2", { id: "create-title" }, t.createTitle),
    h("p", { className: "hint" }, t.createIntro),
    h("label", { for: "group" }, t.group),
    groupSelect,
    customFields,
    h(
      "div",
      { className: "row" },
      h("div", {}, h("label", { for: "term-half" }, t.term), halfSelect),
      h("div", {}, h("label", { for: "term-year" }, t.year), yearInput)
    ),
    h("label", { for: "first-meeting" }, t.firstMeeting),
    firstInput,
    createButton
  );

  // ---- Kopiera statistik ----
  let choices: readonly CopyChoice[] = [];
  const copySelect = h(
    "select",
    { id: "copy-choice", disabled: true },
    h("option", { value: "" }, t.copyNeedsStatistics)
  );
  const copyButton = h(
    "button",
    { type: "button", id: "copy-statistics", className: "secondary" },
    t.copyButton
  );
  const copyStatus = h("p", {
    id: "copy-status",
    role: "status",
    "aria-live": "polite",
    className: "message",
    hidden: true,
  });
  const manualArea = h("textarea", {
    id: "copy-fallback",
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": t.copyButton,
  });
  buttons.push(copyButton);
  const setChoices = (next: readonly CopyChoice[]): void => {
    if (next.length === 0) return;
    const previous = copySelect.value;
    choices = next;
    clear(copySelect);
    for (const c of choices) copySelect.append(h("option", { value: c.id }, c.label));
    copySelect.disabled = false;
    // Default: the last meeting held, else the first row.
    const held = choices.filter((c) => c.row.kind === "meeting" && c.row.held > 0);
    copySelect.value = choices.some((c) => c.id === previous)
      ? previous
      : (held[held.length - 1] ?? choices[0]).id;
  };
  /**
   * The copy status in one update: text, colour and visibility together (never shown with
   * an old or empty text), and the manual-copy area with it.
   */
  const showCopyStatus = (text: string, kind: "ok" | "warning", manualText?: string): void => {
    copyStatus.textContent = text;
    copyStatus.className = `message ${kind}`;
    copyStatus.hidden = false;
    if (manualText === undefined) manualArea.hidden = true;
    else showForManualCopy(manualArea, manualText);
  };
  copyButton.addEventListener("click", () => {
    const choice = choices.find((c) => c.id === copySelect.value);
    if (!choice) {
      showCopyStatus(t.copyNeedsStatistics, "warning");
      return;
    }
    // Made now, from the statistics in memory: the copy must start in the click, before any
    // await (clipboard.ts), and a status of an earlier copy must not stand meanwhile.
    const text = redactPersonnummer(statisticsClipboardText(choice.row, lang));
    copyStatus.hidden = true;
    void copyText(text).then((method) =>
      method === "manual"
        ? showCopyStatus(t.copyManual, "warning", text)
        : showCopyStatus(t.copied(choice.label), "ok")
    );
  });
  const copyCard = h(
    "section",
    { className: "card", "aria-labelledby": "copy-title" },
    h("h2", { id: "copy-title" }, t.copyTitle),
    h("label", { for: "copy-choice" }, t.copyChoice),
    copySelect,
    copyButton,
    copyStatus,
    manualArea
  );

  // ---- Mötesschema, statistik, kontroller ----
  const actionButton = (
    id: string,
    label: string,
    kind: ActionKind,
    secondary = false
  ): HTMLButtonElement => {
    const b = h(
      "button",
      { type: "button", id, className: secondary ? "secondary" : undefined },
      label
    );
    buttons.push(b);
    b.addEventListener("click", () => {
      void busy(
        () => runAction(workbook, kind, { today, lang }),
        (outcome) => setChoices(outcome.copyChoices)
      );
    });
    return b;
  };
  const actionsCard = h(
    "section",
    { className: "card", "aria-labelledby": "actions-title" },
    h("h2", { id: "actions-title" }, t.actionsTitle),
    h("p", { className: "hint" }, t.actionsIntro),
    actionButton("make-schedule", t.scheduleButton, "schedule"),
    actionButton("make-statistics", t.statisticsButton, "statistics"),
    actionButton("run-checks", t.checkButton, "check", true),
    h("p", { className: "busy-indicator", "aria-hidden": "true" }, t.busy),
    status
  );

  root.append(actionsCard, checksCard, copyCard, createCard);
  return root;
}
