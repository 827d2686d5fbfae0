/** The error codes of Excel's custom-functions runtime (`CustomFunctions.ErrorCode`). */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Same shape as the runtime's `CustomFunctions.Error`. */
export class CustomFunctionsErrorShim extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

export function installCustomFunctionsShim(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (!g.CustomFunctions) {
    g.CustomFunctions = {
      Error: CustomFunctionsErrorShim,
      ErrorCode,
      associate: () => undefined,
    };
  }
}
