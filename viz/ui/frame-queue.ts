/**
 * Page work spread over animation frames, one job per frame. While a run
 * plays, each weekly draw's parts (the network's canvas, the controls, the
 * log) and the charts' redraws each cost a frame's script and then the page's
 * style, layout, paint and commit of what they changed; two in one frame made
 * the frames over budget (docs/benchmarks.md). Jobs run in the order they were
 * first queued; a job queued again before it ran keeps its place and runs once
 * (it reads the newest state when it runs). `busy` tells other frame-driven
 * work (the chart panel) which frames are taken.
 */

/** A job's name: queuing a name already waiting replaces its function, not its place. */
export type FrameJobKey = string;

export interface FrameScheduler {
  request(callback: (time: number) => void): number;
  cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export class FrameQueue {
  private readonly jobs = new Map<FrameJobKey, () => void>();
  private handle: number | undefined;
  /** The frame time of the last job run. */
  private ranAt = -Infinity;

  constructor(private readonly frames: FrameScheduler = animationFrames) {}

  /** Runs `job` in a frame of its own, after the jobs already waiting. */
  add(key: FrameJobKey, job: () => void): void {
    this.jobs.set(key, job);
    this.handle ??= this.frames.request((time) => this.run(time));
  }

  /** Whether the frame at `time` (an animation frame time) is taken: a job runs in it, or one is waiting for it. */
  busy(time: number): boolean {
    return this.jobs.size > 0 || time === this.ranAt;
  }

  /** Drops every waiting job (a new run). */
  clear(): void {
    if (this.handle !== undefined) this.frames.cancel(this.handle);
    this.handle = undefined;
    this.jobs.clear();
  }

  private run(time: number): void {
    this.handle = undefined;
    const next = this.jobs.entries().next();
    if (!next.done) {
      const [key, job] = next.value;
      this.jobs.delete(key);
      this.ranAt = time;
      job();
    }
    if (this.jobs.size > 0) this.handle ??= this.frames.request((t) => this.run(t));
  }
}
