import { describeContrasts } from '../contrasts.ts';

describeContrasts('recognition.json');
