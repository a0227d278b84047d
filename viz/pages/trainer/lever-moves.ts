/**
 * Lever moves held for a moment before they are recorded: the nudges of one
 * slider (six arrow-key presses) or several levers set one after another
 * within a second become one policy change, not six. The moves are sent when
 * the levers have been still for `quietMs`, or at once before anything that
 * needs them recorded (a step, play, reset, an export, a link). The worker
 * merges moves that arrive before the week they take effect has started.
 */
import type { LeverKey } from '../../../sim/scenario/levers.ts';

/** How long the levers must be still before their moves are recorded. */
export const LEVER_QUIET_MS = 1000;

export class PendingLeverMoves {
  private readonly pending = new Map<LeverKey, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (moves: readonly (readonly [LeverKey, number])[]) => Promise<void>,
    private readonly quietMs = LEVER_QUIET_MS,
  ) {}

  /** Holds a move (a later move of the same lever replaces it) and restarts the wait. */
  add(key: LeverKey, value: number): void {
    this.pending.set(key, value);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch(() => undefined);
    }, this.quietMs);
  }

  /** The moves not yet recorded (what the sliders show over the levers in effect). */
  get values(): ReadonlyMap<LeverKey, number> {
    return this.pending;
  }

  /** Records every held move now; resolves when they (and any sent before) are recorded. */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size > 0) {
      const moves = [...this.pending];
      this.pending.clear();
      this.sending = this.sending.catch(() => undefined).then(() => this.send(moves));
    }
    return this.sending;
  }

  /** Forgets held moves (a new run starts). */
  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
