/**
 * `npm run validate-theory`: runs every claim of the theory-mode validation
 * suite (scripts/theory/claims.ts) on the scenarios in scenarios/classic/,
 * prints claim, source, published and measured values and PASS/FAIL, and
 * writes the table to docs/theory-validation.md and .json.
 *   --check   compare with the committed table instead of writing it (exit 1 when stale)
 *   --only a,b  run only the claims with these ids (prints; writes nothing)
 * Exit status 1 when a claim fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TABLE_JSON, TABLE_MD, reportLine, runClaims, tableJson, tableMarkdown } from './theory/table.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',').filter(Boolean)) : undefined;

const started = performance.now();
const results = runClaims((r) => process.stdout.write(reportLine(r)), only);
const failed = results.filter((r) => !r.pass).length;
process.stdout.write(`\n${results.length - failed} of ${results.length} claims hold (${((performance.now() - started) / 1000).toFixed(1)} s).\n`);

let stale = false;
if (!only) {
  for (const [file, text] of [
    [TABLE_MD, tableMarkdown(results)],
    [TABLE_JSON, tableJson(results)],
  ] as const) {
    const path = join(root, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    if (check) {
      process.stderr.write(`${file} is out of date: run npm run validate-theory\n`);
      stale = true;
    } else {
      writeFileSync(path, text);
      process.stdout.write(`wrote ${file}\n`);
    }
  }
}
process.exit(failed > 0 || stale ? 1 : 0);
