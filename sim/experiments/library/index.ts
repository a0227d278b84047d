/** The scenario library's catalogue, in the order docs/library.md lists it. */
import { burnoutSpiral } from './burnout-spiral.ts';
import { creditTaking } from './credit-taking.ts';
import { customerRipple } from './customer-ripple.ts';
import type { LibraryEntry } from './entry.ts';
import { growingFast } from './growing-fast.ts';
import { hiringFiveYears } from './hiring-five-years.ts';
import { layoffsContagion } from './layoffs-contagion.ts';
import { newLeader } from './new-leader.ts';
import { psychologicalSafety } from './psychological-safety.ts';
import { recognition } from './recognition.ts';
import { silos } from './silos.ts';
import { takerAmongGivers } from './taker-among-givers.ts';

export { libraryEntry, type ClaimSpec, type LibraryEntry } from './entry.ts';

export const LIBRARY: readonly LibraryEntry[] = [
  creditTaking,
  burnoutSpiral,
  takerAmongGivers,
  recognition,
  hiringFiveYears,
  psychologicalSafety,
  newLeader,
  silos,
  growingFast,
  customerRipple,
  layoffsContagion,
];

/** Every library claim, in catalogue order. */
export const CLAIMS = LIBRARY.flatMap((entry) => entry.claims);
