/**
 * The date system of the workbook the custom functions calculate in (DOMAIN.md: serials are
 * 1900-system serials in the core). A workbook from an old Mac may use the 1904 system, in
 * which the same date is 1 462 lower; the functions convert every date argument in and
 * every date result out with the core's helpers (src/core/dates/date-system.ts).
 *
 * Excel tells the system through a documented API only indirectly: `DATE(1904,1,1)` is 0 in
 * the 1904 system and 1462 in the 1900 one (`workbook.functions.date`, ExcelApi 1.2). In the
 * shared runtime the add-in asks once at start-up. Until the answer arrives, and outside
 * Excel (the browser preview, Node), the system is the 1900 one; when the answer is 1904 the
 * add-in asks Excel for a full recalculation, so that no cell keeps a value computed before.
 */
import { dateSystemFromProbe, type DateSystem } from "../core/dates/date-system";

export type { DateSystem };

let current: DateSystem = "1900";

/** The date system the functions convert with now. */
export function workbookDateSystem(): DateSystem {
  return current;
}

/** Sets the date system (start-up detection; tests). */
export function setWorkbookDateSystem(system: DateSystem): void {
  current = system;
}

/** `Excel.run`, or a stand-in with the same shape (tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Asks Excel which date system the workbook uses (one sync), remembers it, and in a 1904
 * workbook asks for a full recalculation (a second sync). Never rejects: if Excel cannot be
 * asked, the system stays what it was and `undefined` is returned.
 */
export async function detectWorkbookDateSystem(run: ExcelRun): Promise<DateSystem | undefined> {
  try {
    return await run(async (context) => {
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
    });
  } catch {
    return undefined;
  }
}

interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown }>;
  HostType?: { Excel?: unknown };
}

/**
 * Starts the detection once Office is ready, in Excel only. Outside Office (no `Office`
 * global: Node) and outside Excel (the preview: `onReady` gives no host) it does nothing.
 * Returns the detection's promise, or undefined when none was started.
 */
export function startDateSystemDetection(
  office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office,
  run: ExcelRun = (batch) => Excel.run(batch)
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
          ? detectWorkbookDateSystem(run)
          : undefined
      )
      .catch(() => undefined);
  } catch {
    return undefined;
  }
}
