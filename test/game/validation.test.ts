/**
 * The theory-mode validation suite (npm run validate-theory): every claim
 * holds, and the committed table in docs/ is what a fresh run produces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_JSON, TABLE_MD, runClaims, tableJson, tableMarkdown } from '../../scripts/theory/table.ts';

describe('theory mode reproduces the published results', () => {
  // About a minute of single-threaded work on a quiet machine; the timeout leaves room for a busy one.
  it('every claim passes, and docs/theory-validation.md and .json are up to date (run npm run validate-theory if not)', { timeout: 600_000 }, () => {
    const results = runClaims();
    const failed = results.filter((r) => !r.pass).map((r) => `${r.id}: measured ${r.measured}; judged by ${r.criterion}`);
    expect(failed).toEqual([]);
    expect(readFileSync(new URL(`../../${TABLE_MD}`, import.meta.url), 'utf8')).toBe(tableMarkdown(results));
    expect(readFileSync(new URL(`../../${TABLE_JSON}`, import.meta.url), 'utf8')).toBe(tableJson(results));
  });
});
