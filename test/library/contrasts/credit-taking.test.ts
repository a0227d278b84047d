import { describeContrasts } from '../contrasts.ts';

describeContrasts('credit-taking.json');
