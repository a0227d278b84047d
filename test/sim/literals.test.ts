import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every number of the weekly model is a named parameter (sim/parameters/) or a
 * named structural constant (state.ts, random.ts): a process file may hold no
 * numeric literal but 0, 1, −1 and 2 (index arithmetic, halves and doubles).
 */
const STRUCTURAL = new Set(['state.ts', 'random.ts', 'config.ts', 'buffers.ts', 'warmup.ts', 'metric-index.ts']);
const ALLOWED = new Set(['0', '1', '2']);

/** Source without comments and string contents (numbers in prose and messages are not model constants). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""');
}

/** Numeric literals in code (decimals, exponents, hex, integers), not parts of identifiers. */
export function numericLiterals(text: string): string[] {
  return [...code(text).matchAll(/(?<![\w$.])(?:0x[0-9a-f]+|\d+(?:_\d+)*(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)(?![\w$])/gi)].map((m) => m[0]);
}

describe('the engine holds no unnamed numbers', () => {
  const files = readdirSync('sim/engine').filter((f) => f.endsWith('.ts') && !STRUCTURAL.has(f));

  it.each(files)('%s has no numeric literal other than 0, 1, −1 and 2', (file) => {
    const found = numericLiterals(readFileSync(`sim/engine/${file}`, 'utf8')).filter((n) => !ALLOWED.has(n));
    expect(found, `move these into sim/parameters/ (or name them in state.ts if structural)`).toEqual([]);
  });

  it('the check finds literals where there are some, and ignores comments and strings', () => {
    expect(numericLiterals('const a = 0.35 * x; // 0.7 in a comment\nconst b = "0.9"; const c = 1e-6 + 3;')).toEqual(['0.35', '1e-6', '3']);
    expect(numericLiterals('x2 + y.z3 + 2 - 1')).toEqual(['2', '1']);
  });
});
