import { describeContrasts } from '../contrasts.ts';

describeContrasts('layoffs-contagion.json');
