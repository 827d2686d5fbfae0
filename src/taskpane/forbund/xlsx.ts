/**
 * Reading a group's planning workbook (`.xlsx`) in the browser, locally: nothing leaves the
 * page. The cells come from read-excel-file (shared strings, inline strings, number formats,
 * booleans, errors); the few facts it does not give are read from the package's own XML
 * with fflate (its unzip dependency): the `date1904` flag of `xl/workbook.xml` and the
 * Excel tables (`xl/tables/*.xml`: name, place, sheet). The result is the file as the
 * add-in's reader sees a workbook (`WorkbookFile`): raw cell values with dates as serials
 * of the file's own date system, which the same core then reads.
 *
 * This module is loaded as a chunk of its own (`import()` in the förbund's view), so the
 * pane's main bundle carries no xlsx parser.
 */
import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import type { FileTable, WorkbookFile } from "../../core/forbund/workbook-file";
import type { CellValue } from "../../core/planning/types";

/** 1970-01-01 as a serial of the 1900 system. */
const UNIX_EPOCH_1900 = 25_569;
const OFFSET_1904 = 1_462;

/** The entity references of XML attribute values. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The attributes of every `<tag …>` element (any namespace prefix) in `xml`. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, "g");
  for (const m of xml.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attrs[a[1].replace(/^[\w.-]+:(?=id$)/, "r:")] = unescapeXml(a[2] ?? a[3] ?? "");
    out.push(attrs);
  }
  return out;
}

/** A relationship target resolved against the folder of the part that names it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

function relationships(files: Record<string, Uint8Array>, part: string): Map<string, string> {
  const rels = files[relsOf(part)];
  const map = new Map<string, string>();
  if (!rels) return map;
  for (const r of elements(strFromU8(rels), "Relationship"))
    if (r.Id && r.Target && r.TargetMode !== "External") map.set(r.Id, resolvePart(part, r.Target));
  return map;
}

/** "C3:H10" → 0-based top, left and the size; undefined when not a range. */
function parseRef(ref: string): Omit<FileTable, "name" | "sheet"> | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const col = (letters: string): number => {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  };
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** The date system and the Excel tables of the package, from its XML. */
function packageFacts(data: Uint8Array): { date1904: boolean; tables: FileTable[] } {
  const files = unzipSync(data, {
    filter: (f) =>
      f.name === "xl/workbook.xml" || f.name.endsWith(".rels") || f.name.startsWith("xl/tables/"),
  });
  const workbookXml = files["xl/workbook.xml"];
  if (!workbookXml) throw new Error("no xl/workbook.xml");
  const xml = strFromU8(workbookXml);
  const pr = elements(xml, "workbookPr")[0] ?? {};
  const date1904 = pr.date1904 === "1" || pr.date1904 === "true";
  const sheetParts = relationships(files, "xl/workbook.xml");
  const tables: FileTable[] = [];
  for (const s of elements(xml, "sheet")) {
    const part = sheetParts.get(s["r:id"] ?? "");
    if (!part || s.name === undefined) continue;
    for (const tablePart of relationships(files, part).values()) {
      const t = files[tablePart];
      if (!t) continue;
      const attrs = elements(strFromU8(t), "table")[0];
      const place = attrs?.ref ? parseRef(attrs.ref) : undefined;
      const name = attrs?.displayName ?? attrs?.name;
      if (place && name) tables.push({ name, sheet: s.name, ...place });
    }
  }
  return { date1904, tables };
}

/** A cell as Office.js would give it: dates (read as `Date`) as serials of the file's system. */
function rawValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const seconds = Math.round(value.getTime() / 1000);
    const serial1900 = seconds / 86_400 + UNIX_EPOCH_1900;
    return date1904 ? serial1900 - OFFSET_1904 : serial1900;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}

/** Reads an `.xlsx` file; rejects when it is no workbook read-excel-file can read. */
export async function readWorkbookFile(data: ArrayBuffer): Promise<WorkbookFile> {
  const { date1904, tables } = packageFacts(new Uint8Array(data));
  const sheets = await readXlsxFile(data, { trim: false });
  return {
    dateSystem: date1904 ? "1904" : "1900",
    tables,
    sheets: sheets.map((s) => ({
      name: s.sheet,
      rows: s.data.map((row) => row.map((v) => rawValue(v, date1904))),
    })),
  };
}
