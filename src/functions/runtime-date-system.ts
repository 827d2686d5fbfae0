/**
 * The shared runtime's detection of the workbook's date system: which system the registered
 * custom functions (functions.ts) pass to their implementations (implementations.ts), which
 * take it as a value. (Converting serials between the systems is core/dates/date-system.ts;
 * converting the planning tables is core/planning/table-date-system.ts.) A workbook from an
 * old Mac may use the 1904 system, in which the same date is 1 462 lower (DOMAIN.md: serials
 * are 1900-system serials in the core).
 *
 * Excel tells the system through a documented API only indirectly: `DATE(1904,1,1)` is 0 in
 * the 1904 system and 1462 in the 1900 one (`workbook.functions.date`, ExcelApi 1.2). In the
 * shared runtime the add-in asks at start-up. Until the answer arrives, and outside Excel
 * (the browser preview, Node), the system is the 1900 one; when the answer is 1904 the add-in
 * asks Excel for a full recalculation, so that no cell keeps a value computed before.
 *
 * The question can fail: every batch fails while a person edits a cell (OfficeDev/office-js
 * #3388; the probe asks Excel to hold it instead, `delayForCellEdit`, which Excel on the web
 * has been seen to ignore, #3019), and Excel may not be ready yet. So the start-up probe is
 * asked again after 1, 2, 4, 8, 16 and 30 seconds (`PROBE_RETRY_DELAYS_MS`), then no more.
 * Besides, every read of the task pane finds the date system too (it shares this runtime) and
 * hands it to `adoptDateSystem`: a changed system is adopted with one full recalculation.
 */
import { dateSystemFromProbe, type DateSystem } from "../core/dates/date-system";

let current: DateSystem = "1900";

/** The date system the registered functions pass to their implementations now. */
export function workbookDateSystem(): DateSystem {
  return current;
}

/** Sets the runtime's date system (tests; the detection sets it itself). */
export function setWorkbookDateSystem(system: DateSystem): void {
  current = system;
}

/** `Excel.run` with its options, or a stand-in with the same shape (tests). */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: Excel.RunOptions
) => Promise<T>;

const defaultRun: ExcelRun = (batch, options) =>
  options ? Excel.run(options, batch) : Excel.run(batch);

/** Seconds between the start-up probe's attempts (then it stops): about a minute in all. */
export const PROBE_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 16000, 30000];

/**
 * Asks Excel which date system the workbook uses (one sync), remembers it, and in a 1904
 * workbook asks for a full recalculation (a second sync). Never rejects: if Excel cannot be
 * asked, the system stays what it was and `undefined` is returned.
 */
export async function detectWorkbookDateSystem(run: ExcelRun): Promise<DateSystem | undefined> {
  try {
    return await run(
      async (context) => {
        const probe = context.workbook.functions.date(1904, 1, 1);
        probe.load("value");
        await context.sync();
        const system = dateSystemFromProbe(probe.value);
        const changed = system !== current;
        current = system;
        if (changed) {
          // Cells calculated before the answer used the 1900 system.
          context.workbook.application.calculate("Full");
          await context.sync();
        }
        return system;
      },
      { delayForCellEdit: true }
    );
  } catch {
    return undefined;
  }
}

/**
 * `detectWorkbookDateSystem`, asked again after each of `delaysMs` while it gets no answer:
 * a bounded number of attempts, never a loop without end. Never rejects.
 */
export async function detectWorkbookDateSystemWithRetry(
  run: ExcelRun,
  delaysMs: readonly number[] = PROBE_RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
): Promise<DateSystem | undefined> {
  for (let attempt = 0; ; attempt++) {
    const found = await detectWorkbookDateSystem(run);
    if (found !== undefined || attempt >= delaysMs.length) return found;
    await sleep(delaysMs[attempt]);
  }
}

/**
 * The date system a read of the task pane found (the pane and the functions share one
 * runtime): when it is not the one the functions convert with, they take it and Excel
 * recalculates every cell once (`calculate("Full")`), so that none keeps a value computed in
 * the wrong system. Returns whether it changed. Never rejects.
 */
export async function adoptDateSystem(
  system: DateSystem,
  run: ExcelRun = defaultRun
): Promise<boolean> {
  if (system === current) return false;
  current = system;
  try {
    await run(
      async (context) => {
        context.workbook.application.calculate("Full");
        await context.sync();
      },
      { delayForCellEdit: true }
    );
  } catch {
    // The system is adopted; the cells recalculate with their next change.
  }
  return true;
}

interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown }>;
  HostType?: { Excel?: unknown };
}

/**
 * Starts the detection (with its retries) once Office is ready, in Excel only. Outside Office (no `Office`
 * global: Node) and outside Excel (the preview: `onReady` gives no host) it does nothing.
 * Returns the detection's promise, or undefined when none was started.
 */
export function startDateSystemDetection(
  office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office,
  run: ExcelRun = defaultRun,
  delaysMs: readonly number[] = PROBE_RETRY_DELAYS_MS
): Promise<DateSystem | undefined> | undefined {
  if (!office || typeof office.onReady !== "function") return undefined;
  try {
    return office
      .onReady()
      .then((info) =>
        info &&
        info.host !== undefined &&
        info.host !== null &&
        info.host === office.HostType?.Excel
          ? detectWorkbookDateSystemWithRetry(run, delaysMs)
          : undefined
      )
      .catch(() => undefined);
  } catch {
    return undefined;
  }
}
