/** Worker thread of the evidence runner: unit u is seed number u of the plan's distinct seeds. */
import { serveTasks } from '../../cli/parallel/taskWorker.ts';
import { seedComputer, type EvidenceInit } from './compute.ts';

serveTasks<EvidenceInit>(seedComputer);
