/** Findings: problems in the workbook, each tied to a cell, and their sv/en texts. */
import { t, type Lang } from "../i18n/messages";
import { redactCellValue, redactPersonnummer } from "../privacy/personnummer";
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

/** A finding with the code's severity; every parameter is redacted. */
export function makeFinding(
  code: FindingCode,
  cell: string,
  params: Readonly<Record<string, string | number>> = {},
  meeting?: number
): Finding {
  const safe: Record<string, string | number> = {};
  for (const key of Object.keys(params)) safe[key] = safeParam(params[key]);
  const finding: Finding = {
    code,
    severity: FINDING_SEVERITY[code],
    cell: redactPersonnummer(cell),
    params: safe,
  };
  return meeting === undefined ? finding : { ...finding, meeting };
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

/** The full message of a finding, e.g. "Personnummer i Ärenden!B7 — använd en ärendekod". */
export function formatFinding(f: Finding, lang: Lang): string {
  const params: Record<string, string | number> = { ...f.params, cell: f.cell };
  const kind = f.params.allowedKind;
  if (typeof kind === "string" && ALLOWED_KINDS.includes(kind)) {
    params.allowed = allowedValues(kind as AllowedKind, lang).join(", ");
  }
  return redactPersonnummer(t(`finding.${f.code}`, lang, params));
}

/** A short text for the schedule, e.g. "Ärenden!E7: samtycke saknas". */
export function shortFinding(f: Finding, lang: Lang): string {
  return redactPersonnummer(`${f.cell}: ${t(`short.${f.code}`, lang)}`);
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
