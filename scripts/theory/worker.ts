/** Worker thread of the validation suite: unit u is one setting on one seed (compute.ts). */
import { serveTasks } from '../../cli/parallel/taskWorker.ts';
import { theoryComputer, type TheoryInit } from './compute.ts';

serveTasks<TheoryInit>(theoryComputer);
