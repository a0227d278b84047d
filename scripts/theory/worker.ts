/** Worker thread of the validation suite: unit u is one setting on one seed (compute.ts). */
import { serveUnits } from '../../cli/parallel/unitWorker.ts';
import { theoryComputer, type TheoryInit } from './compute.ts';

serveUnits<TheoryInit, Float64Array>(theoryComputer);
