/**
 * `npm run gen`: writes the generated files (the JSON Schema and the format
 * reference). `npm run gen -- --check` only compares and exits 1 when stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILES } from './docs/format-reference.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const file of GENERATED_FILES) {
  const path = join(root, file.path);
  const wanted = file.content();
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = '';
  }
  if (current === wanted) continue;
  if (check) {
    console.error(`${file.path} is out of date: run npm run gen`);
    stale++;
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, wanted);
    console.log(`wrote ${file.path}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
