import { describeContrasts } from '../contrasts.ts';

describeContrasts('psychological-safety.json');
