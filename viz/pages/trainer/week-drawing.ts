/**
 * When the trainer page draws a week, and in which animation frame each part
 * of it goes. Paused, stepped or scrubbed, a week is drawn at once. While a
 * run plays, weeks are drawn on animation frames, at most one week per draw
 * (the latest: the history keeps every week, so the scrubber still replays
 * each one), with a frame or two free between draws; and each draw is spread
 * over several frames, one part each (FrameQueue): the network now, its canvas
 * in the next frame (painted by viz/network/paint.ts), the controls, levers and
 * guide in the one after, the log in a frame of its own at most every
 * LOG_INTERVAL_MS. The charts' redraws keep out of all of those frames
 * (`frameTaken`). Each part costs a frame its script and then the page's style,
 * layout, paint and commit of what it changed; two parts in one frame made the
 * frames over budget (docs/benchmarks.md).
 */
import { FrameQueue, type FrameScheduler } from '../../ui/frame-queue.ts';

/** One animation frame at 60 Hz (ms). */
export const FRAME_MS = 1000 / 60;
/**
 * While playing, the log is redrawn at most this often (ms): its new lines move every line below them, which costs the
 * page a relayout and repaint of the list; lines of the weeks in between appear with the next redraw.
 */
export const LOG_INTERVAL_MS = 250;
/** Above this speed (weeks a second) two frames are left free between weekly draws, else one. */
const FAST_SPEED = 20;

/** The parts of a week's drawing (each reads the week on screen when it runs). */
export interface WeekParts {
  /** The network (and the charts' note of the week: they redraw on frames of their own). */
  readonly network: () => void;
  /** The controls, the levers and the guide. */
  readonly panels: () => void;
  readonly log: () => void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export class WeekDrawing {
  private readonly jobs: FrameQueue;
  private drawRequested = false;
  /** The animation frame time of the last weekly draw while playing. */
  private drawnAtFrame = -Infinity;
  /** A weekly draw waits for this frame time at the earliest. */
  private drawNotBefore = -Infinity;
  private logShownAt = -Infinity;

  constructor(
    private readonly parts: WeekParts,
    /** The playback speed (weeks a second) and whether the run plays now. */
    private readonly playback: () => { readonly playing: boolean; readonly speed: number },
    private readonly frames: FrameScheduler = animationFrames,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.jobs = new FrameQueue(frames);
  }

  /**
   * While playing: draws the latest week on a coming animation frame (weeks arriving before it are drawn once, with
   * it), leaving at least one frame (two above FAST_SPEED) between two weekly draws.
   */
  request(): void {
    if (this.drawRequested) return;
    this.drawRequested = true;
    const frame = (time: number) => {
      if (time < this.drawNotBefore) {
        this.frames.request(frame);
        return;
      }
      this.drawRequested = false;
      this.drawnAtFrame = time;
      this.drawNotBefore = time + (this.playback().speed > FAST_SPEED ? 2.5 : 1.5) * FRAME_MS;
      this.draw();
    };
    this.frames.request(frame);
  }

  /** Draws the week on screen now: all of it when paused, else the network now and the rest on the frames after. */
  draw(): void {
    this.parts.network();
    if (!this.playback().playing) {
      this.jobs.clear();
      this.parts.panels();
      this.drawLog();
      return;
    }
    // A frame kept for the network's canvas, which paints in the frame after a weekly draw.
    this.jobs.add('canvas', () => {});
    this.jobs.add('panels', () => this.parts.panels());
    if (this.now() - this.logShownAt >= LOG_INTERVAL_MS) this.jobs.add('log', () => this.drawLog());
  }

  /** Drops the parts still waiting (a new run: it draws itself). */
  clear(): void {
    this.jobs.clear();
  }

  /**
   * Whether a chart redraw should keep out of the frame at `time`: a weekly draw's frame (one that ran, or one that may
   * run now) or a frame of one of its other parts.
   */
  readonly frameTaken = (time: number): boolean =>
    time - this.drawnAtFrame < 0.5 * FRAME_MS || this.jobs.busy(time) || (this.drawRequested && time >= this.drawNotBefore);

  private drawLog(): void {
    this.logShownAt = this.now();
    this.parts.log();
  }
}
