/**
 * The kallelser and the agenda text of a meeting (src/core/texts/kallelse.ts): pinned
 * Swedish and English texts; for the sample, the slot times are exactly the Dagordning
 * sheet's cells, a case with Samtycke Nej is nowhere, a released unit gets no kallelse, no
 * Frågeställning is in any text; a personnummer typed anywhere never comes out.
 */
import { strict as assert } from "assert";
import {
  agendaText,
  kallelser,
  kallelserText,
  type KallelseInput,
} from "../../../src/core/texts/kallelse";
import { clockText, slotTimeText, type PlannedMeeting } from "../../../src/core/texts/text-parts";
import type { AgendaSlot } from "../../../src/core/planning/agenda";
import { plan, SAMPLE_TODAY, sampleWorkbook } from "../../../src/core/planning";
import { findPersonnummer } from "../../../src/core/privacy/personnummer";
import { d } from "../../helpers/dates";
import { FORM_KINDS, formValue, leakIn, makePnr } from "../privacy/forms";

const MEETING: PlannedMeeting = {
  date: d("2025-08-26"),
  startMinutes: 540,
  form: "Fysiskt",
  location: "Konferensrum Vättern",
};

const SLOTS: readonly AgendaSlot[] = [
  {
    slot: 1,
    unit: "Norrahammars VC",
    known: true,
    fromMinutes: 540,
    toMinutes: 580,
    minutes: 40,
    caseCount: 2,
    codes: ["J2-25-001", "J2-25-002"],
  },
  {
    slot: 2,
    unit: "Råslätts VC",
    known: true,
    fromMinutes: 580,
    toMinutes: 600,
    minutes: 20,
    caseCount: 1,
    codes: ["J2-25-003"],
  },
];

const INPUT: KallelseInput = {
  group: "VerkSam Jönköping 2",
  sender: "Anna Andersson",
  meeting: MEETING,
  slots: SLOTS,
  municipality: ["Jönköpings kommun"],
};

describe("messages/kallelse: the texts", () => {
  it("Swedish: one kallelse per unit with its own slot, and one for the municipality with every slot", () => {
    const messages = kallelser(INPUT, "sv");
    assert.deepEqual(
      messages.map((m) => [m.unit, m.kind, m.fromMinutes, m.toMinutes]),
      [
        ["Norrahammars VC", "unit", 540, 580],
        ["Råslätts VC", "unit", 580, 600],
        ["Jönköpings kommun", "municipality", 540, 600],
      ]
    );
    assert.equal(
      messages[0].subject,
      "Kallelse: VerkSam Jönköping 2 tisdag 26 augusti 2025, Norrahammars VC kl. 09.00–09.40"
    );
    assert.equal(
      messages[0].text,
      [
        "Hej!",
        "",
        "Ni kallas till mötet i VerkSam Jönköping 2 tisdag 26 augusti 2025. Ärendena som rör Norrahammars VC tas upp kl. 09.00–09.40: delta under den tiden.",
        "Mötet är fysiskt: Konferensrum Vättern.",
        "",
        "Ärenden: 2 (J2-25-001, J2-25-002)",
        "",
        "Det skriftliga samtycket för varje ärende ska visas på mötet.",
        "",
        "Vänliga hälsningar",
        "Anna Andersson",
        "VerkSam Jönköping 2",
      ].join("\n")
    );
    assert.equal(
      messages[2].subject,
      "Kallelse: VerkSam Jönköping 2 tisdag 26 augusti 2025 kl. 09.00–10.00, dagordning"
    );
    assert.equal(
      messages[2].text,
      [
        "Hej!",
        "",
        "Ni kallas till mötet i VerkSam Jönköping 2 tisdag 26 augusti 2025 kl. 09.00–10.00 och deltar hela mötet.",
        "Mötet är fysiskt: Konferensrum Vättern.",
        "",
        "Varje enhet deltar bara under sina egna ärenden:",
        "kl. 09.00–09.40 Norrahammars VC: 2 ärenden (J2-25-001, J2-25-002)",
        "kl. 09.40–10.00 Råslätts VC: 1 ärende (J2-25-003)",
        "",
        "Det skriftliga samtycket för varje ärende ska visas på mötet.",
        "",
        "Vänliga hälsningar",
        "Anna Andersson",
        "VerkSam Jönköping 2",
      ].join("\n")
    );
    const all = kallelserText(messages, "sv");
    assert.ok(all.startsWith(`Till: Norrahammars VC\nÄmne: ${messages[0].subject}\n\nHej!`));
    assert.equal(all.split("\n\n----------\n\n").length, 3);
  });

  it("English: the same, in English words and times", () => {
    const messages = kallelser(
      { ...INPUT, meeting: { ...MEETING, form: "Digitalt", location: "Teams" } },
      "en"
    );
    assert.equal(
      messages[1].subject,
      "Invitation: VerkSam Jönköping 2 Tuesday 26 August 2025, Råslätts VC 09:40–10:00"
    );
    assert.equal(
      messages[1].text,
      [
        "Hello,",
        "",
        "You are invited to the VerkSam Jönköping 2 meeting on Tuesday 26 August 2025. The cases concerning Råslätts VC are discussed 09:40–10:00: please attend during that time.",
        "The meeting is online: Teams.",
        "",
        "Cases: 1 (J2-25-003)",
        "",
        "The written consent for each case must be shown at the meeting.",
        "",
        "Kind regards",
        "Anna Andersson",
        "VerkSam Jönköping 2",
      ].join("\n")
    );
    assert.equal(
      messages[2].text,
      [
        "Hello,",
        "",
        "You are invited to the VerkSam Jönköping 2 meeting on Tuesday 26 August 2025, 09:00–10:00, and attend the whole meeting.",
        "The meeting is online: Teams.",
        "",
        "Each unit attends only while its own cases are discussed:",
        "09:00–09:40 Norrahammars VC: 2 cases (J2-25-001, J2-25-002)",
        "09:40–10:00 Råslätts VC: 1 case (J2-25-003)",
        "",
        "The written consent for each case must be shown at the meeting.",
        "",
        "Kind regards",
        "Anna Andersson",
        "VerkSam Jönköping 2",
      ].join("\n")
    );
    assert.ok(
      kallelserText(messages, "en").startsWith("To: Norrahammars VC\nSubject: Invitation:")
    );
  });

  it("the agenda as text and as tab-separated rows, in Swedish and English", () => {
    const sv = agendaText(INPUT, "sv");
    assert.equal(
      sv.text,
      [
        "Dagordning för VerkSam Jönköping 2, tisdag 26 augusti 2025 kl. 09.00, fysiskt, Konferensrum Vättern:",
        "",
        "kl. 09.00–09.40 Norrahammars VC: 2 ärenden (J2-25-001, J2-25-002)",
        "kl. 09.40–10.00 Råslätts VC: 1 ärende (J2-25-003)",
      ].join("\n")
    );
    assert.equal(
      sv.tsv,
      [
        "Mötesdatum\tPass\tFrån\tTill\tEnhet\tAntal ärenden\tMinuter\tÄrendekoder",
        "2025-08-26\t1\t09:00\t09:40\tNorrahammars VC\t2\t40\tJ2-25-001, J2-25-002",
        "2025-08-26\t2\t09:40\t10:00\tRåslätts VC\t1\t20\tJ2-25-003",
      ].join("\n")
    );
    const en = agendaText(INPUT, "en");
    assert.equal(
      en.text.split("\n")[0],
      "Agenda for VerkSam Jönköping 2, Tuesday 26 August 2025 at 09:00, in person, Konferensrum Vättern:"
    );
    assert.equal(
      en.tsv.split("\n")[0],
      "Meeting date\tSlot\tFrom\tTo\tUnit\tNumber of cases\tMinutes\tCase codes"
    );
    const empty = agendaText({ ...INPUT, slots: [] }, "sv");
    assert.match(empty.text, /\n\nInga ärenden\.$/);
    assert.equal(empty.tsv.split("\n")[1], "2025-08-26\t\t09:00\t\tInga ärenden\t0\t0\t");
  });

  it("a meeting without slots has no kallelse; a slot without a unit is only in the municipality's", () => {
    assert.deepEqual(kallelser({ ...INPUT, slots: [] }, "sv"), []);
    const noUnit: AgendaSlot = { ...SLOTS[1], unit: "", known: false };
    const messages = kallelser({ ...INPUT, slots: [SLOTS[0], noUnit] }, "sv");
    assert.deepEqual(
      messages.map((m) => m.unit),
      ["Norrahammars VC", "Jönköpings kommun"]
    );
    assert.match(messages[1].text, /kl\. 09\.40–10\.00 \(enhet saknas\): 1 ärende/);
    // A case of the municipality's own: its slot is in its whole-meeting message, not a second one.
    const own = kallelser({ ...INPUT, slots: [{ ...SLOTS[0], unit: "Jönköpings kommun" }] }, "sv");
    assert.deepEqual(
      own.map((m) => m.kind),
      ["municipality"]
    );
    // No municipality in Enheter: only the units' kallelser.
    assert.equal(kallelser({ ...INPUT, municipality: [] }, "sv").length, 2);
  });

  it("without group, sender, form and place the texts still read", () => {
    const [first] = kallelser(
      {
        ...INPUT,
        group: "",
        sender: undefined,
        meeting: { ...MEETING, form: undefined, location: "" },
      },
      "sv"
    );
    assert.equal(
      first.text,
      [
        "Hej!",
        "",
        "Ni kallas till VerkSam-mötet tisdag 26 augusti 2025. Ärendena som rör Norrahammars VC tas upp kl. 09.00–09.40: delta under den tiden.",
        "",
        "Ärenden: 2 (J2-25-001, J2-25-002)",
        "",
        "Det skriftliga samtycket för varje ärende ska visas på mötet.",
        "",
        "Vänliga hälsningar",
      ].join("\n")
    );
    assert.equal(slotTimeText(540, 580, "sv"), "kl. 09.00–09.40");
    assert.equal(slotTimeText(540, 580, "en"), "09:00–09:40");
  });
});

describe("messages/kallelse: the sample, as the Dagordning sheet has it", () => {
  for (const lang of ["sv", "en"] as const) {
    it(`${lang}: every slot time is the sheet's; Nej cases, released units and Frågeställning are nowhere`, () => {
      const result = plan(sampleWorkbook(lang), { today: SAMPLE_TODAY, lang });
      const sheet = result.sheets.agenda;
      const col = (name: string): number => sheet.header.indexOf(name);
      const [cDate, cFrom, cTo, cUnit] = [
        col(lang === "sv" ? "Mötesdatum" : "Meeting date"),
        col(lang === "sv" ? "Från" : "From"),
        col(lang === "sv" ? "Till" : "To"),
        col(lang === "sv" ? "Enhet" : "Unit"),
      ];
      const hhmm = (v: unknown): string => clockText(Math.round(Number(v) * 1440), ":");
      const municipality = result.model.units.filter((u) => u.type === "Kommun").map((u) => u.name);
      assert.deepEqual(municipality, ["Jönköpings kommun"]);
      const nej = result.model.cases.filter((c) => c.consent === "no");
      assert.ok(nej.length > 0, "the sample has a Nej case");
      const questions = result.model.cases.map((c) => c.question).filter((q) => q !== "");
      assert.ok(questions.length > 0, "the sample has Frågeställningar");
      for (const row of result.schedule) {
        const slots = result.agenda.find((a) => a.date === row.date)!.slots;
        const input = {
          group: "VerkSam Jönköping 2",
          sender: "Anna",
          meeting: row,
          slots,
          municipality,
        };
        const messages = kallelser(input, lang);
        const agenda = agendaText(input, lang);
        const sheetRows = sheet.rows.filter((r) => r[cDate] === row.date && r[cTo] !== null);
        assert.equal(sheetRows.length, slots.length);
        // One kallelse per unit with a slot, with the sheet's times, and the municipality's lists them all.
        const units = messages.filter((m) => m.kind === "unit");
        assert.deepEqual(
          units.map((m) => [m.unit, clockText(m.fromMinutes, ":"), clockText(m.toMinutes, ":")]),
          sheetRows.map((r) => [r[cUnit], hhmm(r[cFrom]), hhmm(r[cTo])])
        );
        const whole = messages.find((m) => m.kind === "municipality");
        assert.equal(whole === undefined, slots.length === 0);
        for (const r of sheetRows) {
          const time = slotTimeText(
            Math.round(Number(r[cFrom]) * 1440),
            Math.round(Number(r[cTo]) * 1440),
            lang
          );
          const own = units.find((m) => m.unit === r[cUnit])!;
          assert.ok(own.text.includes(time), own.text);
          assert.ok(whole!.text.includes(`${time} ${String(r[cUnit])}:`), whole!.text);
          assert.ok(agenda.text.includes(`${time} ${String(r[cUnit])}:`), agenda.text);
        }
        // The agenda's rows are the sheet's, but the meeting number.
        const tsvRows = agenda.tsv
          .split("\n")
          .slice(1)
          .map((l) => l.split("\t"));
        const expected = sheet.rows
          .filter((r) => r[cDate] === row.date)
          .map((r) =>
            r
              .slice(1)
              .map((v, i) =>
                v === null ? "" : i === 0 ? "" : i === 2 || i === 3 ? hhmm(v) : String(v)
              )
          );
        assert.deepEqual(
          tsvRows.map((r) => ["", ...r.slice(1)]),
          expected
        );
        // Released units (R8) get no kallelse.
        for (const released of row.released) assert.ok(!messages.some((m) => m.unit === released));
        const texts = [...messages.map((m) => `${m.subject}\n${m.text}`), agenda.text, agenda.tsv];
        for (const text of texts) {
          for (const c of nej) assert.ok(!text.includes(c.code), `${c.code} in ${text}`);
          for (const q of questions) assert.ok(!text.includes(q), `Frågeställning in ${text}`);
        }
      }
      // 2025-11-18: Råslätts VC is released and gets no kallelse.
      const nov = result.schedule.find((m) => m.date === d("2025-11-18"))!;
      assert.deepEqual(nov.released, ["Råslätts VC"]);
    });
  }
});

describe("messages/kallelse: no personal data", () => {
  const p = makePnr(1981, 12, 18, 987);
  const kinds = FORM_KINDS.filter((kind) => typeof formValue(p, kind) === "string");

  it("removes a personnummer typed into the group, the sender, the place, a unit or a code, in every form", () => {
    assert.ok(kinds.length >= 8);
    for (const kind of kinds) {
      const pn = String(formValue(p, kind));
      const input: KallelseInput = {
        group: `VerkSam ${pn}`,
        sender: `Anna ${pn}`,
        meeting: { ...MEETING, location: `Rum ${pn}` },
        slots: [
          { ...SLOTS[0], unit: `Norrahammars VC ${pn}`, codes: [`J2-${pn}`] },
          { ...SLOTS[1], unit: pn },
        ],
        municipality: [`Jönköpings kommun ${pn}`],
      };
      const outputs: string[] = [];
      for (const lang of ["sv", "en"] as const) {
        const messages = kallelser(input, lang);
        for (const m of messages) outputs.push(m.unit, m.subject, m.text);
        outputs.push(kallelserText(messages, lang));
        const agenda = agendaText(input, lang);
        outputs.push(agenda.text, agenda.tsv);
      }
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
});
