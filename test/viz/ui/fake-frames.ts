import type { FrameScheduler } from '../../../viz/ui/frame-queue.ts';

/** Animation frames by hand: `tick()` runs the callbacks asked for before it, at the next frame time. */
export function frames() {
  let waiting = new Map<number, (time: number) => void>();
  let next = 1;
  let time = 0;
  const scheduler: FrameScheduler = {
    request(callback) {
      waiting.set(next, callback);
      return next++;
    },
    cancel(handle) {
      waiting.delete(handle);
    },
  };
  return {
    scheduler,
    get time() {
      return time;
    },
    tick() {
      time += 1000 / 60;
      const now = waiting;
      waiting = new Map();
      for (const callback of now.values()) callback(time);
    },
    get pending() {
      return waiting.size;
    },
  };
}
