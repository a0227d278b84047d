import { describe, expect, it } from 'vitest';
import { parseParam, pointLevels, setAtPath } from '../../cli/sweepParams.ts';

describe('sweep parameters', () => {
  it('a range includes both ends without floating-point noise', () => {
    expect(parseParam('policy.openness=0:1:0.1').values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('a list keeps numbers, booleans and names', () => {
    expect(parseParam('x=1,2.5,true,Alpha').values).toEqual([1, 2.5, true, 'Alpha']);
  });

  it('setting a value builds new objects along the path and leaves the original untouched', () => {
    const original = { policy: { a: 1, b: 2 }, teams: [{ size: 3 }, { size: 4 }] };
    const changed = setAtPath(setAtPath(original, 'policy.a', 9), 'teams.1.size', 7) as typeof original;
    expect(changed).toEqual({ policy: { a: 9, b: 2 }, teams: [{ size: 3 }, { size: 7 }] });
    expect(original).toEqual({ policy: { a: 1, b: 2 }, teams: [{ size: 3 }, { size: 4 }] });
    expect(changed.teams[0]).toBe(original.teams[0]);
  });

  it('a "__proto__" segment is refused and pollutes nothing', () => {
    expect(() => setAtPath({}, '__proto__.polluted', 1)).toThrow(/not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('design points enumerate levels with the first parameter slowest', () => {
    const params = [parseParam('a=1,2'), parseParam('b=1,2,3')];
    expect([0, 1, 2, 3, 4, 5].map((p) => pointLevels(params, p).join(''))).toEqual(['00', '01', '02', '10', '11', '12']);
  });
});
