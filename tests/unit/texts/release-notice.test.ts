import { strict as assert } from "assert";
import fc from "fast-check";
import { workdaysBefore } from "../../../src/core/calendar/workdays";
import { longDate as longDateText } from "../../../src/core/dates/long-date";
import { meetingTimesText } from "../../../src/core/texts/meeting-times";
import {
  nextMeetingIndex,
  releaseDeadlineStatus,
  releaseNotices,
  releaseNoticesText,
} from "../../../src/core/texts/release-notice";
import {
  clockText,
  messageSender,
  oneLine,
  timeText,
  type PlannedMeeting,
} from "../../../src/core/texts/text-parts";
import { readPlanning } from "../../../src/core/planning/read";
import { sampleWorkbook } from "../../../src/core/planning/sample";
import { buildSchedule, type ScheduleRow } from "../../../src/core/planning/schedule";
import { findPersonnummer } from "../../../src/core/privacy/personnummer";
import { d } from "../../helpers/dates";
import { FORM_KINDS, formValue, leakIn, makePnr, pnrArb } from "../privacy/forms";

/** A meeting with its deadlines computed as the Möten formulas do (6 and 5 working days). */
function meeting(
  iso: string,
  extra: Partial<PlannedMeeting> = {},
  released: readonly string[] = []
): PlannedMeeting {
  const date = d(iso);
  return {
    date,
    startMinutes: 540,
    form: "Fysiskt",
    location: "Konferensrum Vättern",
    caseDeadline: workdaysBefore(date, 6),
    releaseDeadline: workdaysBefore(date, 5),
    released,
    ...extra,
  };
}

/** The sample term: VerkSam Jönköping 2, HT 2025, the last meeting digital. */
const TERM: readonly PlannedMeeting[] = [
  meeting("2025-08-26"),
  meeting("2025-10-07", {}, ["Norrahammars VC"]),
  meeting("2025-11-18", {}, ["Råslätts VC"]),
  meeting("2025-12-30", { form: "Digitalt", location: "" }, ["Norrahammars VC", "Råslätts VC"]),
];

describe("messages/release-notice: dates and times", () => {
  it("writes Swedish and English long dates with the weekday, by integer arithmetic", () => {
    assert.equal(longDateText(d("2025-11-18"), "sv"), "tisdag 18 november 2025");
    assert.equal(longDateText(d("2025-11-18"), "en"), "Tuesday 18 November 2025");
    assert.equal(longDateText(d("2026-01-04"), "sv"), "söndag 4 januari 2026");
    assert.equal(longDateText(d("2024-02-29"), "sv"), "torsdag 29 februari 2024");
    assert.equal(longDateText(d("2025-05-01"), "en"), "Thursday 1 May 2025");
  });

  it("writes times the Swedish way (kl. 09.00) and the English way (09:00)", () => {
    assert.equal(timeText(540, "sv"), "kl. 09.00");
    assert.equal(timeText(13 * 60 + 5, "sv"), "kl. 13.05");
    assert.equal(timeText(540, "en"), "at 09:00");
    assert.equal(clockText(8 * 60 + 30, ":"), "08:30");
    assert.equal(clockText(24 * 60 + 15, "."), "00.15");
    assert.equal(clockText(539.6, ":"), "09:00");
  });

  it("oneLine flattens typed text to one line", () => {
    assert.equal(oneLine("  Rum\t3\r\n  plan 2\u00a0 "), "Rum 3 plan 2");
    assert.equal(oneLine(undefined), "");
    assert.equal(oneLine("A\u0007B"), "A B");
    assert.equal(oneLine("Jo\u0308nko\u0308ping"), "Jönköping"); // NFC
  });
});

describe("messages/release-notice: frigörandebesked (R8)", () => {
  it("pins the Swedish notice: group, weekday, date and time, the unit, the sender", () => {
    const notices = releaseNotices(
      { group: "VerkSam Jönköping 2", sender: "Anna Andersson", meeting: TERM[2] },
      "sv"
    );
    assert.equal(notices.length, 1);
    assert.equal(notices[0].unit, "Råslätts VC");
    assert.equal(
      notices[0].subject,
      "VerkSam Jönköping 2 tisdag 18 november 2025: Råslätts VC behöver inte delta"
    );
    assert.equal(
      notices[0].text,
      [
        "Hej!",
        "",
        "Inget ärende som rör Råslätts VC tas upp på mötet i VerkSam Jönköping 2 tisdag 18 november 2025 kl. 09.00. Ni behöver därför inte delta i det mötet.",
        "",
        "Vänliga hälsningar",
        "Anna Andersson",
        "VerkSam Jönköping 2",
      ].join("\n")
    );
  });

  it("pins the English notice", () => {
    const [notice] = releaseNotices(
      { group: "VerkSam Jönköping 2", sender: "Anna Andersson", meeting: TERM[2] },
      "en"
    );
    assert.equal(
      notice.subject,
      "VerkSam Jönköping 2 Tuesday 18 November 2025: Råslätts VC need not attend"
    );
    assert.equal(
      notice.text,
      [
        "Hello,",
        "",
        "No case concerning Råslätts VC will be raised at the VerkSam Jönköping 2 meeting on Tuesday 18 November 2025 at 09:00. You therefore need not attend that meeting.",
        "",
        "Kind regards",
        "Anna Andersson",
        "VerkSam Jönköping 2",
      ].join("\n")
    );
  });

  it("closes without a name when there is no sender, and without a group when there is none", () => {
    const [noSender] = releaseNotices({ group: "VerkSam Habo", meeting: TERM[2] }, "sv");
    assert.ok(noSender.text.endsWith("\n\nVänliga hälsningar\nVerkSam Habo"), noSender.text);
    const [blank] = releaseNotices({ group: "  ", sender: " ", meeting: TERM[2] }, "sv");
    assert.ok(blank.text.includes("på VerkSam-mötet tisdag 18 november 2025"), blank.text);
    assert.ok(blank.text.endsWith("\n\nVänliga hälsningar"), blank.text);
    assert.equal(blank.subject, "VerkSam tisdag 18 november 2025: Råslätts VC behöver inte delta");
    const [blankEn] = releaseNotices({ group: "", meeting: TERM[2] }, "en");
    assert.ok(blankEn.text.includes("at the VerkSam meeting on Tuesday"), blankEn.text);
    assert.ok(blankEn.text.endsWith("\n\nKind regards"), blankEn.text);
  });

  it("gives one notice per released unit, in order, a unit named twice once, none when none is released", () => {
    const notices = releaseNotices(
      {
        group: "VerkSam Jönköping 2",
        meeting: {
          ...TERM[3],
          released: ["Norrahammars VC", " Råslätts VC ", "Norrahammars VC", ""],
        },
      },
      "sv"
    );
    assert.deepEqual(
      notices.map((n) => n.unit),
      ["Norrahammars VC", "Råslätts VC"]
    );
    assert.ok(notices[0].text.includes("tisdag 30 december 2025 kl. 09.00"));
    assert.deepEqual(releaseNotices({ group: "G", meeting: TERM[0] }, "sv"), []);
    assert.deepEqual(
      releaseNotices({ group: "G", meeting: { ...TERM[0], released: undefined } }, "sv"),
      []
    );
    const all = releaseNoticesText(notices, "sv");
    assert.ok(all.startsWith("Till: Norrahammars VC\n\nHej!"), all);
    assert.ok(all.includes("\n\n----------\n\nTill: Råslätts VC\n\nHej!"), all);
    assert.equal(releaseNoticesText([], "en"), "");
  });

  it("signs with the convener when one is set, else the coordinator (R3)", () => {
    assert.equal(messageSender("Anna Andersson", "Bo Berg"), "Bo Berg");
    assert.equal(messageSender("Anna Andersson", "  "), "Anna Andersson");
    assert.equal(messageSender("Anna Andersson"), "Anna Andersson");
    assert.equal(messageSender(" Anna\n Andersson ", undefined), "Anna Andersson");
    assert.equal(messageSender("", ""), undefined);
    assert.equal(messageSender(undefined, undefined), undefined);
  });

  it("tells where the Frigörandefrist stands: ahead, today, passed, unknown", () => {
    const m = TERM[2]; // Frigörandefrist tisdag 11 november 2025
    assert.equal(m.releaseDeadline, d("2025-11-11"));
    assert.deepEqual(releaseDeadlineStatus(m, d("2025-11-03"), "sv"), {
      deadline: d("2025-11-11"),
      state: "open",
      text: "Frigörandefrist: tisdag 11 november 2025.",
    });
    assert.equal(releaseDeadlineStatus(m, d("2025-11-11"), "sv").state, "today");
    assert.equal(
      releaseDeadlineStatus(m, d("2025-11-11"), "sv").text,
      "Frigörandefrist: i dag, tisdag 11 november 2025."
    );
    assert.deepEqual(releaseDeadlineStatus(m, d("2025-11-12"), "sv"), {
      deadline: d("2025-11-11"),
      state: "passed",
      text: "Frigörandefristen tisdag 11 november 2025 har passerat. Skicka beskeden så snart som möjligt.",
    });
    assert.equal(
      releaseDeadlineStatus(m, d("2025-11-12"), "en").text,
      "The release deadline Tuesday 11 November 2025 has passed. Send the notices as soon as possible."
    );
    assert.equal(
      releaseDeadlineStatus(m, d("2025-11-03"), "en").text,
      "Release deadline: Tuesday 11 November 2025."
    );
    assert.equal(
      releaseDeadlineStatus(m, d("2025-11-11"), "en").text,
      "Release deadline: today, Tuesday 11 November 2025."
    );
    const unknown = releaseDeadlineStatus(
      { ...m, releaseDeadline: undefined },
      d("2025-11-03"),
      "sv"
    );
    assert.equal(unknown.state, "unknown");
    assert.equal(unknown.deadline, undefined);
  });

  it("picks the next meeting on or after today by default", () => {
    assert.equal(nextMeetingIndex(TERM, d("2025-11-01")), 2);
    assert.equal(nextMeetingIndex(TERM, d("2025-11-18")), 2);
    assert.equal(nextMeetingIndex(TERM, d("2025-11-19")), 3);
    assert.equal(nextMeetingIndex(TERM, d("2026-01-01")), undefined);
    assert.equal(nextMeetingIndex([TERM[3], TERM[1]], d("2025-09-01")), 1); // any order
    assert.equal(nextMeetingIndex([], d("2025-09-01")), undefined);
  });
});

describe("messages/release-notice: mötestider (R9)", () => {
  it("pins the Swedish text and tab-separated rows", () => {
    const { text, tsv } = meetingTimesText({ group: "VerkSam Jönköping 2", meetings: TERM }, "sv");
    assert.equal(
      text,
      [
        "Mötestider för VerkSam Jönköping 2, HT 2025:",
        "",
        "1. tisdag 26 augusti 2025 kl. 09.00, fysiskt, Konferensrum Vättern. Ärendefrist: måndag 18 augusti 2025.",
        "2. tisdag 7 oktober 2025 kl. 09.00, fysiskt, Konferensrum Vättern. Ärendefrist: måndag 29 september 2025.",
        "3. tisdag 18 november 2025 kl. 09.00, fysiskt, Konferensrum Vättern. Ärendefrist: måndag 10 november 2025.",
        "4. tisdag 30 december 2025 kl. 09.00, digitalt. Ärendefrist: onsdag 17 december 2025.",
        "",
        "Ärendefristen är sista dagen att anmäla ett ärende till de berörda representanterna. Personuppgifter får inte mejlas.",
      ].join("\n")
    );
    assert.equal(
      tsv,
      [
        "Nr\tDatum\tVeckodag\tTid\tForm\tPlats\tÄrendefrist",
        "1\t2025-08-26\ttisdag\t09:00\tFysiskt\tKonferensrum Vättern\t2025-08-18",
        "2\t2025-10-07\ttisdag\t09:00\tFysiskt\tKonferensrum Vättern\t2025-09-29",
        "3\t2025-11-18\ttisdag\t09:00\tFysiskt\tKonferensrum Vättern\t2025-11-10",
        "4\t2025-12-30\ttisdag\t09:00\tDigitalt\t\t2025-12-17",
      ].join("\n")
    );
  });

  it("pins the English text and tab-separated rows", () => {
    const { text, tsv } = meetingTimesText({ group: "VerkSam Jönköping 2", meetings: TERM }, "en");
    assert.equal(
      text,
      [
        "Meeting times for VerkSam Jönköping 2, Autumn 2025:",
        "",
        "1. Tuesday 26 August 2025 at 09:00, in person, Konferensrum Vättern. Case deadline: Monday 18 August 2025.",
        "2. Tuesday 7 October 2025 at 09:00, in person, Konferensrum Vättern. Case deadline: Monday 29 September 2025.",
        "3. Tuesday 18 November 2025 at 09:00, in person, Konferensrum Vättern. Case deadline: Monday 10 November 2025.",
        "4. Tuesday 30 December 2025 at 09:00, online. Case deadline: Wednesday 17 December 2025.",
        "",
        "The case deadline is the last day to notify the representatives concerned of a case. Personal data must not be e-mailed.",
      ].join("\n")
    );
    assert.equal(tsv.split("\n")[0], "No.\tDate\tWeekday\tTime\tFormat\tPlace\tCase deadline");
    assert.equal(tsv.split("\n")[4], "4\t2025-12-30\tTuesday\t09:00\tDigital\t\t2025-12-17");
  });

  it("sorts the meetings, spans half-years in the title, leaves out what is not given", () => {
    const meetings: PlannedMeeting[] = [
      { date: d("2026-02-10"), startMinutes: 13 * 60 + 30, location: "" },
      { ...TERM[3], location: "Teams\tlänk\nnedan" },
    ];
    const { text, tsv } = meetingTimesText({ group: "", meetings }, "sv");
    assert.equal(
      text,
      [
        "Mötestider för VerkSam, HT 2025–VT 2026:",
        "",
        "1. tisdag 30 december 2025 kl. 09.00, digitalt, Teams länk nedan. Ärendefrist: onsdag 17 december 2025.",
        "2. tisdag 10 februari 2026 kl. 13.30.",
        "",
        "Ärendefristen är sista dagen att anmäla ett ärende till de berörda representanterna. Personuppgifter får inte mejlas.",
      ].join("\n")
    );
    assert.equal(
      tsv.split("\n")[1],
      "1\t2025-12-30\ttisdag\t09:00\tDigitalt\tTeams länk nedan\t2025-12-17"
    );
    assert.equal(tsv.split("\n")[2], "2\t2026-02-10\ttisdag\t13:30\t\t\t");
    assert.equal(
      meetingTimesText(
        { group: "G", meetings: [TERM[0]], term: "HT 2025 (reviderad)" },
        "sv"
      ).text.split("\n")[0],
      "Mötestider för G, HT 2025 (reviderad):"
    );
    const empty = meetingTimesText({ group: "G", meetings: [] }, "en");
    assert.equal(empty.text, "Meeting times for G:\n\nNo meetings are planned.");
    assert.equal(empty.tsv, "No.\tDate\tWeekday\tTime\tFormat\tPlace\tCase deadline");
  });
});

/**
 * The forms a personnummer can be typed in as text. The messages take text (the reader turns
 * cells into text first), so the number-cell forms, which only a number cell's type reveals,
 * are the reader's business.
 */
const TEXT_KINDS = FORM_KINDS.filter(
  (kind) => typeof formValue(makePnr(1981, 12, 18, 987), kind) === "string"
);

describe("messages/release-notice: no personal data", () => {
  const p = makePnr(1981, 12, 18, 987);

  it("removes a personnummer typed into the group, the sender, the place or a unit name, in every form", () => {
    assert.ok(TEXT_KINDS.length >= 8);
    for (const kind of TEXT_KINDS) {
      const pn = String(formValue(p, kind));
      const m: PlannedMeeting = {
        ...TERM[2],
        location: `Rum ${pn} plan 2`,
        released: [`Råslätts VC ${pn}`, pn],
      };
      const input = { group: `VerkSam ${pn}`, sender: `Anna ${pn}`, meeting: m };
      const outputs: string[] = [];
      for (const lang of ["sv", "en"] as const) {
        for (const n of releaseNotices(input, lang)) outputs.push(n.unit, n.subject, n.text);
        const times = meetingTimesText({ group: input.group, meetings: [m] }, lang);
        outputs.push(times.text, times.tsv, releaseNoticesText(releaseNotices(input, lang), lang));
      }
      outputs.push(messageSender(`Anna ${pn}`, `Bo ${pn}`) ?? "");
      for (const out of outputs) {
        assert.equal(leakIn(out, p), undefined, `${kind}: ${out}`);
        assert.ok(!findPersonnummer(out), `${kind}: ${out}`);
      }
      assert.ok(
        outputs.some((o) => o.includes("[personnummer borttaget]")),
        kind
      );
    }
  });

  it("property: no generated personnummer survives in any text", () => {
    fc.assert(
      fc.property(
        pnrArb,
        fc.constantFrom(...TEXT_KINDS),
        fc.constantFrom("group", "sender", "location", "unit"),
        (person, kind, where) => {
          const pn = String(formValue(person, kind));
          const m: PlannedMeeting = {
            ...TERM[1],
            location: where === "location" ? `Plats ${pn}` : "Rum 1",
            released: [where === "unit" ? `Enhet ${pn}` : "Råslätts VC"],
          };
          const group = where === "group" ? `Grupp ${pn}` : "VerkSam Habo";
          const sender = where === "sender" ? `${pn} Andersson` : "Anna";
          for (const lang of ["sv", "en"] as const) {
            const texts = [
              ...releaseNotices({ group, sender, meeting: m }, lang).flatMap((n) => [
                n.unit,
                n.subject,
                n.text,
              ]),
              meetingTimesText({ group, meetings: [m] }, lang).text,
              meetingTimesText({ group, meetings: [m] }, lang).tsv,
            ];
            for (const out of texts) assert.equal(leakIn(out, person), undefined, out);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("messages/release-notice: with the preview's sample workbook", () => {
  it("the schedule rows fit as they are: the notice for 2025-11-18 names Råslätts VC, and no case code appears", () => {
    const { plan, findings } = readPlanning(sampleWorkbook("sv"));
    const rows: readonly ScheduleRow[] = buildSchedule(plan, findings);
    const target = rows.find((r) => r.date === d("2025-11-18"));
    assert.ok(target);
    const meetingOf: PlannedMeeting = target; // a ScheduleRow is a PlannedMeeting
    const notices = releaseNotices({ group: plan.settings.group, meeting: meetingOf }, "sv");
    assert.deepEqual(
      notices.map((n) => n.unit),
      ["Råslätts VC"]
    );
    assert.ok(notices[0].text.includes("tisdag 18 november 2025"));
    assert.ok(notices[0].text.includes("Råslätts VC"));
    const codes = plan.cases.map((c) => c.code).filter((c) => c !== "");
    assert.ok(codes.length > 0);
    const texts = [
      ...rows.flatMap((r) =>
        (["sv", "en"] as const).flatMap((lang) =>
          releaseNotices({ group: plan.settings.group, sender: "Anna", meeting: r }, lang).map(
            (n) => n.text
          )
        )
      ),
      meetingTimesText({ group: plan.settings.group, meetings: rows }, "sv").text,
      meetingTimesText({ group: plan.settings.group, meetings: rows }, "sv").tsv,
    ];
    for (const text of texts)
      for (const code of codes) assert.ok(!text.includes(code), `${code} in ${text}`);
  });
});
