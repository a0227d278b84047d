/**
 * Behaviour fingerprint: the SHA-256 of the CLI's output for every library scenario (scenarios/*.json with each of
 * its variants, and scenarios/classic/*.json) on seeds 1, 2 and 3. A refactor that must not change behaviour keeps
 * every line; diff the output of this script before and after (docs/quality.md, "Determinism").
 *
 *   npm run hashes                 # this checkout
 *   npm run hashes -- /other/tree  # another checkout (e.g. a `git worktree` of the commit before)
 *
 * It drives `cli/bin.mjs run … --format json` as a user would and reads nothing of the code, so it runs unchanged on
 * an older tree. Each line: scenario file, variant, seed, then the hash of the stamp (engine version, scenario hash,
 * variant, weeks) and that seed's rows (JSON rows, numbers to 6 significant digits); for a scenario of the organisation
 * one more line, "seeds 1-3", hashes the Parquet file of the three runs (every value at full precision, the stamp in
 * its metadata).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);
const SEEDS = [1, 2, 3];

function files(dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

function variantsOf(file: string): (string | undefined)[] {
  const scenario = JSON.parse(readFileSync(join(root, file), 'utf8')) as { variants?: { name: string }[] };
  return [undefined, ...(scenario.variants ?? []).map((v) => v.name)];
}

const scratch = mkdtempSync(join(tmpdir(), 'run-hashes-'));

function cli(file: string, variant: string | undefined, format: string[]): string {
  const args = [join(root, 'cli/bin.mjs'), 'run', file, '--seed', String(SEEDS[0]), '--runs', String(SEEDS.length), '--threads', '1', ...format];
  if (variant !== undefined) args.push('--variant', variant);
  return execFileSync('node', args, { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function run(file: string, variant: string | undefined): { stamp: Record<string, unknown>; columns: string[]; rows: unknown[][] } {
  return JSON.parse(cli(file, variant, ['--format', 'json']));
}

function parquetHash(file: string, variant: string | undefined): string {
  const out = join(scratch, 'runs.parquet');
  cli(file, variant, ['--format', 'parquet', '--out', out, '--force']);
  return createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 16);
}

for (const file of [...files('scenarios'), ...files('scenarios/classic')]) {
  const variants = file.startsWith('scenarios/classic/') ? [undefined] : variantsOf(file);
  for (const variant of variants) {
    const { stamp, columns, rows } = run(file, variant);
    const seedColumn = columns.indexOf('seed');
    const { seeds: _seeds, ...rest } = stamp;
    for (const seed of SEEDS) {
      const hash = createHash('sha256').update(JSON.stringify(rest));
      for (const row of rows) if (row[seedColumn] === seed) hash.update(`\n${JSON.stringify(row)}`);
      console.log(`${file}\t${variant ?? 'baseline'}\tseed ${seed}\t${hash.digest('hex').slice(0, 16)}`);
    }
    if (!file.startsWith('scenarios/classic/')) console.log(`${file}\t${variant ?? 'baseline'}\tseeds 1-3\t${parquetHash(file, variant)}`);
  }
}
rmSync(scratch, { recursive: true, force: true });
