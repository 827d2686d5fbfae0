/**
 * Case 1: WORKDAYS_BEFORE_MEETING over 100 000 (meeting date, workdays) pairs — meeting
 * dates 2000–2040, workdays 0–30 — without and with a 20-date closed_days range, against
 * a date-holidays implementation and HyperFormula's WORKDAY over the same inputs.
 */
import { holidaysOfYear } from "../../src/core/calendar/holidays";
import { isWorkday } from "../../src/core/calendar/workdays";
import { serialFromDate } from "../../src/core/dates/serial";
import { workdaysBeforeMeeting } from "../../src/functions/functions";
import { DateHolidaysWorkdays } from "../baselines/date-holidays";
import { buildHyperFormulaWorkday } from "../baselines/hyperformula";
import type { BenchContext } from "../lib/context";
import { collectGarbage, measure, statsOf } from "../lib/measure";
import { Prng } from "../lib/prng";
import { fmtInt, fmtMs, fmtNumber, fmtRate, fmtRatio, fmtSpread } from "../lib/report";
import { klamdagar } from "../lib/synthetic";

const FIRST = serialFromDate(2000, 1, 1);
const LAST = serialFromDate(2040, 12, 31);

interface Inputs {
  readonly dates: Int32Array;
  readonly workdays: Int32Array;
}

function makeInputs(n: number): Inputs {
  const rng = new Prng(1_000_001);
  const dates = new Int32Array(n);
  const workdays = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    dates[i] = rng.int(FIRST, LAST);
    workdays[i] = rng.int(0, 30);
  }
  return { dates, workdays };
}

/** 20 closed days, the klämdag after Kristi himmelsfärdsdag every other year 2001–2039, as a range. */
export function closedDaysRange(): number[][] {
  return klamdagar(2001, 39)
    .filter((_, i) => i % 2 === 0)
    .map((d) => [d]);
}

function runOurs(inputs: Inputs, closed: number[][] | null, out: Float64Array): Float64Array {
  const { dates, workdays } = inputs;
  for (let i = 0; i < dates.length; i++)
    out[i] = workdaysBeforeMeeting(dates[i], workdays[i], closed as unknown[][]) as number;
  return out;
}

function countEqual(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  indices?: readonly number[]
): number {
  let same = 0;
  if (indices) {
    indices.forEach((idx, k) => {
      if (a[k] === b[idx]) same++;
    });
    return same;
  }
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same;
}

export function benchWorkdays(ctx: BenchContext): void {
  const n = ctx.quick ? 20_000 : 100_000;
  const stride = ctx.quick ? 2_000 : 400;
  const inputs = makeInputs(n);
  const sample: number[] = [];
  for (let i = 0; i < n; i += stride) sample.push(i);
  const closedRange = closedDaysRange();
  const closedList = closedRange.map((r) => r[0]);
  const holidayList: number[] = [];
  for (let y = 1999; y <= 2040; y++) for (const h of holidaysOfYear(y)) holidayList.push(h.serial);

  const dh = new DateHolidaysWorkdays();
  const variants = [
    { label: "no closed_days", closed: null as number[][] | null, hfHolidays: holidayList },
    {
      label: "20-date closed_days range",
      closed: closedRange,
      hfHolidays: [...holidayList, ...closedList].sort((a, b) => a - b),
    },
  ];
  const agreement: string[] = [];

  for (const v of variants) {
    ctx.log(`case 1 (${v.label}): ours`);
    const ours = new Float64Array(n);
    const oursStats = measure(() => runOurs(inputs, v.closed, ours), {
      warmup: 3,
      runs: ctx.quick ? 5 : 15,
    });
    const oursPerEval = oursStats.median / n;

    ctx.log(`case 1 (${v.label}): date-holidays baseline on ${sample.length} sampled inputs`);
    const dhResults = new Float64Array(sample.length);
    const dhStats = measure(
      () => {
        sample.forEach((idx, k) => {
          dhResults[k] = dh.workdaysBefore(inputs.dates[idx], inputs.workdays[idx], v.closed);
        });
        return dhResults;
      },
      { warmup: 1, runs: ctx.quick ? 1 : 3 }
    );
    const dhPerEval = dhStats.median / sample.length;
    const dhSame = countEqual(dhResults, ours, sample);
    // The same sample without the annandag pingst correction (see the notes): how many answers it changes.
    const dhRaw = new Float64Array(sample.length);
    sample.forEach((idx, k) => {
      dhRaw[k] = dh.workdaysBefore(inputs.dates[idx], inputs.workdays[idx], v.closed, false);
    });
    const dhRawSame = countEqual(dhRaw, ours, sample);

    ctx.log(`case 1 (${v.label}): HyperFormula baseline, building ${n} formulas`);
    collectGarbage();
    const hf = buildHyperFormulaWorkday(inputs.dates, inputs.workdays, v.hfHolidays);
    const hfSame = countEqual(hf.results(), ours);
    ctx.log(`case 1 (${v.label}): HyperFormula full recalculations`);
    hf.recalculate(); // warm-up
    const hfSamples: number[] = [];
    for (let r = 0; r < (ctx.quick ? 1 : 3); r++) hfSamples.push(hf.recalculate());
    const hfSameAfter = countEqual(hf.results(), ours);
    const hfBuildMs = hf.buildMs;
    hf.destroy();
    collectGarbage();
    const hfStats = statsOf(hfSamples);
    const hfPerEval = hfStats.median / n;

    ctx.rows.push(
      {
        case: "1",
        what: `WORKDAYS_BEFORE_MEETING, ${v.label} — ours`,
        size: `${fmtInt(n)} evaluations`,
        runs: oursStats.samples.length,
        median: fmtMs(oursStats.median),
        spread: fmtSpread(oursStats),
        throughput: fmtRate(n / (oursStats.median / 1000), "evals"),
        ratio: `${fmtRatio(dhPerEval / oursPerEval)}× faster than date-holidays; ${fmtRatio(hfPerEval / oursPerEval)}× faster than HyperFormula`,
      },
      {
        case: "1",
        what: `  baseline: date-holidays (SE), asked about each weekday stepped over, ${v.label}`,
        size: `${fmtInt(sample.length)} of the ${fmtInt(n)} (every ${fmtInt(stride)}th)`,
        runs: dhStats.samples.length,
        median: fmtMs(dhStats.median),
        spread: fmtSpread(dhStats),
        throughput: fmtRate(sample.length / (dhStats.median / 1000), "evals"),
        ratio: `baseline: ${fmtNumber(dhPerEval * 1000)} µs/eval vs ours ${fmtNumber(oursPerEval * 1e6, 0)} ns/eval`,
      },
      {
        case: "1",
        what: `  baseline: HyperFormula =WORKDAY(date,-n,holidays), full recalculation, ${v.label}`,
        size: `${fmtInt(n)} formulas`,
        runs: hfStats.samples.length,
        median: fmtMs(hfStats.median),
        spread: fmtSpread(hfStats),
        throughput: fmtRate(n / (hfStats.median / 1000), "evals"),
        ratio: `baseline: ${fmtNumber(hfPerEval * 1e6, 0)} ns/eval vs ours ${fmtNumber(oursPerEval * 1e6, 0)} ns/eval (build + first calc ${fmtMs(hfBuildMs)})`,
      }
    );
    agreement.push(
      `${v.label}: ours = HyperFormula on ${fmtInt(hfSame)}/${fmtInt(n)} (after build) and ${fmtInt(hfSameAfter)}/${fmtInt(n)} (after the recalculations); ` +
        `ours = date-holidays baseline on ${fmtInt(dhSame)}/${fmtInt(sample.length)} sampled inputs ` +
        `(${fmtInt(dhRawSame)}/${fmtInt(sample.length)} without the annandag pingst correction)`
    );
  }

  // Why the date-holidays baseline needs its one correction: day-level comparison.
  const from = FIRST - 60;
  const ourNonWorking = (s: number): boolean => !isWorkday(s);
  const raw = dh.disagreements(from, LAST, ourNonWorking, false);
  const corrected = dh.disagreements(from, LAST, ourNonWorking, true);
  ctx.notes.push(
    `Case 1 agreement — ${agreement.join(" · ")}.`,
    `Case 1 date-holidays day by day (every weekday 1999-11-02 – 2040-12-31): its "public" + "bank" days differ from ours on ${raw.length} weekday(s)` +
      (raw.length > 0
        ? `: ${raw.map((d) => `${d.date} ${d.names || "(none)"} — ours ${d.ours ? "closed" : "open"}`).join("; ")}`
        : "") +
      `. date-holidays files annandag pingst as an "observance" in every year; it was an allmän helgdag up to and including 2004, so the baseline counts it as closed for those years. With that correction: ${corrected.length} difference(s)` +
      (corrected.length === 0
        ? ", so the baseline answers every one of the inputs as ours does, not only the sampled ones."
        : "."),
    `Case 1 date-holidays is slow per call (isHoliday recomputes every SE rule of the year on each call), so it runs on every ${fmtInt(stride)}th input; its ratio compares time per evaluation. HyperFormula: one workbook of ${fmtInt(n)} formulas, a full recalculation forced by editing a spare cell of the holiday range.`
  );
}
