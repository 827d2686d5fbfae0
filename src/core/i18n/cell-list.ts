/** A list of cell addresses in a text: the first few, then how many more (in words of `more`). */
const MAX_CELLS = 5;

/** "A1, B2, C3, D4, E5 och 2 celler till": `more(n)` words the rest. */
export function cellList(cells: readonly string[], more: (n: number) => string): string {
  const shown = cells.slice(0, MAX_CELLS).join(", ");
  return cells.length > MAX_CELLS ? `${shown} ${more(cells.length - MAX_CELLS)}` : shown;
}
