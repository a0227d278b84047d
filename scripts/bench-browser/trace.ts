/**
 * Reads a Chrome trace (devtools.timeline) and gives the renderer main
 * thread's busy time per frame: the durations of its top-level RunTask events,
 * bucketed between consecutive frame starts (AnimationFrame begins, or the
 * animation-frame callbacks when those are missing) on that same thread.
 * Needs the categories devtools.timeline and disabled-by-default-devtools.timeline.
 */
import { quantile as d3Quantile } from 'd3-array';

export interface TraceEvent {
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly ph: string;
  readonly name: string;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, µs, where the trace records it. */
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

export interface FrameCost {
  /** Main-thread busy milliseconds in each frame interval (wall time of its tasks: waiting inside a task counts). */
  readonly perFrameMs: number[];
  /**
   * Main-thread CPU milliseconds in each frame interval (the tasks' thread time, `tdur`, shared out in proportion to
   * their wall time in each interval); empty when the trace has no thread times. The difference to perFrameMs is time
   * the thread spent inside a task without running: preempted, or blocked (a commit waiting on the compositor).
   */
  readonly perFrameCpuMs: number[];
  /** Busy fraction of the whole window (0–1). */
  readonly busyShare: number;
  /** Which events marked the frames. */
  readonly frameMarker: string;
}

/** The page's main thread ("pid:tid"): the renderer main thread that did the most work. */
export function mainThread(events: readonly TraceEvent[]): string | undefined {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busyBy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(key)) busyBy.set(key, (busyBy.get(key) ?? 0) + (e.dur ?? 0));
  }
  return [...busyBy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Frame starts (µs, ascending) on the main thread, and which events marked them. */
export function frameIntervals(events: readonly TraceEvent[], main: string): { starts: number[]; frameMarker: string } {
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  // One AnimationFrame (async begin) per rendered frame; else the rAF callbacks, merged when they share a frame.
  let frameMarker = 'AnimationFrame';
  let starts = onMain.filter((e) => e.name === frameMarker && e.ph === 'b').map((e) => e.ts);
  if (starts.length < 10) {
    frameMarker = 'FireAnimationFrame';
    const fired = onMain.filter((e) => e.name === frameMarker).map((e) => e.ts).sort((a, b) => a - b);
    starts = fired.filter((t, i) => i === 0 || t - fired[i - 1] > 4000);
  }
  return { starts: [...new Set(starts)].sort((a, b) => a - b), frameMarker };
}

export function frameCosts(json: string): FrameCost | null {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = mainThread(events);
  if (!main) return null;
  const tasks = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const { starts, frameMarker } = frameIntervals(events, main);
  if (starts.length < 3 || tasks.length === 0) return null;
  // Busy microseconds overlapping each [start_i, start_{i+1}) interval (a task spanning two frames is split).
  const perFrame = new Array<number>(starts.length - 1).fill(0);
  const perFrameCpu = new Array<number>(starts.length - 1).fill(0);
  const hasCpu = tasks.some((t) => t.tdur !== undefined);
  let first = 0;
  for (const task of tasks) {
    const a = task.ts;
    const b = task.ts + (task.dur ?? 0);
    const cpuShare = task.dur ? (task.tdur ?? 0) / task.dur : 0;
    while (first < perFrame.length && starts[first + 1] <= a) first++;
    for (let i = first; i < perFrame.length && starts[i] < b; i++) {
      const overlap = Math.min(b, starts[i + 1]) - Math.max(a, starts[i]);
      if (overlap > 0) {
        perFrame[i] += overlap;
        perFrameCpu[i] += overlap * cpuShare;
      }
    }
  }
  const windowUs = starts[starts.length - 1] - starts[0];
  const busy = perFrame.reduce((s, x) => s + x, 0);
  return {
    perFrameMs: perFrame.map((us) => us / 1000),
    perFrameCpuMs: hasCpu ? perFrameCpu.map((us) => us / 1000) : [],
    busyShare: windowUs > 0 ? busy / windowUs : 0,
    frameMarker,
  };
}

/** The q-quantile of `values` (d3-array's, type 7 as in R and NumPy); NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  return d3Quantile(values, q) ?? NaN;
}
