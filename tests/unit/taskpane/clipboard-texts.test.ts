/**
 * The pane's messages from the last read (src/taskpane/clipboard-texts.ts): the chooser and its
 * default, the release notices of a meeting (signed by the convener, else the coordinator),
 * the term's meeting times, the calendar file with a SEQUENCE that grows within a session,
 * where downloads work, and no personnummer in any text.
 */
import { strict as assert } from "assert";
import ICAL from "ical.js";
import {
  plan,
  SAMPLE_TODAY,
  sampleTables,
  tableToGrid,
  planningInput,
  type TemplateTable,
} from "../../../src/core/planning";
import {
  agendaClipboard,
  calendarExport,
  defaultMeetingIndex,
  kallelseClipboard,
  municipalityUnits,
  downloadsWork,
  meetingChoices,
  meetingTimesClipboard,
  releaseNoticeClipboard,
  senderOf,
  termMeetings,
} from "../../../src/taskpane/clipboard-texts";
import { d } from "../../helpers/dates";
import { FORM_KINDS, formValue, leakIn, makePnr } from "../privacy/forms";

const NOW = Date.UTC(2025, 10, 20, 9, 30);

/** The sample's run, with the settings row changed by `settings`. */
function sampleRun(settings: Record<string, unknown> = {}, edit?: (t: TemplateTable[]) => void) {
  const tables = sampleTables("sv");
  const s = tables[0];
  const row = [...s.rows[0]];
  for (const [header, value] of Object.entries(settings))
    row[s.header.indexOf(header)] = value as never;
  tables[0] = { ...s, rows: [row] };
  edit?.(tables);
  return plan(planningInput(tables.map((t) => [t.sheet, tableToGrid(t)] as const)), {
    today: SAMPLE_TODAY,
    lang: "sv",
  });
}

describe("taskpane/clipboard-texts", () => {
  it("chooses the next meeting by default, else the last; labels each by its day and number", () => {
    const result = sampleRun();
    assert.equal(defaultMeetingIndex(result, SAMPLE_TODAY), 3);
    assert.equal(defaultMeetingIndex(result, d("2026-01-15")), 3, "all held: the last");
    assert.equal(defaultMeetingIndex(result, d("2025-11-18")), 2, "today's meeting");
    assert.deepEqual(
      meetingChoices(result, "sv").map((c) => c.label),
      [
        "tisdag 26 augusti 2025 (möte 1)",
        "tisdag 7 oktober 2025 (möte 2)",
        "tisdag 18 november 2025 (möte 3)",
        "tisdag 30 december 2025 (möte 4)",
      ]
    );
    assert.equal(meetingChoices(result, "en")[2].label, "Tuesday 18 November 2025 (meeting 3)");
  });

  it("the release notice for 2025-11-18 is for Råslätts VC, signed by the sample's coordinator", () => {
    const result = sampleRun();
    const notice = releaseNoticeClipboard(result, 2, "sv")!;
    assert.deepEqual(notice.units, ["Råslätts VC"]);
    assert.equal(
      notice.text,
      [
        "Till: Råslätts VC",
        "",
        "Hej!",
        "",
        "Inget ärende som rör Råslätts VC tas upp på mötet i VerkSam Jönköping 2 tisdag 18 november 2025 kl. 09.00. Ni behöver därför inte delta i det mötet.",
        "",
        "Vänliga hälsningar",
        "Anna Andersson",
        "VerkSam Jönköping 2",
      ].join("\n")
    );
    assert.equal(releaseNoticeClipboard(result, 3, "sv"), undefined, "no unit released");
    assert.match(
      releaseNoticeClipboard(result, 2, "en")!.text,
      /Tuesday 18 November 2025 at 09:00/
    );
  });

  it("signs with the convener when set, else the coordinator, else no name (old books)", () => {
    assert.equal(senderOf(sampleRun({ Sammankallande: "Bo Berg" })), "Bo Berg");
    assert.equal(senderOf(sampleRun()), "Anna Andersson");
    assert.equal(senderOf(sampleRun({ Koordinator: null })), undefined);
    const old = sampleRun({}, (tables) => {
      const s = tables[0];
      tables[0] = { ...s, header: s.header.slice(0, 6), rows: [s.rows[0].slice(0, 6)] };
    });
    assert.equal(senderOf(old), undefined);
    assert.match(
      releaseNoticeClipboard(old, 2, "sv")!.text,
      /Vänliga hälsningar\nVerkSam Jönköping 2$/
    );
  });

  it("copies the chosen meeting's term: text for an e-mail, then tab-separated rows", () => {
    const result = sampleRun();
    assert.equal(termMeetings(result, 0).length, 4);
    const text = meetingTimesClipboard(result, 2, "sv");
    assert.match(text, /^Mötestider för VerkSam Jönköping 2, HT 2025:\n/);
    assert.match(text, /\nNr\tDatum\tVeckodag\tTid\tForm\tPlats\tÄrendefrist\n/);
    assert.match(text, /\n3\t2025-11-18\ttisdag\t09:00\tFysiskt\t/);
    assert.ok(text.endsWith("\n"));
  });

  it("the calendar file: the term's four meetings, and a higher SEQUENCE on each export of a session", () => {
    const result = sampleRun();
    const first = calendarExport(result, 3, { lang: "sv", includeDeadlines: false, now: NOW });
    assert.equal(first.fileName, "verksam-jonkoping-2-HT2025.ics");
    const events = new ICAL.Component(ICAL.parse(first.text)).getAllSubcomponents("vevent");
    assert.equal(events.length, 4);
    const second = calendarExport(result, 3, {
      lang: "sv",
      includeDeadlines: true,
      now: NOW + 1000,
      previousSequence: first.sequence,
    });
    assert.equal(second.sequence, first.sequence + 1);
    assert.equal(
      new ICAL.Component(ICAL.parse(second.text)).getAllSubcomponents("vevent").length,
      12
    );
  });

  it("downloads work in the browser, on Windows and on the web, not on the Mac or tablets", () => {
    assert.equal(downloadsWork(undefined), true);
    assert.equal(downloadsWork("PC"), true);
    assert.equal(downloadsWork("OfficeOnline"), true);
    assert.equal(downloadsWork("Mac"), false);
    assert.equal(downloadsWork("iOS"), false);
    assert.equal(downloadsWork("Android"), false);
  });

  it("no personnummer in any text, typed into the group, the place, the coordinator or a unit", () => {
    const p = makePnr(1985, 3, 12, 123);
    for (const kind of FORM_KINDS) {
      const v = formValue(p, kind);
      if (typeof v !== "string") continue;
      const result = sampleRun(
        { Grupp: `VerkSam ${v}`, Koordinator: `Anna ${v}`, Sammankallande: `Bo ${v}` },
        (tables) => {
          const m = tables[3];
          tables[3] = {
            ...m,
            rows: m.rows.map((r) => [r[0], r[1], r[2], `Rum ${v}`, ...r.slice(4)]),
          };
          const u = tables[2];
          tables[2] = {
            ...u,
            rows: u.rows.map((r, i) => (i === 2 ? [`Råslätts VC ${v}`, ...r.slice(1)] : r)),
          };
        }
      );
      const texts = [
        releaseNoticeClipboard(result, 2, "sv")?.text ?? "",
        releaseNoticeClipboard(result, 2, "en")?.text ?? "",
        meetingTimesClipboard(result, 2, "sv"),
        calendarExport(result, 2, { lang: "sv", includeDeadlines: true, now: NOW }).text,
        calendarExport(result, 2, { lang: "sv", includeDeadlines: true, now: NOW }).fileName,
        ...[0, 1, 2, 3].flatMap((i) => [
          kallelseClipboard(result, i, "sv")?.text ?? "",
          kallelseClipboard(result, i, "en")?.text ?? "",
          agendaClipboard(result, i, "sv"),
        ]),
      ];
      for (const text of texts) assert.equal(leakIn(text, p), undefined, `${kind}: ${text}`);
      assert.ok(texts[0].includes("[personnummer borttaget]"), kind);
    }
  });

  it("kallelser: one per unit with a slot and one for the municipality; a released unit gets none; signed by the sender", () => {
    const result = sampleRun({ Sammankallande: "Bo Berg" });
    assert.deepEqual(municipalityUnits(result), ["Jönköpings kommun"]);
    const aug = kallelseClipboard(result, 0, "sv")!;
    assert.deepEqual(aug.units, ["Norrahammars VC", "Råslätts VC", "Jönköpings kommun"]);
    assert.ok(aug.text.includes("Bo Berg"));
    const nov = result.schedule.findIndex((m) => m.date === d("2025-11-18"));
    assert.deepEqual(kallelseClipboard(result, nov, "sv")!.units, [
      "Norrahammars VC",
      "Jönköpings kommun",
    ]);
    const en = kallelseClipboard(result, nov, "en")!;
    assert.match(en.text, /^To: Norrahammars VC\nSubject: Invitation: /);
    // The agenda: text, then the rows with a header.
    const agenda = agendaClipboard(result, 0, "sv");
    assert.match(agenda, /^Dagordning för VerkSam Jönköping 2, tisdag 26 augusti 2025 kl\. 09\.00/);
    assert.match(agenda, /^Mötesdatum\tPass\tFrån\tTill\tEnhet/m);
    assert.match(
      agendaClipboard(result, 0, "en"),
      /^Agenda for VerkSam Jönköping 2, Tuesday 26 August 2025/
    );
    // A case added to Ärenden: a run on the changed tables has it (nothing is kept between runs).
    const more = sampleRun({}, (tables) => {
      const cases = tables.find((t) => t.sheet === "Ärenden")!;
      const row = [...cases.rows.find((r) => r[cases.header.indexOf("Ärendekod")] !== null)!];
      row[cases.header.indexOf("Mötesdatum")] = d("2025-11-18");
      row[cases.header.indexOf("Ärendekod")] = "J2-25-099";
      row[cases.header.indexOf("Enhet")] = "Råslätts VC";
      row[cases.header.indexOf("Samtycke")] = "Ja";
      tables[tables.indexOf(cases)] = { ...cases, rows: [...cases.rows, row] };
    });
    const after = kallelseClipboard(more, nov, "sv")!;
    assert.ok(after.units.includes("Råslätts VC"));
    assert.ok(after.text.includes("J2-25-099"));
  });
});
