import { describe, expect, it } from 'vitest';
import { FrameQueue, type FrameScheduler } from '../../../viz/ui/frame-queue.ts';

/** Animation frames by hand: `tick()` runs the callbacks asked for before it, at the next frame time. */
function frames() {
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

describe('FrameQueue: one job per animation frame', () => {
  it('runs jobs one per frame, in the order first queued', () => {
    const f = frames();
    const queue = new FrameQueue(f.scheduler);
    const ran: string[] = [];
    queue.add('a', () => ran.push('a'));
    queue.add('b', () => ran.push('b'));
    queue.add('c', () => ran.push('c'));
    expect(ran).toEqual([]);
    f.tick();
    expect(ran).toEqual(['a']);
    f.tick();
    expect(ran).toEqual(['a', 'b']);
    f.tick();
    expect(ran).toEqual(['a', 'b', 'c']);
    f.tick();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(f.pending).toBe(0);
  });

  it('a job queued again before it ran keeps its place and runs once, as queued last', () => {
    const f = frames();
    const queue = new FrameQueue(f.scheduler);
    const ran: string[] = [];
    queue.add('log', () => ran.push('log 1'));
    queue.add('panels', () => ran.push('panels'));
    queue.add('log', () => ran.push('log 2'));
    f.tick();
    f.tick();
    f.tick();
    expect(ran).toEqual(['log 2', 'panels']);
  });

  it('says which frames are taken: while jobs wait, and the frame a job ran in', () => {
    const f = frames();
    const queue = new FrameQueue(f.scheduler);
    expect(queue.busy(0)).toBe(false);
    queue.add('a', () => {});
    expect(queue.busy(f.time)).toBe(true);
    f.tick();
    expect(queue.busy(f.time)).toBe(true);
    expect(queue.busy(f.time + 1000 / 60)).toBe(false);
  });

  it('flush runs every waiting job at once, in order; clear drops them', () => {
    const f = frames();
    const queue = new FrameQueue(f.scheduler);
    const ran: string[] = [];
    queue.add('a', () => ran.push('a'));
    queue.add('b', () => ran.push('b'));
    queue.flush();
    expect(ran).toEqual(['a', 'b']);
    expect(f.pending).toBe(0);
    queue.add('c', () => ran.push('c'));
    queue.clear();
    f.tick();
    expect(ran).toEqual(['a', 'b']);
    expect(queue.has('c')).toBe(false);
  });

  it('a job may queue another: it runs in a later frame', () => {
    const f = frames();
    const queue = new FrameQueue(f.scheduler);
    const ran: number[] = [];
    queue.add('first', () => {
      ran.push(f.time);
      queue.add('second', () => ran.push(f.time));
    });
    f.tick();
    f.tick();
    expect(ran.length).toBe(2);
    expect(ran[1]).toBeGreaterThan(ran[0]);
  });
});
