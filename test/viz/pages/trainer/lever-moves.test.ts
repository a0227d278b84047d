import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PendingLeverMoves } from '../../../../viz/pages/trainer/lever-moves.ts';

describe('lever moves held for a moment', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends six nudges of one slider within a second as one move, with the last value', async () => {
    const sent: (readonly (readonly [string, number])[])[] = [];
    const moves = new PendingLeverMoves(async (m) => void sent.push(m), 1000);
    for (const value of [0.45, 0.4, 0.35, 0.3, 0.25, 0.3]) {
      moves.add('recognitionFrequency', value);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(sent).toEqual([]);
    expect(moves.values.get('recognitionFrequency')).toBe(0.3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([[['recognitionFrequency', 0.3]]]);
    expect(moves.values.size).toBe(0);
  });

  it('sends moves of several levers together, at once when flushed, and moves a second apart separately', async () => {
    const sent: (readonly (readonly [string, number])[])[] = [];
    const moves = new PendingLeverMoves(async (m) => void sent.push(m), 1000);
    moves.add('advocacy', 0.8);
    moves.add('delegation', 0.2);
    await moves.flush();
    expect(sent).toEqual([[['advocacy', 0.8], ['delegation', 0.2]]]);
    moves.add('advocacy', 0.9);
    await vi.advanceTimersByTimeAsync(1100);
    moves.add('advocacy', 1);
    await vi.advanceTimersByTimeAsync(1100);
    expect(sent.slice(1)).toEqual([[['advocacy', 0.9]], [['advocacy', 1]]]);
    // Nothing held: flushing sends nothing more; a new run forgets what was held.
    await moves.flush();
    moves.add('openness', 0.1);
    moves.clear();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.length).toBe(3);
  });
});
