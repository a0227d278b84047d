import { DEFECT, FORGETFUL, type Strategy } from '../strategy.ts';

/** Defects every round, whatever happens. */
export const alwaysDefect: Strategy = {
  key: 'alwaysDefect',
  name: 'Always defect',
  trustName: 'Always Cheat',
  description: 'Defects every round, whatever the other does.',
  ...FORGETFUL,
  first: () => DEFECT,
  reply: () => DEFECT,
};
