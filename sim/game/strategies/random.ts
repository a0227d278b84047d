import { COOPERATE, DEFECT, FORGETFUL, type Chance, type Strategy } from '../strategy.ts';

const coin = (chance: Chance) => (chance() < 0.5 ? COOPERATE : DEFECT);

/** Cooperates or defects with a fair coin flip each round. */
export const random: Strategy = {
  key: 'random',
  name: 'Random',
  trustName: 'Random',
  description: 'Cooperates or defects at random, 50:50, every round.',
  ...FORGETFUL,
  first: coin,
  reply: (_memory, _round, chance) => coin(chance),
};
