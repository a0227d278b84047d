import { describeContrasts } from '../contrasts.ts';

describeContrasts('silos.json');
