/**
 * The planner, in the coordinator's order: Att göra (what is due now), then the four
 * numbered steps — 1 Planeringsbok, 2 Fyll i Ärenden (with Kontroller), 3 Mötesschema,
 * 4 Statistik (with Kopiera statistik) — and the deadline calculator. In a workbook without
 * planning tables step 1 comes first and the other steps say they need it.
 *
 * Every action answers in the status line under its own button (one live region each), with
 * the busy state on the pressed button only; actions run one at a time, each with one read
 * of the workbook, and Att göra, the checks and the copy choices are rebuilt from that read.
 */
import { formatIsoDate, parseIsoDate } from "../../core/dates/serial";
import {
  buildPlanningTemplate,
  buildTodo,
  FormulaRepair,
  GROUP_PRESETS,
  oneLineResult,
  parseUnitType,
  PlanningResult,
  PlanningTemplateError,
  PresetUnit,
  TEMPLATE_TABLE_NAMES,
  TemplateOptions,
  UnitType,
} from "../../core/planning";
import { redactPersonnummer } from "../../core/privacy/personnummer";
import { Workbook } from "../../workbook/workbook";
import {
  ActionOutcome,
  addNextTerm,
  isCellEditError,
  CopyChoice,
  createPlanningWorkbook,
  proposeNextTerm,
  reasonOf,
  refillMeetingFormulas,
  runAction,
  ShownFinding,
  splitCellReference,
  statisticsClipboardText,
} from "../actions";
import { copyText, showForManualCopy } from "../clipboard";
import { ReadKeeper } from "../freshness";
import { proposeFirstMeeting, proposeTerm, type Half } from "../defaults";
import { clear, h } from "../dom";
import { isoDate, longDate } from "../format";
import { Lang, strings } from "../i18n";
import { renderDeadlineCalculator } from "./deadlines";
import { renderMessages } from "./messages-view";
import { renderTodo } from "./todo-view";

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

/** How a status line looks: by the worst severity it reports. */
export type StatusKind = "error" | "warning" | "ok" | "neutral" | "busy";

/** The worst severity among findings and formula repairs (repairs are warnings). */
export function worstSeverity(
  findings: readonly { readonly severity: "error" | "warning" }[],
  repairs: readonly FormulaRepair[] = []
): "error" | "warning" | "neutral" {
  if (findings.some((f) => f.severity === "error")) return "error";
  if (findings.length > 0 || repairs.some((r) => r.rows.length > 0)) return "warning";
  return "neutral";
}

export interface Planner {
  readonly element: HTMLElement;
  /** Settles once the workbook has been read and the pane shows what it holds. */
  readonly ready: Promise<void>;
  /**
   * The pane was shown (true) or hidden (false): Office.addin.onVisibilityModeChanged. Shown,
   * it reads the workbook (the first read, if none was made while it was hidden).
   */
  setVisible(visible: boolean): void;
}

export interface PlannerOptions {
  /** False where the host cannot download a file from the pane (Excel on the Mac): default true. */
  readonly downloads?: boolean;
  /** False when the page starts hidden: nothing is read until `setVisible(true)`. Default true. */
  readonly visible?: boolean;
  /** Milliseconds from a change in the workbook to the read it causes (default 400). */
  readonly refreshDelayMs?: number;
  /** True in Excel: a batch that waits long may wait for a cell being edited; the pane says so. */
  readonly cellEditHint?: boolean;
}

export function renderPlanner(
  workbook: Workbook,
  lang: Lang,
  todayOf: number | (() => number),
  options: PlannerOptions = {}
): Planner {
  const t = strings(lang);
  /** Today, asked anew for every action and every rendering (the page may live for days). */
  const today = typeof todayOf === "function" ? todayOf : (): number => todayOf;
  const root = h("div", { className: "planner" });
  const calculator = renderDeadlineCalculator(lang, today);

  /** Selects a cell ("Ärenden!E7") in the workbook. */
  const selectCell = (cell: string): void => {
    const target = splitCellReference(cell);
    if (target) void workbook.select(target.sheet, target.address).catch(() => undefined);
  };

  // ---- status lines: one live region each, answering under their own button ----
  const statusLine = (id: string): HTMLParagraphElement =>
    h("p", { id, className: "status", role: "status", tabindex: "-1" });
  const statuses: HTMLParagraphElement[] = [];
  const newStatus = (id: string): HTMLParagraphElement => {
    const s = statusLine(id);
    statuses.push(s);
    return s;
  };
  const setStatus = (el: HTMLElement, text: string, kind: StatusKind): void => {
    el.textContent = text;
    el.className = text === "" ? "status" : `status ${kind}`;
    if (text !== "") el.hidden = false;
  };

  // ---- the steps' frames ----
  const step = (
    id: string,
    title: string,
    intro: string
  ): { card: HTMLElement; body: HTMLElement; needs: HTMLElement; intro: HTMLElement } => {
    const body = h("div", { className: "step-body" });
    const needs = h("p", { className: "needs-book", hidden: true }, t.needsBook);
    const introText = h("p", { className: "hint" }, intro);
    const card = h(
      "section",
      { className: "card step", id, "aria-labelledby": `${id}-title` },
      h("h2", { id: `${id}-title` }, title),
      introText,
      needs,
      body
    );
    return { card, body, needs, intro: introText };
  };

  // ---- Att göra ----
  const todoContent = h("div", { id: "todo-content" }, h("p", {}, t.todoReading));
  /** Why a read made on its own (the pane shown, a table changed) failed. */
  const pageStatus = h("p", {
    id: "page-status",
    className: "status",
    role: "status",
    hidden: true,
  });
  const todoCard = h(
    "section",
    { className: "card todo", id: "todo", "aria-labelledby": "todo-title" },
    h("h2", { id: "todo-title" }, t.todoTitle),
    pageStatus,
    todoContent
  );

  // ---- Meddela gruppen: texts made from the last read ----
  const messages = renderMessages({
    lang,
    today,
    downloads: options.downloads ?? true,
    clearStatuses: () => clearStatuses(),
    statusLine: newStatus,
    // Copies made from the last read: only from a current one (else it is read first).
    whenCurrent: (button, status, go) => whenCurrent(button, status, go),
    // Kopiera kallelser / dagordning: one read of the workbook as it is now, as Kontrollera.
    readWorkbook: (button, status, then) => {
      act(
        button,
        status,
        () => runAction(workbook, "check", { today: today(), lang }),
        (outcome) => {
          if (outcome.ok && outcome.result && !outcome.noBook) then(outcome.result);
        },
        t.kallelseRead
      );
    },
  });
  /** The planner's run on the last read: Lägg till nästa termin proposes from it. */
  let lastResult: PlanningResult | undefined;

  // ---- 1. Planeringsbok ----
  const create = step("step-create", t.createTitle, t.createIntro);
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
  const createStatus = newStatus("create-status");
  const confirmList = h("dl", { className: "confirm-list" });
  const createYes = h("button", { type: "button", id: "create-yes" }, t.confirmYes);
  const createNo = h(
    "button",
    { type: "button", id: "create-no", className: "secondary" },
    t.confirmNo
  );
  const undo = workbook.undo ?? "none";
  const confirmWarning = h("p", { className: "confirm-undo" }, t.confirmUndo(undo));
  const confirmTitle = h("h3", { id: "create-confirm-title", tabindex: "-1" }, t.confirmTitle);
  const createConfirm = h(
    "div",
    {
      id: "create-confirm",
      className: "confirm",
      role: "group",
      "aria-labelledby": "create-confirm-title",
      hidden: true,
    },
    confirmTitle,
    confirmList,
    confirmWarning,
    createYes,
    createNo
  );
  const createForm = h(
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
    createConfirm
  );
  const bookExists = h("p", { id: "book-exists", hidden: true }, t.bookExists);
  create.body.append(createForm, bookExists, createStatus);

  let pending: TemplateOptions | undefined;
  const closeConfirm = (): void => {
    pending = undefined;
    createConfirm.hidden = true;
    createButton.hidden = false;
  };
  // A change to the form makes a shown confirmation stale: it goes.
  for (const field of [groupSelect, customName, customUnits, halfSelect, yearInput, firstInput])
    field.addEventListener("input", () => {
      if (!createConfirm.hidden) closeConfirm();
    });
  firstInput.addEventListener("input", () => {
    firstEdited = true;
    updateFirstNote();
  });
  halfSelect.addEventListener("change", updateFirst);
  yearInput.addEventListener("input", updateFirst);
  groupSelect.addEventListener("change", () => {
    customFields.hidden = groupSelect.value !== "custom";
    if (!createConfirm.hidden) closeConfirm();
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
    clearStatuses();
    const options = formOptions();
    if (typeof options === "string") {
      setStatus(createStatus, options, "error");
      return;
    }
    let meetings: number[];
    try {
      const möten = buildPlanningTemplate(options).find(
        (x) => x.table === TEMPLATE_TABLE_NAMES["Möten"]
      );
      meetings = (möten?.rows ?? []).map((r) => r[0] as number);
    } catch (e) {
      setStatus(
        createStatus,
        e instanceof PlanningTemplateError ? e.message : `${t.unexpected} (${reasonOf(e)})`,
        "error"
      );
      return;
    }
    pending = options;
    clear(confirmList);
    const units = options.group.units.map((u) => u.name).join(", ");
    const past = meetings.filter((m) => m < today());
    confirmList.append(
      h("dt", {}, t.confirmGroup),
      h("dd", { id: "confirm-group" }, `${options.group.name} (${units})`),
      h("dt", {}, t.confirmTerm),
      h("dd", { id: "confirm-term" }, t.termName(options.term.half, options.term.year)),
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
    createButton.hidden = true;
    createConfirm.hidden = false;
    confirmTitle.focus();
  });
  createNo.addEventListener("click", () => {
    closeConfirm();
    createButton.focus();
  });
  createYes.addEventListener("click", () => {
    const options = pending;
    if (!options) return;
    act(
      createYes,
      createStatus,
      async () => {
        const outcome = await createPlanningWorkbook(workbook, options, today());
        // The answer stays at the top, where the button was, with Att göra right under it.
        if (outcome.ok) justCreated = true;
        return outcome;
      },
      (outcome) => {
        closeConfirm();
        createStatus.focus();
        // Att göra is made from the template, not read: read the new book soon (which also
        // puts change handlers on its tables).
        if (outcome.ok) keeper.markStale();
      },
      undefined,
      true
    );
  });

  // ---- 2. Fyll i Ärenden (Kontroller) ----
  const cases = step("step-cases", t.casesTitle, t.casesIntro);
  const checkButton = h(
    "button",
    { type: "button", id: "run-checks", className: "secondary" },
    t.checkButton
  );
  const checkStatus = newStatus("check-status");
  const findingsSummary = h("p", { id: "findings-summary", className: "findings-summary" });
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
  cases.body.append(
    checkButton,
    checkStatus,
    h(
      "div",
      { className: "checks", role: "group", "aria-labelledby": "checks-title" },
      h("h3", { id: "checks-title" }, t.checksTitle),
      findingsSummary,
      findingsList,
      refillBox
    )
  );

  /** The Möten formula cells to refill, as warnings that select their cell. */
  const repairFindings = (repairs: readonly FormulaRepair[]): ShownFinding[] =>
    repairs.flatMap((r) =>
      r.rows.map((x) => ({
        severity: "warning" as const,
        text: t.formulaProblem(x.cell, r.column, x.problem),
        target: splitCellReference(x.cell),
      }))
    );
  const showRepairs = (repairs: readonly FormulaRepair[]): void => {
    const cells = repairs.flatMap((r) => r.rows.map((x) => x.cell));
    refillBox.hidden = cells.length === 0;
    refillConfirm.hidden = true;
    refillButton.hidden = false;
    refillButton.textContent = t.refillButton(cells.length);
    refillQuestion.textContent = t.refillConfirm(cells.join(", "), undo);
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
  refillYes.addEventListener("click", () =>
    act(
      refillYes,
      checkStatus,
      () => refillMeetingFormulas(workbook, lang, today()),
      undefined,
      undefined,
      true
    )
  );

  const showFindings = (
    findings: readonly ShownFinding[],
    result: PlanningResult | undefined
  ): void => {
    clear(findingsList);
    const worst = worstSeverity(findings);
    findingsSummary.className = `findings-summary ${worst}`;
    findingsSummary.textContent =
      findings.length === 0
        ? t.noFindings
        : result
          ? oneLineResult(
              {
                ...result.summary,
                errors: findings.filter((f) => f.severity === "error").length,
                warnings: findings.filter((f) => f.severity === "warning").length,
              },
              lang
            )
          : "";
    for (const f of findings) {
      const item = h(
        "li",
        { className: f.severity },
        h(
          "strong",
          { className: "severity" },
          f.severity === "error" ? t.errorLabel : t.warningLabel
        ),
        " "
      );
      if (f.target) {
        const cell = `${f.target.sheet}!${f.target.address}`;
        const link = h(
          "button",
          { type: "button", className: "link", title: t.showCell(cell) },
          redactPersonnummer(f.text)
        );
        const target = f.target;
        link.addEventListener(
          "click",
          () => void workbook.select(target.sheet, target.address).catch(() => undefined)
        );
        item.append(link);
      } else {
        item.append(redactPersonnummer(f.text));
      }
      findingsList.append(item);
    }
  };

  // ---- 3. Mötesschema ----
  const schedule = step("step-schedule", t.scheduleTitle, t.scheduleIntro);
  const scheduleButton = h("button", { type: "button", id: "make-schedule" }, t.scheduleButton);
  const scheduleStatus = newStatus("schedule-status");
  schedule.body.append(scheduleButton, scheduleStatus);

  // ---- 4. Statistik (Kopiera statistik) ----
  const statistics = step("step-statistics", t.statisticsTitle, t.statisticsIntro);
  const statisticsButton = h(
    "button",
    { type: "button", id: "make-statistics" },
    t.statisticsButton
  );
  const statisticsStatus = newStatus("statistics-status");
  let choices: readonly CopyChoice[] = [];
  const copySelect = h("select", { id: "copy-choice", disabled: true });
  const copyButton = h(
    "button",
    {
      type: "button",
      id: "copy-statistics",
      className: "secondary",
      disabled: true,
      "aria-describedby": "copy-hint",
    },
    t.copyButton
  );
  const copyHint = h("p", { id: "copy-hint", className: "hint" }, t.copyNothing);
  const copyStatus = h("p", {
    id: "copy-status",
    role: "status",
    className: "status",
    hidden: true,
  });
  const manualArea = h("textarea", {
    id: "copy-fallback",
    className: "copy-fallback",
    readonly: true,
    hidden: true,
    "aria-label": t.copyText,
  });
  statistics.body.append(
    statisticsButton,
    statisticsStatus,
    h("label", { for: "copy-choice" }, t.copyChoice),
    copySelect,
    copyButton,
    copyHint,
    copyStatus,
    manualArea
  );
  const setChoices = (next: readonly CopyChoice[]): void => {
    const previous = copySelect.value;
    choices = next;
    clear(copySelect);
    for (const c of choices) copySelect.append(h("option", { value: c.id }, c.label));
    const something = choices.some((c) => c.row.cases > 0 || c.row.held > 0);
    copySelect.disabled = !something;
    copyButton.disabled = !something;
    copyHint.hidden = something;
    if (!something) return;
    // Default: the last meeting held, else the first meeting with cases.
    const held = choices.filter((c) => c.row.kind === "meeting" && c.row.held > 0);
    const withCases = choices.find((c) => c.row.kind === "meeting" && c.row.cases > 0);
    copySelect.value = choices.some((c) => c.id === previous && c.label === previousLabel)
      ? previous
      : (held[held.length - 1] ?? withCases ?? choices[0]).id;
    previousLabel = choices.find((c) => c.id === copySelect.value)?.label;
  };
  let previousLabel: string | undefined;
  copySelect.addEventListener("change", () => {
    previousLabel = choices.find((c) => c.id === copySelect.value)?.label;
  });
  /**
   * The copy status in one update: text, colour and visibility together (never shown with
   * an old or empty text), and the manual-copy area with it.
   */
  const showCopyStatus = (text: string, kind: "ok" | "warning", manualText?: string): void => {
    copyStatus.textContent = text;
    copyStatus.className = `status ${kind}`;
    copyStatus.hidden = false;
    if (manualText === undefined) manualArea.hidden = true;
    else showForManualCopy(manualArea, manualText);
  };
  copyButton.addEventListener("click", () =>
    whenCurrent(copyButton, copyStatus, (unwatched) => {
      const choice = choices.find((c) => c.id === copySelect.value);
      if (!choice) return;
      // Made now, from the statistics in memory: the copy must start in the click, before any
      // await (clipboard.ts), and a status of an earlier copy must not stand meanwhile.
      const text = redactPersonnummer(statisticsClipboardText(choice.row, lang));
      const note = unwatched ? t.unwatchedNote : "";
      clearStatuses();
      void copyText(text).then((method) =>
        method === "manual"
          ? showCopyStatus(t.copyManual + note, "warning", text)
          : showCopyStatus(t.copied(choice.label) + note, unwatched ? "warning" : "ok")
      );
    })
  );

  // ---- Nästa termin (Lägg till nästa termin) ----
  const nextTerm = step("step-next-term", t.nextTermTitle, t.nextTermIntro);
  const nextTermButton = h("button", { type: "button", id: "next-term" }, t.nextTermButton);
  const nextTermStatus = newStatus("next-term-status");
  const nextTermTitle = h("h3", { id: "next-term-confirm-title", tabindex: "-1" });
  const nextTermList = h("ul", { id: "next-term-dates" });
  const nextTermYes = h("button", { type: "button", id: "next-term-yes" }, t.nextTermYes);
  const nextTermNo = h(
    "button",
    { type: "button", id: "next-term-no", className: "secondary" },
    t.nextTermNo
  );
  const nextTermConfirm = h(
    "div",
    {
      id: "next-term-confirm",
      className: "confirm",
      role: "group",
      "aria-labelledby": "next-term-confirm-title",
      hidden: true,
    },
    nextTermTitle,
    nextTermList,
    h("p", { className: "confirm-undo" }, t.nextTermUndo(undo)),
    nextTermYes,
    nextTermNo
  );
  nextTerm.body.append(nextTermButton, nextTermConfirm, nextTermStatus);
  let nextTermDates: readonly number[] | undefined;
  const closeNextTerm = (): void => {
    nextTermDates = undefined;
    nextTermConfirm.hidden = true;
    nextTermButton.hidden = false;
  };
  nextTermButton.addEventListener("click", () => {
    if (!lastResult) {
      clearStatuses();
      setStatus(nextTermStatus, t.nextTermNothingRead, "error");
      return;
    }
    whenCurrent(nextTermButton, nextTermStatus, () => proposeShown());
  });
  /** Shows the dates Lägg till nästa termin would add, proposed from the (current) last read. */
  const proposeShown = (): void => {
    clearStatuses();
    if (!lastResult) return;
    // Proposed from the last read; the action reads once more and writes only these dates.
    const proposal = proposeNextTerm(lastResult.model, today(), lang);
    if (!proposal.ok) {
      setStatus(nextTermStatus, proposal.message, "warning");
      return;
    }
    nextTermDates = proposal.dates;
    nextTermTitle.textContent = t.nextTermConfirmTitle(proposal.label, proposal.dates.length);
    clear(nextTermList);
    nextTermList.append(
      ...proposal.dates.map((d) => h("li", { "data-date": isoDate(d) }, longDate(d, lang)))
    );
    nextTermButton.hidden = true;
    nextTermConfirm.hidden = false;
    nextTermTitle.focus();
  };
  nextTermNo.addEventListener("click", () => {
    closeNextTerm();
    nextTermButton.focus();
  });
  nextTermYes.setAttribute("data-status", nextTermStatus.id);
  nextTermYes.addEventListener("click", () => {
    const expected = nextTermDates;
    if (!expected) return;
    act(
      nextTermYes,
      nextTermStatus,
      () => addNextTerm(workbook, { today: today(), lang, expected }),
      () => {
        closeNextTerm();
        nextTermStatus.focus();
      },
      undefined,
      true
    );
  });

  // ---- running actions ----
  /** Every status line empty: an answer stands only until the next action. */
  function clearStatuses(): void {
    for (const s of statuses) setStatus(s, "", "neutral");
    copyStatus.hidden = true;
    copyStatus.textContent = "";
    manualArea.hidden = true;
    messages.reset();
  }

  /** Shows what a read found: Att göra, the checks, the copy choices, the calculator's settings. */
  const showResult = (outcome: ActionOutcome): void => {
    if (outcome.noBook) {
      layout(false);
      return;
    }
    const result = outcome.result;
    if (!result) return;
    lastResult = result;
    pageStatus.hidden = true;
    messages.update(result);
    const repairs = outcome.repairs ?? result.repairs;
    showFindings([...outcome.findings, ...repairFindings(repairs)], result);
    showRepairs(repairs);
    setChoices(outcome.copyChoices);
    const s = result.model.settings;
    const todo = buildTodo(result, today());
    clear(todoContent);
    todoContent.append(...renderTodo(todo, lang, selectCell));
    calculator.useSettings(
      {
        caseDeadlineWorkdays: s.caseDeadlineDays,
        releaseDeadlineWorkdays: s.releaseDeadlineDays,
        closedDays: result.model.closedDays,
      },
      todo.nextMeeting?.date
    );
    layout(true);
  };

  /** The line an action's status shows, coloured by the worst it reports. */
  const answer = (
    outcome: ActionOutcome,
    wrap?: (summary: string) => string
  ): [string, StatusKind] => {
    const text = redactPersonnummer(outcome.message);
    if (!outcome.ok) return [text, "error"];
    const result = outcome.result;
    if (!result) return [text, "ok"];
    const worst = worstSeverity(result.findings, outcome.repairs ?? result.repairs);
    return [wrap ? wrap(text) : text, worst === "neutral" ? "ok" : worst];
  };

  let queue: Promise<void> = Promise.resolve();
  /**
   * Runs an action: busy on the pressed button only, "Arbetar …" in its own status line, one
   * action at a time. Its whole outcome (status, Att göra, checks, copy choices) is shown in
   * one synchronous update before the button stops being busy.
   */
  function act(
    button: HTMLButtonElement,
    status: HTMLElement,
    work: () => Promise<ActionOutcome>,
    after?: (outcome: ActionOutcome) => void,
    wrap?: (summary: string) => string,
    writes = false
  ): void {
    if (button.getAttribute("aria-busy") === "true") return;
    button.setAttribute("aria-busy", "true");
    button.setAttribute("aria-disabled", "true");
    clearStatuses();
    setStatus(status, t.busy, "busy");
    queue = queue.then(async () => {
      // Excel holds a batch while a cell is edited (delayForCellEdit): say why it waits.
      const slow = options.cellEditHint
        ? setTimeout(() => setStatus(status, t.busyCellEdit, "busy"), 2500)
        : undefined;
      const seen = keeper.changes;
      keeper.writing(writes);
      try {
        const outcome = await work().catch((e: unknown): ActionOutcome => ({
          ok: false,
          message: isCellEditError(e) ? t.cellEdit : `${t.unexpected} (${reasonOf(e)})`,
          findings: [],
          copyChoices: [],
        }));
        clearTimeout(slow);
        const [text, kind] = answer(outcome, wrap);
        setStatus(status, text, kind);
        keeper.writing(false);
        showResult(outcome);
        // A change told while the action read is not in what it read.
        if (outcome.result) keeper.readDone(seen, outcome.watched === true);
        after?.(outcome);
      } finally {
        clearTimeout(slow);
        keeper.writing(false);
        button.removeAttribute("aria-busy");
        button.removeAttribute("aria-disabled");
      }
    });
  }

  // ---- keeping the last read current (freshness.ts) ----
  const keeper = new ReadKeeper({
    today,
    refresh: () => refresh(false),
    visible: options.visible ?? true,
    delayMs: options.refreshDelayMs,
  });
  workbook.watch?.(() => keeper.changed());

  /** One read of the workbook for the pane itself (as Kontrollera); a failure as an outcome. */
  function readForPane(): Promise<ActionOutcome> {
    return runAction(workbook, "check", { today: today(), lang }).catch(
      (e: unknown): ActionOutcome => ({
        ok: false,
        message: isCellEditError(e) ? t.cellEdit : `${t.unexpected} (${reasonOf(e)})`,
        findings: [],
        copyChoices: [],
      })
    );
  }

  /**
   * Reads the workbook again in the background (one read, as Kontrollera) and shows what it
   * found, without touching the answers under the buttons. `force`: even when nothing is
   * known to have changed (the pane was just shown).
   */
  function refresh(force: boolean): void {
    queue = queue.then(async () => {
      if (!keeper.wantsRead(force)) return;
      const seen = keeper.changes;
      const outcome = await readForPane();
      if (!outcome.result && !outcome.noBook) {
        setStatus(pageStatus, redactPersonnummer(outcome.message), "error");
        pageStatus.hidden = false;
        return;
      }
      showResult(outcome);
      keeper.readDone(seen, outcome.watched === true);
    });
  }

  /**
   * Runs `go` with the last read when it is current (synchronously: inside the click, for a
   * copy). When it is not, reads the workbook first (busy on `button`, the answer in
   * `status`) and asks for the button once more: a copy cannot wait for a read inside the
   * click. `go` gets true when no change handler watches the workbook (it then says so).
   */
  function whenCurrent(
    button: HTMLButtonElement,
    status: HTMLElement,
    go: (unwatched: boolean) => void
  ): void {
    const state = keeper.freshness();
    if (state !== "stale") {
      go(state === "unwatched");
      return;
    }
    act(
      button,
      status,
      () => runAction(workbook, "check", { today: today(), lang }),
      undefined,
      t.readAgainFirst
    );
  }

  const actionButton = (
    button: HTMLButtonElement,
    status: HTMLElement,
    kind: "schedule" | "statistics" | "check",
    wrap?: (summary: string) => string
  ): void => {
    button.setAttribute("data-status", status.id);
    button.addEventListener("click", () =>
      act(
        button,
        status,
        () => runAction(workbook, kind, { today: today(), lang }),
        undefined,
        wrap
      )
    );
  };
  actionButton(checkButton, checkStatus, "check");
  // Meddela gruppen works from the last read: after an edit in Möten, read it again first.
  const refreshButton = h(
    "button",
    { type: "button", id: "messages-refresh", className: "secondary" },
    t.messagesRefresh
  );
  const refreshStatus = newStatus("messages-refresh-status");
  messages.refreshSlot.append(refreshButton, refreshStatus);
  actionButton(refreshButton, refreshStatus, "check", t.messagesRefreshed);
  actionButton(scheduleButton, scheduleStatus, "schedule", t.scheduleDone);
  actionButton(statisticsButton, statisticsStatus, "statistics", t.statisticsDone);
  createYes.setAttribute("data-status", createStatus.id);
  refillYes.setAttribute("data-status", checkStatus.id);

  // ---- the order of the sections ----
  let justCreated = false;
  let shownLayout = "";
  /** Lays the pane out for a workbook with or without a planning book. */
  function layout(book: boolean): void {
    const key = `${book} ${justCreated}`;
    if (shownLayout === key) return;
    shownLayout = key;
    todoCard.hidden = !book;
    createForm.hidden = book;
    create.intro.hidden = book;
    bookExists.hidden = !book;
    create.card.hidden = book && !justCreated;
    messages.card.hidden = !book;
    nextTerm.card.hidden = !book;
    for (const s of [cases, schedule, statistics, nextTerm]) {
      s.body.hidden = !book;
      s.needs.hidden = book;
    }
    root.setAttribute("data-book", book ? "yes" : "no");
    const steps = [cases.card, schedule.card, statistics.card];
    root.append(
      ...(book
        ? justCreated
          ? [create.card, todoCard, messages.card, ...steps, nextTerm.card]
          : [todoCard, messages.card, ...steps, nextTerm.card, create.card]
        : [create.card, ...steps, todoCard, messages.card, nextTerm.card]),
      calculator.element
    );
  }
  // Until the first read: nothing but Att göra's "reading".
  for (const card of [
    create.card,
    messages.card,
    cases.card,
    schedule.card,
    statistics.card,
    nextTerm.card,
  ])
    card.hidden = true;
  root.append(
    todoCard,
    messages.card,
    create.card,
    cases.card,
    schedule.card,
    statistics.card,
    nextTerm.card,
    calculator.element
  );

  // ---- on opening: one read, nothing written (not while the pane is hidden) ----
  let started = false;
  let startRead: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    startRead = () => {
      if (started) return;
      started = true;
      queue = queue.then(async () => {
        const seen = keeper.changes;
        const outcome = await readForPane();
        for (const card of [create.card, cases.card, schedule.card, statistics.card])
          card.hidden = false;
        if (!outcome.ok && !outcome.noBook && !outcome.result) {
          // The workbook could not be read: say so where Att göra would be.
          clear(todoContent);
          todoContent.append(
            h("p", { className: "status error" }, redactPersonnummer(outcome.message))
          );
          layout(false);
          todoCard.hidden = false;
        } else {
          showResult(outcome);
          keeper.readDone(seen, outcome.watched === true);
        }
        resolve();
      });
    };
  });
  if (keeper.visible) startRead();
  // A pane left open past midnight: Att göra and the meetings held follow the new day.
  setInterval(() => {
    if (keeper.dayChanged()) refresh(false);
  }, 60_000);

  const setVisible = (shown: boolean): void => {
    const read = keeper.setVisible(shown);
    // Shown: the first read, or a read of the workbook as it is now.
    if (shown && !started) startRead();
    else if (read) refresh(true);
  };

  return { element: root, ready, setVisible };
}
