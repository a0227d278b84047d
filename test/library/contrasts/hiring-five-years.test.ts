import { describeContrasts } from '../contrasts.ts';

describeContrasts('hiring-five-years.json');
