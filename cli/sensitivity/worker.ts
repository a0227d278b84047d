/** Worker thread of a Morris screening: unit p is design point p. */
import type { MorrisStudy } from '../../sim/sensitivity/morrisStudy.ts';
import { serveUnits } from '../parallel/unitWorker.ts';
import { pointComputer } from './compute.ts';

serveUnits<MorrisStudy, Float64Array>(pointComputer);
