/**
 * What docs/quality.md promises of sim/ (Determinism): no Math.random, no clock, and no imports of the page, Node or
 * the worker API — sim/worker.ts, the trainer page's worker entry, is the one module of sim/ that talks to comlink.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIM = new URL('../../sim/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The file's code without its comments (a comment may name what the code must not do). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function violations(name: string, text: string): string[] {
  const found: string[] = [];
  if (/\bMath\.random\b/.test(text)) found.push('Math.random');
  if (/\b(Date\.now|performance\.now|new Date)\b/.test(text)) found.push('a clock');
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('node:') || /^(fs|path|os|worker_threads|child_process|crypto)$/.test(spec)) found.push(`Node (${spec})`);
    if (spec.includes('/viz/') || spec.startsWith('../viz')) found.push(`the page (${spec})`);
    if (spec === 'comlink' && name !== 'worker.ts') found.push('comlink');
  }
  return found;
}

describe('sim/ is pure', () => {
  const files = sources(SIM);

  it('reads sim/ (the check is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(violations('x.ts', "import { a } from 'node:fs';\nconst r = Math.random();")).toEqual(['Math.random', 'Node (node:fs)']);
    expect(violations('x.ts', "import * as C from 'comlink';")).toEqual(['comlink']);
  });

  it('no Math.random, no clock, no Node, no page, and comlink only in sim/worker.ts', () => {
    const found = files.flatMap((file) => violations(relative(SIM, file), code(file)).map((v) => `${relative(SIM, file)}: ${v}`));
    expect(found).toEqual([]);
  });
});
