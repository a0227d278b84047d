/**
 * `npm run facts`: the stylized facts, the library's claims and the calibration
 * targets, each judged on blocks of seeds (default 1:256, 10001:256,
 * 20001:256) and passing only when every block passes. One line each, with its
 * label. Exit code 1 if any fails, 2 for bad arguments.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProgress, type Progress } from '../cli/progress.ts';
import {
  CALIBRATIONS,
  CLAIMS,
  DEFAULT_BLOCKS,
  FACTS,
  LIBRARY,
  createRunModel,
  formatBlock,
  formatCalibrationLine,
  formatExperimentLine,
  formatSingleRunLine,
  resolveArm,
  singleRunCheck,
  singleRunFailures,
} from '../sim/experiments/index.ts';
import { seedBlocksOption, threadsArgument, usageFailure } from './options.ts';
import { renderFactsDoc } from './evidence/factsDoc.ts';
import { renderLibraryDoc } from './evidence/libraryDoc.ts';
import { computeEvidence } from './evidence/parallel.ts';
import { EVIDENCE_PATH, FACTS_DOC_PATH, LIBRARY_DOC_PATH, buildRecord, readRecord, serialiseRecord, type EvidenceRecord } from './evidence/record.ts';

const USAGE = `usage: npm run facts -- [--seeds START:COUNT[,START:COUNT…]] [--only facts|claims|calibration] [--threads N] [--write | --render]

Runs every stylized fact, library claim and calibration target on blocks of
seeds and prints one line each: PASS only when every block passes.
  --seeds    seed blocks (default ${DEFAULT_BLOCKS.map(formatBlock).join(',')}; the first is the development block)
  --only     run one group
  --threads  worker threads (default: the number of cores)
  --write    also regenerate ${EVIDENCE_PATH}, ${FACTS_DOC_PATH} and ${LIBRARY_DOC_PATH} (default blocks only)
  --render   only re-render ${FACTS_DOC_PATH} and ${LIBRARY_DOC_PATH} from the committed ${EVIDENCE_PATH}, running
             nothing (after editing a title, label, mechanism chain or source; the tests
             still check that ${EVIDENCE_PATH} is current)
`;

const fail: (message: string) => never = usageFailure('facts');

function options() {
  try {
    const { values } = parseArgs({
      options: {
        seeds: { type: 'string' },
        only: { type: 'string' },
        threads: { type: 'string' },
        write: { type: 'boolean' },
        render: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    const blocks = seedBlocksOption(values.seeds, DEFAULT_BLOCKS, fail);
    const only = values.only;
    if (only !== undefined && !['facts', 'claims', 'calibration'].includes(only)) fail(`--only must be facts, claims or calibration, got ${JSON.stringify(only)}`);
    const threads = threadsArgument(values.threads, fail);
    const defaultBlocks = blocks.map(formatBlock).join(',') === DEFAULT_BLOCKS.map(formatBlock).join(',');
    if (values.write && (!defaultBlocks || only !== undefined)) fail(`--write regenerates the committed files, which are on the default blocks with every group: drop --seeds and --only`);
    if (values.render && (values.write || values.seeds !== undefined || only !== undefined)) fail('--render runs nothing: give it alone');
    return { blocks, only, threads, write: values.write ?? false, render: values.render ?? false };
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) fail((error as Error).message);
    throw error;
  }
}

function writeDocs(record: EvidenceRecord): void {
  writeFileSync(FACTS_DOC_PATH, renderFactsDoc(record));
  writeFileSync(LIBRARY_DOC_PATH, renderLibraryDoc(record));
}

async function main(): Promise<number> {
  const o = options();
  if (o.render) {
    writeDocs(readRecord(new URL('../', import.meta.url)));
    console.log(`wrote ${FACTS_DOC_PATH}, ${LIBRARY_DOC_PATH} from ${EVIDENCE_PATH}`);
    return 0;
  }
  const experiments = o.only === 'facts' ? FACTS : o.only === 'claims' ? CLAIMS : o.only === 'calibration' ? [] : [...FACTS, ...CLAIMS];
  const calibrations = o.only === undefined || o.only === 'calibration' ? CALIBRATIONS : [];
  // Each seed runs every distinct arm once: the bar counts runs.
  const arms = [...experiments.flatMap((e) => (e.control ? [e.treatment, e.control] : [e.treatment])), ...calibrations.map((c) => c.arm)];
  const runsPerSeed = new Set(arms.map((a) => resolveArm(a).key)).size;
  let bar: Progress | undefined;
  const onProgress = (done: number, total: number) => {
    bar ??= createProgress(total * runsPerSeed, 'facts');
    bar.update(done * runsPerSeed);
  };
  process.stderr.write(`seed blocks ${o.blocks.map(formatBlock).join(', ')} on ${o.threads} thread(s)\n`);
  let evidence;
  let singleRuns;
  if (o.write) {
    const record = await buildRecord(o.blocks, { threads: o.threads, onProgress });
    writeFileSync(EVIDENCE_PATH, serialiseRecord(record));
    writeDocs(record);
    evidence = record.evidence;
    singleRuns = record.singleRuns;
  } else {
    evidence = await computeEvidence({ experiments, calibrations, blocks: o.blocks }, { threads: o.threads, onProgress });
    singleRuns = o.only === undefined || o.only === 'claims' ? singleRunCheck(LIBRARY, createRunModel()) : [];
  }
  bar?.finish();
  let failed = 0;
  for (const outcome of evidence.experiments) {
    const e = [...FACTS, ...CLAIMS].find((x) => x.id === outcome.id)!;
    if (!outcome.pass) failed++;
    console.log(formatExperimentLine(e, outcome));
  }
  for (const outcome of evidence.calibrations) {
    if (!outcome.pass) failed++;
    console.log(formatCalibrationLine(CALIBRATIONS.find((c) => c.id === outcome.id)!, outcome));
  }
  if (singleRuns.length > 0) {
    console.log(`\nThe single run a trainer sees (each arm once, at the scenario file's own seed):`);
    for (const r of singleRuns) console.log(formatSingleRunLine(r));
    console.log(`${singleRunFailures(singleRuns).length} of ${singleRuns.length} claims do not show in their scenario's own run.`);
  }
  const total = evidence.experiments.length + evidence.calibrations.length;
  console.log(`\n${total - failed} of ${total} pass on every block (${o.blocks.map(formatBlock).join(', ')}).`);
  if (o.write) console.log(`wrote ${EVIDENCE_PATH}, ${FACTS_DOC_PATH}, ${LIBRARY_DOC_PATH}`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
