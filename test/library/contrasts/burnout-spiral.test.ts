import { describeContrasts } from '../contrasts.ts';

describeContrasts('burnout-spiral.json');
