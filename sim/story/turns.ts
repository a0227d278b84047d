/**
 * The ups and downs of a person's morale, and what went with them: the
 * largest rises and falls of their weekly morale (at most a few, none
 * overlapping), each with how their trust in the leader and their energy
 * moved over the same weeks and the moments of their story that fell in them
 * and point the same way (a breach, a refusal, a colleague leaving, burnout
 * for a fall; recognition, help, a repair, a mentor for a rise). These are the
 * terms of the engine's morale target a person's record shows (sim/MODEL.md,
 * morale): trust in the leader, energy below the burnout line, recognition,
 * conflicts. Pure: numbers in, numbers out; the page words them.
 */
import type { StoryEntry, StoryKind } from '../types.ts';

/** A person's weekly record: index i is week `fromWeek + i`. */
export interface PersonWeeks {
  readonly fromWeek: number;
  readonly morale: ArrayLike<number>;
  readonly trustInLeader: ArrayLike<number>;
  readonly energy: ArrayLike<number>;
}

/** One rise or fall of morale, with what moved with it. */
export interface MoraleTurn {
  readonly from: number;
  readonly to: number;
  /** Morale at `from` and at `to`. */
  readonly morale: readonly [number, number];
  /** Trust in the leader and energy at `from` and at `to`. */
  readonly trustInLeader: readonly [number, number];
  readonly energy: readonly [number, number];
  /** Indices (into the story's entries) of the moments in these weeks that point the same way. */
  readonly entries: readonly number[];
}

/** Moments of a story that lower morale, and those that raise it. */
export const DOWN_KINDS: ReadonlySet<StoryKind> = new Set(['breach', 'was-refused', 'conflict', 'burnout', 'colleague-left', 'withdrew']);
export const UP_KINDS: ReadonlySet<StoryKind> = new Set(['recognised', 'was-helped', 'repaired', 'mentored']);

/** A turn is a change of at least this much morale over the window (6 points: more than a few weeks of mood). */
export const MIN_TURN = 0.06;
/** Weeks a change is first measured over; a turn then grows while morale keeps moving the same way. */
const WINDOW = 6;
const MAX_TURNS = 3;
/** Moments up to this many weeks before a turn starts count for it (morale follows what happens with a lag). */
const LEAD_WEEKS = 3;

/** The largest rises and falls of morale (in time order), each with what moved with it. */
export function moraleTurns(weeks: PersonWeeks, entries: readonly Pick<StoryEntry, 'week' | 'kind'>[]): MoraleTurn[] {
  const m = weeks.morale;
  const n = m.length;
  if (n < 2) return [];
  const window = Math.min(WINDOW, n - 1);
  const taken = new Uint8Array(n);
  const turns: { a: number; b: number }[] = [];
  while (turns.length < MAX_TURNS) {
    let best = -1;
    let bestChange = MIN_TURN;
    for (let a = 0; a + window < n; a++) {
      const b = a + window;
      if (taken[a] || taken[b]) continue;
      const change = Math.abs(m[b] - m[a]);
      if (change > bestChange) {
        bestChange = change;
        best = a;
      }
    }
    if (best < 0) break;
    let a = best;
    let b = best + window;
    const sign = Math.sign(m[b] - m[a]);
    // Grow the turn while morale keeps moving the same way (and no other turn is there).
    while (b + 1 < n && !taken[b + 1] && Math.sign(m[b + 1] - m[b]) * sign >= 0 && Math.abs(m[b + 1] - m[a]) >= Math.abs(m[b] - m[a])) b++;
    while (a - 1 >= 0 && !taken[a - 1] && Math.sign(m[a] - m[a - 1]) * sign >= 0 && Math.abs(m[b] - m[a - 1]) >= Math.abs(m[b] - m[a])) a--;
    for (let i = a; i <= b; i++) taken[i] = 1;
    turns.push({ a, b });
  }
  return turns
    .sort((x, y) => x.a - y.a)
    .map(({ a, b }) => {
      const from = weeks.fromWeek + a;
      const to = weeks.fromWeek + b;
      const kinds = m[b] < m[a] ? DOWN_KINDS : UP_KINDS;
      const moments: number[] = [];
      entries.forEach((e, i) => {
        if (e.week >= from - LEAD_WEEKS && e.week <= to && kinds.has(e.kind)) moments.push(i);
      });
      return {
        from,
        to,
        morale: [m[a], m[b]],
        trustInLeader: [weeks.trustInLeader[a], weeks.trustInLeader[b]],
        energy: [weeks.energy[a], weeks.energy[b]],
        entries: moments,
      };
    });
}
