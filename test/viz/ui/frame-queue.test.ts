import { describe, expect, it } from 'vitest';
import { FrameQueue } from '../../../viz/ui/frame-queue.ts';
import { frames } from './fake-frames.ts';

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

  it('clear drops the waiting jobs: none of them runs', () => {
    const f = frames();
    const queue = new FrameQueue(f.scheduler);
    const ran: string[] = [];
    queue.add('a', () => ran.push('a'));
    queue.add('b', () => ran.push('b'));
    queue.clear();
    f.tick();
    f.tick();
    expect(ran).toEqual([]);
    expect(f.pending).toBe(0);
    expect(queue.busy(f.time)).toBe(false);
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
