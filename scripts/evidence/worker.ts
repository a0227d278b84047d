/** Worker thread of the evidence runner: unit u is seed number u of the plan's distinct seeds. */
import { serveUnits } from '../../cli/parallel/unitWorker.ts';
import { seedComputer, type EvidenceInit } from './compute.ts';

serveUnits<EvidenceInit, Float64Array>(seedComputer);
