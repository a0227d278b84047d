/** What one round pays, as a matrix, whichever way the scenario wrote it. */
import type { PayoffConfig } from '../scenario/game.ts';

export interface PayoffMatrix {
  /** R: each, when both cooperate. */
  readonly reward: number;
  /** T: the defector, against a cooperator. */
  readonly temptation: number;
  /** S: the cooperator, against a defector. */
  readonly sucker: number;
  /** P: each, when both defect. */
  readonly punishment: number;
}

/** The matrix of a payoff section; the donation game (b, c) is R = b − c, T = b, S = −c, P = 0. */
export function payoffMatrix(config: PayoffConfig): PayoffMatrix {
  if (config.type === 'matrix') return { reward: config.reward, temptation: config.temptation, sucker: config.sucker, punishment: config.punishment };
  return { reward: config.benefit - config.cost, temptation: config.benefit, sucker: -config.cost, punishment: 0 };
}

/** The payoff of a player who played `own` against `other` (1 = cooperate). */
export function payoffOf(matrix: PayoffMatrix, own: number, other: number): number {
  if (own === 1) return other === 1 ? matrix.reward : matrix.sucker;
  return other === 1 ? matrix.temptation : matrix.punishment;
}

/** The payoffs indexed by own × 2 + other: [P, T, S, R]. */
export function payoffTable(matrix: PayoffMatrix): Float64Array {
  return Float64Array.of(matrix.punishment, matrix.temptation, matrix.sucker, matrix.reward);
}
