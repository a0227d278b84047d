/** Worker thread of a Morris screening: unit p is design point p. */
import type { MorrisStudy } from '../../sim/sensitivity/morrisStudy.ts';
import { serveTasks } from '../parallel/taskWorker.ts';
import { pointComputer } from './compute.ts';

serveTasks<MorrisStudy>(pointComputer);
