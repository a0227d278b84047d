import { COOPERATE, DEFECT, type Strategy } from '../strategy.ts';

/** Cooperates until the other defects once, then defects for the rest of the match. Memory: 1 once betrayed. */
export const grudger: Strategy = {
  key: 'grudger',
  name: 'Grudger',
  trustName: 'Grudger',
  description: 'Cooperates until the other defects once, then defects for the rest of the match.',
  initialMemory: 0,
  first: () => COOPERATE,
  reply: (memory) => (memory === 1 ? DEFECT : COOPERATE),
  remember: (memory, _own, other) => (other === DEFECT ? 1 : memory),
};
