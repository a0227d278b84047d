/**
 * docs/sensitivity.md and docs/sensitivity.json are the current model's: the
 * suite reruns the first trajectories of the committed design on the same
 * seeds and compares the ranking with the committed check record exactly, and
 * the Markdown must be rendered from the JSON. SENSITIVITY_FULL=1 reruns the
 * whole design instead (docs/sensitivity.md says how long that takes).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runStudy, studyRecord } from '../../cli/sensitivity/run.ts';
import {
  CHECK_TRAJECTORIES,
  REGENERATE_SENSITIVITY,
  SENSITIVITY_DOC_PATH,
  SENSITIVITY_JSON_PATH,
  computeCheck,
  designs,
  readSensitivityFile,
  renderSensitivityDoc,
} from '../../scripts/sensitivity/record.ts';

const root = new URL('../../', import.meta.url);
const file = readSensitivityFile(root);
const stale = `${SENSITIVITY_JSON_PATH} is stale: run ${REGENERATE_SENSITIVITY}`;
const threads = Math.min(2, availableParallelism());

describe(SENSITIVITY_JSON_PATH, () => {
  it('holds the default design of `reciprocity-lab sensitivity --default` and its first trajectories as the check', async () => {
    const { full, check } = await designs();
    expect(file.full.command, stale).toBe(full.labels.command);
    expect(file.check.command, stale).toBe(check.labels.command);
    expect(file.check.design.trajectories).toBe(CHECK_TRAJECTORIES);
  });

  it.skipIf(process.env.SENSITIVITY_FULL === '1')(`matches a fresh run of its first ${CHECK_TRAJECTORIES} trajectories, exactly`, async () => {
    expect(JSON.parse(JSON.stringify(await computeCheck(threads))), stale).toEqual(file.check);
  }, 600_000);

  it.runIf(process.env.SENSITIVITY_FULL === '1')('matches a fresh run of the whole design, exactly', async () => {
    const { full } = await designs();
    const record = studyRecord(full.study, await runStudy(full.study, { threads }), full.labels);
    expect(JSON.parse(JSON.stringify(record)), stale).toEqual(file.full);
  }, 3_600_000);

  it(`${SENSITIVITY_DOC_PATH} is rendered from it`, () => {
    expect(readFileSync(new URL(SENSITIVITY_DOC_PATH, root), 'utf8'), `${SENSITIVITY_DOC_PATH} is stale: run ${REGENERATE_SENSITIVITY}`).toBe(renderSensitivityDoc(file));
  });
});
