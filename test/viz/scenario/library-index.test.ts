/** The scenario picker's list, as the build reads it from every library file (viz/scenario/library-index.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeLibraryText } from '../../../viz/scenario/library-index.ts';

describe('the library index', () => {
  it('reads a file’s name, description and named variants', () => {
    const text = JSON.stringify({ name: 'A team', description: 'What it shows', variants: [{ name: 'kinder', description: 'More thanks' }, { name: 'plain' }] });
    expect(describeLibraryText('team.json', text)).toEqual({
      file: 'team.json',
      name: 'A team',
      description: 'What it shows',
      variants: [{ name: 'kinder', description: 'More thanks' }, { name: 'plain', description: '' }],
    });
  });

  it('lists a file that is not JSON under its file name, and says so', () => {
    expect(describeLibraryText('broken.json', '{ "name": ')).toEqual({ file: 'broken.json', name: 'broken.json', description: 'This file is not valid JSON; open it to see the problem.', variants: [] });
  });

  it('names every shipped scenario by the name in its file', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    for (const file of files) expect(describeLibraryText(file, readFileSync(`scenarios/${file}`, 'utf8')).name).toBe(JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')).name);
  });
});
