/**
 * People that growth events can add over a run: each event adds `add`
 * positions to its team, or to every team when it names none. Used by the
 * validator (the people limit) and the engine (storage slots), so both count
 * alike. Kept apart from the schema so the engine need not load zod.
 */
interface GrowthLike {
  readonly type: string;
  readonly team?: string;
  readonly add?: number;
}

export function growthPositions(events: readonly GrowthLike[], teamCount: number): number {
  let total = 0;
  for (const e of events) if (e.type === 'growth' && e.add !== undefined) total += e.add * (e.team === undefined ? teamCount : 1);
  return total;
}
