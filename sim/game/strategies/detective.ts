import { COOPERATE, DEFECT, type Move, type Strategy } from '../strategy.ts';

/** The opening test: cooperate, defect, cooperate, cooperate. */
const OPENING: readonly Move[] = [COOPERATE, DEFECT, COOPERATE, COOPERATE];
/** Rounds whose replies count as retaliation (0-based). The Evolution of Trust checks rounds 1–3, not the fourth. */
const WATCHED_ROUNDS = 3;
const RETALIATED = 2;

/**
 * Prober: opens with cooperate, defect, cooperate, cooperate; if the other
 * defected in any of the first three rounds it then plays tit-for-tat,
 * otherwise it defects for the rest of the match. Memory: bit 0 the other's
 * last move, bit 1 set once the other has defected in a watched round.
 */
export const detective: Strategy = {
  key: 'detective',
  name: 'Detective (prober)',
  trustName: 'Detective',
  description: 'Opens cooperate, defect, cooperate, cooperate; then copies the other if it ever hit back, else always defects.',
  initialMemory: COOPERATE,
  first: () => OPENING[0],
  reply(memory, round) {
    if (round < OPENING.length) return OPENING[round];
    return memory & RETALIATED ? ((memory & 1) as Move) : DEFECT;
  },
  remember: (memory, _own, other, round) => (memory & RETALIATED) | (round < WATCHED_ROUNDS && other === DEFECT ? RETALIATED : 0) | other,
};
