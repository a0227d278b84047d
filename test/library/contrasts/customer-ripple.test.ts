import { describeContrasts } from '../contrasts.ts';

describeContrasts('customer-ripple.json');
