import { strict as assert } from "assert";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { errorMessages as m, type Place } from "../../../src/functions/error-messages";
import { FUNCTION_TEXTS, functionTexts } from "../../../src/functions/i18n";
import * as impl from "../../../src/functions/implementations";

/**
 * Every error message of every kind and place, in both languages, exactly as the functions
 * wrote them before their texts moved into one catalogue per language (recorded from the
 * old src/functions/messages.ts with these arguments).
 */
const RECORDED: Record<"sv" | "en", readonly string[]> = {
  sv: [
    'date: "x" är inte ett datum. Skriv ett datum, t.ex. 2025-03-14.',
    "date: datumet ligger utanför 1900-01-01 till 2199-12-31.",
    "date: datumet ligger utanför 1904-01-01 till 2199-12-31.",
    'date: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." är inte ett tal.',
    "date: talet får inte vara negativt.",
    "date: talet får vara högst 500.",
    "date: talet måste vara minst 1.",
    'date: "1800" är inte ett år från 1900 till 2199.',
    'date: "kanske" ska vara SANT eller FALSKT.',
    "date: cellen innehåller felvärdet #N/A.",
    "date: cellen innehåller ett felvärde.",
    'date: "12" ska vara text.',
    'units (rad 2): "x" är inte ett datum. Skriv ett datum, t.ex. 2025-03-14.',
    "units (rad 2): datumet ligger utanför 1900-01-01 till 2199-12-31.",
    "units (rad 2): datumet ligger utanför 1904-01-01 till 2199-12-31.",
    'units (rad 2): "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." är inte ett tal.',
    "units (rad 2): talet får inte vara negativt.",
    "units (rad 2): talet får vara högst 500.",
    "units (rad 2): talet måste vara minst 1.",
    'units (rad 2): "1800" är inte ett år från 1900 till 2199.',
    'units (rad 2): "kanske" ska vara SANT eller FALSKT.',
    "units (rad 2): cellen innehåller felvärdet #N/A.",
    "units (rad 2): cellen innehåller ett felvärde.",
    'units (rad 2): "12" ska vara text.',
    'units (rad 3, kolumn 2): "x" är inte ett datum. Skriv ett datum, t.ex. 2025-03-14.',
    "units (rad 3, kolumn 2): datumet ligger utanför 1900-01-01 till 2199-12-31.",
    "units (rad 3, kolumn 2): datumet ligger utanför 1904-01-01 till 2199-12-31.",
    'units (rad 3, kolumn 2): "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." är inte ett tal.',
    "units (rad 3, kolumn 2): talet får inte vara negativt.",
    "units (rad 3, kolumn 2): talet får vara högst 500.",
    "units (rad 3, kolumn 2): talet måste vara minst 1.",
    'units (rad 3, kolumn 2): "1800" är inte ett år från 1900 till 2199.',
    'units (rad 3, kolumn 2): "kanske" ska vara SANT eller FALSKT.',
    "units (rad 3, kolumn 2): cellen innehåller felvärdet #N/A.",
    "units (rad 3, kolumn 2): cellen innehåller ett felvärde.",
    'units (rad 3, kolumn 2): "12" ska vara text.',
    "Resultatet skulle hamna utanför 1900-01-01 till 2199-12-31.",
    "Resultatet skulle hamna utanför 1904-01-01 till 2199-12-31.",
    "case_units och case_meeting_dates har olika antal celler (3 och 4).",
    "units: ange en kolumn med enheter, eller två kolumner (enhet, typ).",
    "Ange både case_meeting_dates och meeting_date, eller ingen av dem.",
    "Ett oväntat fel uppstod i funktionen.",
  ],
  en: [
    'date: "x" is not a date. Enter a date, e.g. 2025-03-14.',
    "date: the date is outside 1900-01-01 to 2199-12-31.",
    "date: the date is outside 1904-01-01 to 2199-12-31.",
    'date: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." is not a number.',
    "date: the number must not be negative.",
    "date: the number must be at most 500.",
    "date: the number must be at least 1.",
    'date: "1800" is not a year from 1900 to 2199.',
    'date: "kanske" must be TRUE or FALSE.',
    "date: the cell holds the error value #N/A.",
    "date: the cell holds an error value.",
    'date: "12" must be text.',
    'units (row 2): "x" is not a date. Enter a date, e.g. 2025-03-14.',
    "units (row 2): the date is outside 1900-01-01 to 2199-12-31.",
    "units (row 2): the date is outside 1904-01-01 to 2199-12-31.",
    'units (row 2): "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." is not a number.',
    "units (row 2): the number must not be negative.",
    "units (row 2): the number must be at most 500.",
    "units (row 2): the number must be at least 1.",
    'units (row 2): "1800" is not a year from 1900 to 2199.',
    'units (row 2): "kanske" must be TRUE or FALSE.',
    "units (row 2): the cell holds the error value #N/A.",
    "units (row 2): the cell holds an error value.",
    'units (row 2): "12" must be text.',
    'units (row 3, column 2): "x" is not a date. Enter a date, e.g. 2025-03-14.',
    "units (row 3, column 2): the date is outside 1900-01-01 to 2199-12-31.",
    "units (row 3, column 2): the date is outside 1904-01-01 to 2199-12-31.",
    'units (row 3, column 2): "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." is not a number.',
    "units (row 3, column 2): the number must not be negative.",
    "units (row 3, column 2): the number must be at most 500.",
    "units (row 3, column 2): the number must be at least 1.",
    'units (row 3, column 2): "1800" is not a year from 1900 to 2199.',
    'units (row 3, column 2): "kanske" must be TRUE or FALSE.',
    "units (row 3, column 2): the cell holds the error value #N/A.",
    "units (row 3, column 2): the cell holds an error value.",
    'units (row 3, column 2): "12" must be text.',
    "The result would fall outside 1900-01-01 to 2199-12-31.",
    "The result would fall outside 1904-01-01 to 2199-12-31.",
    "case_units and case_meeting_dates have different numbers of cells (3 and 4).",
    "units: give one column of units, or two columns (unit, type).",
    "Give both case_meeting_dates and meeting_date, or neither.",
    "An unexpected error occurred in the function.",
  ],
};

function allMessages(lang: "sv" | "en"): string[] {
  const places: Place[] = [
    { arg: "date" },
    { arg: "units", row: 2 },
    { arg: "units", row: 3, col: 2 },
  ];
  const list: string[] = [];
  for (const p of places) {
    list.push(
      m.notADate(p, "x", lang),
      m.dateOutOfRange(p, lang, "1900"),
      m.dateOutOfRange(p, lang, "1904"),
      m.notANumber(p, "a".repeat(50), lang),
      m.negative(p, lang),
      m.tooLarge(p, 500, lang),
      m.atLeastOne(p, lang),
      m.badYear(p, 1800, lang, 1900),
      m.notABoolean(p, "kanske", lang),
      m.errorInRange(p, lang, "#N/A"),
      m.errorInRange(p, lang),
      m.notText(p, 12, lang)
    );
  }
  list.push(
    m.resultOutOfRange(lang, "1900"),
    m.resultOutOfRange(lang, "1904"),
    m.lengthMismatch("case_units", 3, "case_meeting_dates", 4, lang),
    m.tooManyColumns("units", lang),
    m.needsBoth("case_meeting_dates", "meeting_date", lang),
    m.unexpected(lang)
  );
  return list;
}

describe("functions/i18n: the functions' texts, one catalogue per language", () => {
  it("give every message exactly as before, in Swedish and English", () => {
    assert.deepEqual(allMessages("sv"), RECORDED.sv);
    assert.deepEqual(allMessages("en"), RECORDED.en);
  });

  it("are two values of one shape (the same keys)", () => {
    assert.deepEqual(Object.keys(FUNCTION_TEXTS.sv).sort(), Object.keys(FUNCTION_TEXTS.en).sort());
    assert.equal(functionTexts("en"), FUNCTION_TEXTS.en);
  });

  it("name the holidays in the language asked for", () => {
    const previous = (globalThis as { Office?: unknown }).Office;
    try {
      (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
      const en = impl.swedishHolidays("1900", 2025, true);
      (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "sv-SE" } };
      const sv = impl.swedishHolidays("1900", 2025, true);
      assert.deepEqual(en[0], [sv[0][0], "New Year's Day"]);
      assert.deepEqual(sv[0], [en[0][0], "Nyårsdagen"]);
    } finally {
      (globalThis as { Office?: unknown }).Office = previous;
    }
  });

  it("no language branch outside the catalogues in src/functions", () => {
    const dir = path.resolve(__dirname, "../../../src/functions");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    assert.ok(files.includes("error-messages.ts"));
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), "utf8");
      assert.doesNotMatch(text, /lang\s*[!=]==?\s*["'](sv|en)["']/, file);
    }
  });
});
