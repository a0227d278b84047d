/** scenarioHash covers what the engine reads: documentation fields ($schema, names of the scenario, descriptions) do not change it. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../cli/stamp.ts';
import { scenarioForHash, validateScenario, type Scenario } from '../../sim/index.ts';
import { canonicalJson, sha256Hex } from '../../viz/pages/compare/stamp.ts';
import { SMALL_SCENARIO, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

const valid = (input: unknown): Scenario => {
  const r = validateScenario(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

describe('scenarioHash', () => {
  it('is the same with or without $schema, and after redescribing the scenario and its variants; renaming changes it (the name is part of a run’s luck)', async () => {
    const dir = scenarioDir();
    const documented = {
      ...SMALL_SCENARIO,
      $schema: './scenario.schema.json',
      description: 'now described',
      facilitatorNote: 'a note',
      variants: SMALL_SCENARIO.variants.map((v) => ({ ...v, description: 'changed' })),
    };
    writeFileSync(join(dir, 'documented.json'), JSON.stringify(documented));
    const stamp = async (file: string) => JSON.parse((await cliInProcess(['run', file, '--weeks', '1', '--threads', '1', '--format', 'json'], dir)).stdout).stamp.scenarioHash;
    expect(await stamp('documented.json')).toBe(await stamp('small.json'));
    writeFileSync(join(dir, 'changed.json'), JSON.stringify({ ...SMALL_SCENARIO, policy: { recognitionFrequency: 0.5 } }));
    expect(await stamp('changed.json')).not.toBe(await stamp('small.json'));
    writeFileSync(join(dir, 'renamed.json'), JSON.stringify({ ...SMALL_SCENARIO, name: 'renamed' }));
    expect(await stamp('renamed.json')).not.toBe(await stamp('small.json'));
  });

  it('is what the comparison page shows for the same scenario', async () => {
    const scenario = valid({ ...SMALL_SCENARIO, $schema: './scenario.schema.json' });
    expect(await sha256Hex(canonicalJson(scenarioForHash(scenario)))).toBe(scenarioHash(scenario));
  });
});
