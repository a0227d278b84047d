#!/usr/bin/env node
// Entry of the `reciprocity-lab` command: registers tsx so Node can load the
// TypeScript sources, then hands over to cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
