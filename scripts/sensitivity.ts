/**
 * `npm run sensitivity`: the Morris screening of the default scenario, as
 * `reciprocity-lab sensitivity --default` with the same options (a scenario
 * file may be given instead). `npm run sensitivity -- --write [--threads T]`
 * regenerates docs/sensitivity.json and docs/sensitivity.md.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SENSITIVITY_OPTIONS } from '../cli/commands/sensitivity.ts';
import { main } from '../cli/main.ts';
import { threadsOption } from '../cli/options.ts';
import { createProgress, type Progress } from '../cli/progress.ts';
import { SENSITIVITY_DOC_PATH, SENSITIVITY_JSON_PATH, buildSensitivityFile, renderSensitivityDoc } from './sensitivity/record.ts';

async function write(args: string[]): Promise<number> {
  const rest = args.filter((a) => a !== '--write');
  const threadsAt = rest.indexOf('--threads');
  const others = threadsAt >= 0 ? [...rest.slice(0, threadsAt), ...rest.slice(threadsAt + 2)] : rest;
  if (others.length > 0) {
    process.stderr.write(`error: --write regenerates the committed screening, which uses the default design: give it alone (or with --threads), not ${others.join(' ')}\n`);
    return 2;
  }
  const threads = threadsOption(threadsAt >= 0 ? rest[threadsAt + 1] : undefined);
  let bar: Progress | undefined;
  const file = await buildSensitivityFile(threads, (runs, total) => {
    bar ??= createProgress(total, 'sensitivity');
    bar.update(runs);
  });
  bar?.finish();
  writeFileSync(SENSITIVITY_JSON_PATH, `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(SENSITIVITY_DOC_PATH, renderSensitivityDoc(file));
  console.log(`wrote ${SENSITIVITY_JSON_PATH}, ${SENSITIVITY_DOC_PATH}`);
  return 0;
}

const args = process.argv.slice(2);
if (args.includes('--write')) {
  process.exitCode = await write(args);
} else {
  const { positionals, values } = parseArgs({ args, options: SENSITIVITY_OPTIONS, strict: false, allowPositionals: true });
  const scenario = positionals.length > 0 || values.default ? [] : ['--default'];
  process.exitCode = await main(['sensitivity', ...scenario, ...args]);
}
