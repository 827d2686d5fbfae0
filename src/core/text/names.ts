/**
 * Unit names and other labels typed by people: compared ignoring case, surrounding spaces
 * and Unicode normalisation ("Råslätts VC" typed with a combining ring matches the
 * precomposed one), with runs of inner white space counted as one space.
 */
export function normalizeName(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
