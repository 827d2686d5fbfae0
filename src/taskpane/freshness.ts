/**
 * Whether the pane's last read of the workbook is still the workbook as it is, and when to
 * read it again. The page lives as long as the workbook is open (a shared runtime), hidden
 * or shown, for days if need be:
 *  - a change the workbook's watch tells (`Workbook.watch`: a planning table's onChanged, a
 *    table added or deleted) makes the last read stale; a shown pane reads again after a
 *    short pause (changes come in bursts), a hidden one once it is shown;
 *  - being shown is itself a reason to read (the pane may have been hidden for hours);
 *  - a read made on another day is stale: "today" moves Att göra and held/planned meetings;
 *  - a read whose tables are not all watched (a hand-made sheet) may miss a change: it is
 *    "unwatched", and what is made from it says so.
 * No DOM here: the pane (pane.ts) runs the reads and shows what they found.
 */

export type Freshness = "current" | "unwatched" | "stale";

export interface ReadKeeperOptions {
  /** Today (an Excel serial), asked anew each time. */
  readonly today: () => number;
  /** Asks for a read in the background; the keeper is told its end with `readDone`. */
  readonly refresh: () => void;
  /** Whether the pane is shown at first (default true). */
  readonly visible?: boolean;
  /** Milliseconds from a change to the read it asks for (default 400). */
  readonly delayMs?: number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export class ReadKeeper {
  private shownNow: boolean;
  private staleRead = true;
  private watchedRead = false;
  private readDay: number | undefined;
  private count = 0;
  private writes = false;
  private timer: unknown;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: ReadKeeperOptions) {
    this.shownNow = options.visible ?? true;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer =
      options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  get visible(): boolean {
    return this.shownNow;
  }

  /** Changes told so far: an action notes it before it reads (`readDone`). */
  get changes(): number {
    return this.count;
  }

  /** True once a read has been shown. */
  get hasRead(): boolean {
    return this.readDay !== undefined;
  }

  /** The watch told of a change. Ignored while a writing action runs (its outcome has it). */
  changed(): void {
    if (this.writes) return;
    this.count++;
    this.staleRead = true;
    if (this.shownNow) this.schedule();
  }

  /** A writing action starts (true) or ends (false): its own changes are in its outcome. */
  writing(on: boolean): void {
    this.writes = on;
  }

  /**
   * A read's outcome was shown. `seen`: `changes` when the read started (a change told since
   * is not in it); `watched`: `ReadResult.watched`.
   */
  readDone(seen: number, watched: boolean): void {
    this.readDay = this.options.today();
    this.watchedRead = watched;
    this.staleRead = this.count !== seen;
    if (this.staleRead && this.shownNow) this.schedule();
  }

  /** Something the pane shows was made without a read (a new planning book): read soon. */
  markStale(): void {
    this.staleRead = true;
    if (this.shownNow) this.schedule();
  }

  freshness(): Freshness {
    if (!this.hasRead || this.staleRead || this.readDay !== this.options.today()) return "stale";
    return this.watchedRead ? "current" : "unwatched";
  }

  /** Whether a background read is worth making now (`force`: the pane was just shown). */
  wantsRead(force: boolean): boolean {
    return this.shownNow && (force || this.freshness() === "stale");
  }

  /**
   * The pane was shown or hidden. Returns true when it must read now: shown after being
   * hidden, or shown with a stale read.
   */
  setVisible(visible: boolean): boolean {
    const was = this.shownNow;
    this.shownNow = visible;
    if (!visible) {
      this.cancel();
      return false;
    }
    return !was || this.freshness() === "stale";
  }

  /** Once a minute or so: true when the day has changed since the last read (read again). */
  dayChanged(): boolean {
    return this.shownNow && this.hasRead && this.readDay !== this.options.today();
  }

  private schedule(): void {
    this.cancel();
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      this.options.refresh();
    }, this.options.delayMs ?? 400);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }
}
