/** Findings: problems in the workbook, each tied to a cell, and their sv/en texts. */
import { hasMessage, t, type Lang, type MessageKey } from "../i18n";
import {
  REDACTED_PERSONNUMMER,
  redactCellValue,
  redactPersonnummer,
} from "../privacy/personnummer";
import { INITIATORS, MEETING_FORMS, OUTCOMES, UNIT_TYPES } from "./types";
import type { Finding, FindingCode, Severity } from "./types";

/** The severity of every finding code. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  "table-missing": "error",
  "column-missing": "error",
  "column-duplicate": "warning",
  "consent-column-missing": "warning",
  "settings-extra-rows": "warning",
  "setting-invalid": "warning",
  "date-as-text": "warning",
  "date-invalid": "error",
  "date-missing": "error",
  "time-invalid": "warning",
  "minutes-invalid": "warning",
  "value-unknown": "warning",
  "value-missing": "warning",
  "unit-name-missing": "warning",
  "unit-duplicate": "warning",
  "meeting-duplicate": "warning",
  "meeting-not-workday": "warning",
  "case-code-missing": "error",
  "case-code-duplicate": "error",
  "case-unit-missing": "error",
  "case-unit-unknown": "warning",
  "case-meeting-unknown": "error",
  "consent-no": "error",
  "consent-blank": "warning",
  "notified-late": "warning",
  personnummer: "error",
};

const MAX_PARAM_LENGTH = 60;

/**
 * A parameter made safe: personnummer removed (a number that is one becomes the redaction
 * text, as in the output sheets), long text shortened.
 */
function safeParam(value: string | number): string | number {
  if (typeof value === "number") return redactCellValue(value) as string | number;
  const text = redactPersonnummer(value);
  return text.length > MAX_PARAM_LENGTH ? `${text.slice(0, MAX_PARAM_LENGTH - 1)}…` : text;
}

/**
 * The code a finding may name a case by: its (redacted) Ärendekod, or "" when it is blank or
 * held a personnummer (a code is never a personnummer: such a case is named by its cell).
 */
export function shownCaseCode(redactedCode: string): string {
  return redactedCode.includes(REDACTED_PERSONNUMMER) ? "" : redactedCode;
}

/**
 * A finding with the code's severity; every parameter is redacted. `caseCode` marks a
 * finding about a case row (Ärenden): the row's code as `shownCaseCode` gives it.
 */
export function makeFinding(
  code: FindingCode,
  cell: string,
  params: Readonly<Record<string, string | number>> = {},
  meeting?: number,
  caseCode?: string,
  /** The caller knows `cell` holds no personnummer (its sheet's name was checked once). */
  cellIsSafe = false
): Finding {
  // The parameters as given when none changes (the common case: the caller's object is its
  // own, just made), else a copy with each made safe.
  let safe = params;
  for (const key in params) {
    if (!Object.prototype.hasOwnProperty.call(params, key)) continue;
    const value = params[key];
    const made = safeParam(value);
    if (made === value && safe === params) continue;
    if (safe === params) safe = copyOwn(params);
    (safe as Record<string, string | number>)[key] = made;
  }
  const severity = FINDING_SEVERITY[code];
  const at = cellIsSafe ? cell : redactPersonnummer(cell);
  // One of four shapes, the fields always in this order.
  if (caseCode === undefined) {
    return meeting === undefined
      ? { code, severity, cell: at, params: safe }
      : { code, severity, cell: at, params: safe, meeting };
  }
  const shown = shownCaseCode(String(safeParam(caseCode)));
  return meeting === undefined
    ? { code, severity, cell: at, params: safe, caseCode: shown }
    : { code, severity, cell: at, params: safe, caseCode: shown, meeting };
}

/** The own enumerable properties of `params`, in their order. */
function copyOwn(
  params: Readonly<Record<string, string | number>>
): Record<string, string | number> {
  const copy: Record<string, string | number> = {};
  for (const key in params) {
    if (Object.prototype.hasOwnProperty.call(params, key)) copy[key] = params[key];
  }
  return copy;
}

/** The kinds of enumerated values a finding can list as allowed (`params.allowedKind`). */
export type AllowedKind = "unitType" | "form" | "initiator" | "consent" | "outcome";

/** The allowed values of an enumerated column, in `lang`. */
export function allowedValues(kind: AllowedKind, lang: Lang): string[] {
  switch (kind) {
    case "unitType":
      return UNIT_TYPES.map((v) => t(`value.unitType.${v}`, lang));
    case "form":
      return MEETING_FORMS.map((v) => t(`value.form.${v}`, lang));
    case "initiator":
      return INITIATORS.map((v) => t(`value.initiator.${v}`, lang));
    case "consent":
      return [t("value.consent.yes", lang), t("value.consent.no", lang)];
    case "outcome":
      return OUTCOMES.map((v) => t(`value.outcome.${v}`, lang));
  }
}

const ALLOWED_KINDS: readonly string[] = ["unitType", "form", "initiator", "consent", "outcome"];

/** The message of a finding: the case variant for a case row where there is one. */
function findingKey(f: Finding): MessageKey {
  if (f.code === "personnummer" && f.params.place === "sheet") return "finding.sheet.personnummer";
  const variant = `finding.case.${f.code}`;
  if (f.caseCode === undefined || !hasMessage(variant)) return `finding.${f.code}`;
  // The personnummer message names the case only by a code it has.
  return f.code === "personnummer" && f.caseCode === "" ? `finding.${f.code}` : variant;
}

/**
 * The full message of a finding, e.g. "Ärende J2-25-006 (Ärenden!F7): anmält 2025-08-20,
 * efter ärendefristen 2025-08-18." or "Personnummer i Ärenden!B7 — använd en ärendekod".
 */
export function formatFinding(f: Finding, lang: Lang): string {
  const code = f.caseCode ?? "";
  const params: Record<string, string | number> = {
    ...f.params,
    cell: f.cell,
    code,
    subject:
      code === ""
        ? t("finding.subject.cell", lang, { cell: f.cell })
        : t("finding.subject.code", lang, { code, cell: f.cell }),
  };
  const kind = f.params.allowedKind;
  if (typeof kind === "string" && ALLOWED_KINDS.includes(kind)) {
    params.allowed = allowedValues(kind as AllowedKind, lang).join(", ");
  }
  return redactPersonnummer(t(findingKey(f), lang, params));
}

/**
 * A short text for the schedule's Varningar, e.g. "J2-25-007 (Ärenden!E8): samtycke Nej,
 * tas inte upp", or "Möten!A5: inte en arbetsdag" when no case code is known.
 */
export function shortFinding(f: Finding, lang: Lang): string {
  const subject =
    f.caseCode === undefined || f.caseCode === ""
      ? f.cell
      : t("short.subject.code", lang, { code: f.caseCode, cell: f.cell });
  return redactPersonnummer(`${subject}: ${t(`short.${f.code}`, lang)}`);
}

export function countBySeverity(findings: readonly Finding[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
