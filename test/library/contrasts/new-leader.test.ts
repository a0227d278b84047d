import { describeContrasts } from '../contrasts.ts';

describeContrasts('new-leader.json');
