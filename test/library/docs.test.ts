import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY_DOC_PATH, renderLibraryDoc } from './docs.ts';

describe('docs/library.md', () => {
  const url = new URL(`../../${LIBRARY_DOC_PATH}`, import.meta.url);

  it('matches the scenario files and the claims table (UPDATE_LIBRARY_DOC=1 to regenerate)', () => {
    const rendered = renderLibraryDoc();
    if (process.env.UPDATE_LIBRARY_DOC) writeFileSync(url, rendered);
    expect(readFileSync(url, 'utf8')).toBe(rendered);
  });
});
