import { describe, expect, it } from 'vitest';
import { frameCosts, quantile } from '../../scripts/bench-browser/trace.ts';

/** A small Chrome trace: one renderer main thread, frames every 16 ms, tasks with wall (dur) and thread (tdur) times. */
function trace(tasks: [ts: number, dur: number, tdur?: number][], frames = 12): string {
  const pid = 7;
  const tid = 1;
  const events: object[] = [{ ph: 'M', name: 'thread_name', pid, tid, ts: 0, args: { name: 'CrRendererMain' } }];
  for (let f = 0; f < frames; f++) events.push({ ph: 'b', name: 'AnimationFrame', pid, tid, ts: f * 16_000 });
  for (const [ts, dur, tdur] of tasks) events.push({ ph: 'X', name: 'RunTask', pid, tid, ts, dur, ...(tdur === undefined ? {} : { tdur }) });
  return JSON.stringify({ traceEvents: events });
}

describe('frameCosts (bench:browser)', () => {
  it('sums the main thread’s task time per frame, splitting a task that spans two frames', () => {
    const cost = frameCosts(trace([[1_000, 3_000, 3_000], [17_000, 2_000, 1_000], [30_000, 4_000, 4_000]]))!;
    expect(cost.perFrameMs.slice(0, 3)).toEqual([3, 4, 2]);
    expect(cost.perFrameMs.length).toBe(11);
    expect(cost.frameMarker).toBe('AnimationFrame');
  });

  it('gives CPU time per frame from the tasks’ thread time, shared like their wall time; waiting is not CPU', () => {
    // A 6 ms task that ran 3 ms (it waited 3 ms, e.g. a commit blocked on the compositor), half in each of two frames.
    const cost = frameCosts(trace([[13_000, 6_000, 3_000]]))!;
    expect(cost.perFrameMs.slice(0, 2)).toEqual([3, 3]);
    expect(cost.perFrameCpuMs.slice(0, 2)).toEqual([1.5, 1.5]);
  });

  it('has no CPU figures when the trace records no thread times', () => {
    expect(frameCosts(trace([[1_000, 3_000]]))!.perFrameCpuMs).toEqual([]);
    expect(quantile([], 0.95)).toBeNaN();
  });
});
