import { COOPERATE, DEFECT, type Strategy } from '../strategy.ts';

/**
 * Defects only after the other defected in each of the last two rounds.
 * Memory: how many rounds in a row the other has defected (a cooperation resets it).
 */
export const titForTwoTats: Strategy = {
  key: 'titForTwoTats',
  name: 'Tit-for-two-tats',
  trustName: 'Copykitten',
  description: 'Cooperates, and defects only after the other defected two rounds in a row.',
  initialMemory: 0,
  first: () => COOPERATE,
  reply: (memory) => (memory >= 2 ? DEFECT : COOPERATE),
  remember: (memory, _own, other) => (other === DEFECT ? memory + 1 : 0),
};
