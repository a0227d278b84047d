import { describeContrasts } from '../contrasts.ts';

describeContrasts('taker-among-givers.json');
