/**
 * The playback clock. Time is explicit: the clock only decides *when* to ask
 * for the next weeks; the worker computes every week in order whatever the
 * speed, so speed never changes results. One request is in flight at a time
 * (never a skipped or doubled week). It runs on requestAnimationFrame, which
 * pauses in a background tab; on return, the time away is not "caught up".
 */

/** Advances the run by `weeks`; resolves when the page has drawn them. */
export type AdvanceRequest = (weeks: number) => Promise<void>;

/** At most this many weeks per request, so a slow frame does not turn into a long burst. */
const MAX_WEEKS_PER_REQUEST = 8;

export class PlaybackClock {
  private playing = false;
  private inFlight = false;
  private frame = 0;
  private lastTime: number | undefined;
  /** Fraction of a week owed since the last request. */
  private owed = 0;

  constructor(
    private readonly advance: AdvanceRequest,
    private weeksPerSecond: number,
  ) {}

  /** Weeks per second played. */
  get speed(): number {
    return this.weeksPerSecond;
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** Whether a request for weeks is still on its way (it completes even after a pause: no week is dropped). */
  get isAdvancing(): boolean {
    return this.inFlight;
  }

  setSpeed(weeksPerSecond: number): void {
    this.weeksPerSecond = weeksPerSecond;
  }

  play(): void {
    if (this.playing) return;
    this.playing = true;
    this.lastTime = undefined;
    // The first week comes at once, so Play feels immediate.
    this.owed = 1;
    this.frame = requestAnimationFrame((t) => this.tick(t));
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
  }

  /** One week now (the Step button); ignored while a request is in flight. */
  async stepOnce(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    try {
      await this.advance(1);
    } finally {
      this.inFlight = false;
    }
  }

  private tick(now: number): void {
    if (!this.playing) return;
    this.frame = requestAnimationFrame((t) => this.tick(t));
    // A long gap (background tab, debugger) counts as one frame, not as weeks owed.
    const elapsed = this.lastTime === undefined ? 0 : Math.min(now - this.lastTime, 100);
    this.lastTime = now;
    this.owed += (elapsed / 1000) * this.weeksPerSecond;
    if (this.inFlight || this.owed < 1) return;
    const weeks = Math.min(MAX_WEEKS_PER_REQUEST, Math.floor(this.owed));
    this.owed -= weeks;
    this.inFlight = true;
    this.advance(weeks)
      .catch(() => this.pause())
      .finally(() => {
        this.inFlight = false;
      });
  }
}
