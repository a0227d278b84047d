/**
 * A week at which the playing run pauses by itself (a guided session's step),
 * and who waits for it: requests for weeks stop there, and the waiter learns
 * whether the run got there or something else (a new run, a step back) came
 * first.
 */
export class RunTarget {
  private target: { readonly week: number; readonly reached: (ok: boolean) => void } | undefined;

  /** Waits for the run to reach `week` (a waiter already there is told it was overtaken). */
  set(week: number): Promise<boolean> {
    this.release(false);
    return new Promise((reached) => {
      this.target = { week, reached };
    });
  }

  /** The weeks the next request may ask for, from the latest computed week: never past the target. */
  clamp(weeks: number, latestWeek: number): number {
    return this.target && this.target.week > latestWeek ? Math.min(weeks, this.target.week - latestWeek) : weeks;
  }

  /** Whether the run has reached the target now; the waiter is told so. */
  reached(latestWeek: number): boolean {
    if (!this.target || latestWeek < this.target.week) return false;
    this.release(true);
    return true;
  }

  /** Drops the target, telling its waiter whether it was reached. */
  release(ok: boolean): void {
    const target = this.target;
    this.target = undefined;
    target?.reached(ok);
  }
}
