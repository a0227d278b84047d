import { describeContrasts } from '../contrasts.ts';

describeContrasts('growing-fast.json');
