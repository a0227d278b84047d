import { COOPERATE, FORGETFUL, type Strategy } from '../strategy.ts';

/** Cooperates every round, whatever happens. */
export const alwaysCooperate: Strategy = {
  key: 'alwaysCooperate',
  name: 'Always cooperate',
  trustName: 'Always Cooperate',
  description: 'Cooperates every round, whatever the other does.',
  ...FORGETFUL,
  first: () => COOPERATE,
  reply: () => COOPERATE,
};
