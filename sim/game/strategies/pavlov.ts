import { COOPERATE, type Move, type Strategy } from '../strategy.ts';

/**
 * Win-stay, lose-shift: cooperates first; repeats its own last move (as
 * played, a mistake included) when the other cooperated, and switches when
 * the other defected. Memory: the move it will play next.
 */
export const pavlov: Strategy = {
  key: 'pavlov',
  name: 'Pavlov (win-stay, lose-shift)',
  trustName: 'Simpleton',
  description: 'Cooperates first; keeps its last move if the other cooperated, switches if the other defected.',
  initialMemory: COOPERATE,
  first: () => COOPERATE,
  reply: (memory) => memory as Move,
  remember: (_memory, own, other) => (other === COOPERATE ? own : ((1 - own) as Move)),
};
