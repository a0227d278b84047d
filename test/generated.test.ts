import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../scripts/docs/format-reference.ts';

describe('generated files', () => {
  it.each(GENERATED_FILES.map((f) => [f.path, f]))('%s matches the schema (run `npm run gen` if not)', (_path, file) => {
    expect(readFileSync(new URL(`../${file.path}`, import.meta.url), 'utf8')).toBe(file.content());
  });

  it('the format reference documents every lever and event type', () => {
    const reference = GENERATED_FILES.find((f) => f.path.endsWith('.md'))!.content();
    for (const key of ['recognitionFrequency', 'mentorship', 'creditTaking']) expect(reference).toContain(`\`${key}\``);
    for (const type of ['leaderBreach', 'teamMerger', 'serviceFailure']) expect(reference).toContain(`type "${type}"`);
  });
});
