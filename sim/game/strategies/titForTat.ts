import { COOPERATE, type Move, type Strategy } from '../strategy.ts';

/** Cooperates first, then plays whatever the other played last round. Memory: the other's last move. */
export const titForTat: Strategy = {
  key: 'titForTat',
  name: 'Tit-for-tat',
  trustName: 'Copycat',
  description: 'Cooperates first, then copies what the other did last round.',
  initialMemory: COOPERATE,
  first: () => COOPERATE,
  reply: (memory) => memory as Move,
  remember: (_memory, _own, other) => other,
};
