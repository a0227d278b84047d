import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementaryEffects, morrisDelta, morrisDesign, morrisIndices, morrisTrajectory, rankByMuStar, type Trajectory } from '../../sim/analysis/morris.ts';

/** Runs a model over a design and returns the Morris indices. */
function screen(model: (x: Float64Array) => number, design: readonly Trajectory[], k: number) {
  const effects = design.map((t) => elementaryEffects(t.points, t.order, t.points.map(model)));
  return morrisIndices(effects, k);
}

/** The Sobol g-function: Π (|4x − 2| + a) / (1 + a); the smaller a_j, the more x_j matters. */
function gFunction(a: readonly number[]): (x: Float64Array) => number {
  return (x) => a.reduce((product, aj, j) => product * ((Math.abs(4 * x[j] - 2) + aj) / (1 + aj)), 1);
}

describe('Morris design', () => {
  it('Δ is p / (2(p − 1)): 2/3 on four levels', () => {
    expect(morrisDelta(4)).toBeCloseTo(2 / 3, 15);
    expect(morrisDelta(2)).toBe(1);
  });

  it('each trajectory moves every factor exactly once, by ±Δ, on the grid inside [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom(2, 4, 6, 8), fc.integer({ min: 0, max: 1000 }), (k, p, index) => {
        const t = morrisTrajectory({ factors: k, levels: p, trajectories: 1, seed: 'prop' }, index);
        expect(t.points).toHaveLength(k + 1);
        expect([...t.order].sort((a, b) => a - b)).toEqual(Array.from({ length: k }, (_, j) => j));
        for (let i = 0; i < k; i++) {
          const moved = Array.from({ length: k }, (_, j) => j).filter((j) => t.points[i + 1][j] !== t.points[i][j]);
          expect(moved).toEqual([t.order[i]]);
          expect(Math.abs(t.points[i + 1][t.order[i]] - t.points[i][t.order[i]])).toBeCloseTo(morrisDelta(p), 12);
        }
        for (const point of t.points) {
          for (const x of point) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
            expect(Math.abs(x * (p - 1) - Math.round(x * (p - 1)))).toBeLessThan(1e-9);
          }
        }
      }),
    );
  });

  it('is reproducible from its seed, and a smaller design is the prefix of a larger one', () => {
    const small = morrisDesign({ factors: 5, levels: 4, trajectories: 3, seed: 42 });
    const large = morrisDesign({ factors: 5, levels: 4, trajectories: 10, seed: 42 });
    expect(large.slice(0, 3)).toEqual(small);
    expect(morrisDesign({ factors: 5, levels: 4, trajectories: 3, seed: 43 })).not.toEqual(small);
  });

  it('visits every level of a factor about equally often (the property Δ = p / (2(p − 1)) is chosen for)', () => {
    const counts = [0, 0, 0, 0];
    for (const t of morrisDesign({ factors: 3, levels: 4, trajectories: 2000, seed: 'levels' })) {
      for (const point of t.points) counts[Math.round(point[0] * 3)]++;
    }
    const total = counts.reduce((a, b) => a + b, 0);
    for (const c of counts) expect(c / total).toBeCloseTo(0.25, 1);
  });

  it('refuses odd levels and empty designs with a message', () => {
    expect(() => morrisDesign({ factors: 3, levels: 5, trajectories: 2, seed: 1 })).toThrow(/levels must be an even/);
    expect(() => morrisDesign({ factors: 0, levels: 4, trajectories: 2, seed: 1 })).toThrow(/factors/);
    expect(() => morrisDesign({ factors: 2, levels: 4, trajectories: 0, seed: 1 })).toThrow(/trajectories/);
  });
});

describe('elementary effects and μ*, σ, μ', () => {
  it('on a linear model every elementary effect is the coefficient: μ = a, μ* = |a|, σ = 0', () => {
    const a = [3, -2, 0.5, 0, 10];
    const design = morrisDesign({ factors: a.length, levels: 4, trajectories: 12, seed: 'linear' });
    const indices = screen((x) => a.reduce((s, aj, j) => s + aj * x[j], 1), design, a.length);
    indices.forEach((index, j) => {
      expect(index.mu).toBeCloseTo(a[j], 10);
      expect(index.muStar).toBeCloseTo(Math.abs(a[j]), 10);
      expect(index.sigma).toBeCloseTo(0, 10);
      expect(index.n).toBe(12);
    });
    expect(rankByMuStar(indices).map((i) => i.factor)).toEqual([4, 0, 1, 2, 3]);
  });

  it('on y = x² (four levels) each effect is x_before + x_after: 2/3 or 4/3, and μ tends to the mean slope 1', () => {
    const design = morrisDesign({ factors: 1, levels: 4, trajectories: 4000, seed: 'square' });
    const effects = design.map((t) => elementaryEffects(t.points, t.order, t.points.map((x) => x[0] * x[0])));
    for (const e of effects) expect([2 / 3, 4 / 3].some((v) => Math.abs(e[0] - v) < 1e-12)).toBe(true);
    const [index] = morrisIndices(effects, 1);
    expect(index.mu).toBeCloseTo(1, 1);
    expect(index.sigma).toBeGreaterThan(0.3);
  });

  it('μ* cancels nothing where μ does: y = (x − 0.5)² has μ ≈ 0 but μ* > 0', () => {
    const design = morrisDesign({ factors: 1, levels: 4, trajectories: 2000, seed: 'u' });
    const [index] = screen((x) => (x[0] - 0.5) ** 2, design, 1);
    expect(Math.abs(index.mu)).toBeLessThan(0.05);
    expect(index.muStar).toBeGreaterThan(0.3);
  });

  it('an interaction (y = x₁x₂) shows in σ; a factor the model ignores has μ* = σ = 0', () => {
    const design = morrisDesign({ factors: 3, levels: 4, trajectories: 50, seed: 'interaction' });
    const [x1, x2, x3] = screen((x) => x[0] * x[1], design, 3);
    expect(x1.sigma).toBeGreaterThan(0.1);
    expect(x2.sigma).toBeGreaterThan(0.1);
    expect(x3.muStar).toBe(0);
    expect(x3.sigma).toBe(0);
  });

  it('ranks the Sobol g-function factors in the order of their importance (a = 0, 1, 4.5, 9, 99, 99)', () => {
    const a = [0, 1, 4.5, 9, 99, 99];
    const design = morrisDesign({ factors: a.length, levels: 4, trajectories: 200, seed: 'sobol-g' });
    const indices = screen(gFunction(a), design, a.length);
    expect(rankByMuStar(indices).slice(0, 4).map((i) => i.factor)).toEqual([0, 1, 2, 3]);
    // Analytically, the first-order importance of x_j is proportional to 1 / (3(1 + a_j)²): the a = 99 factors are negligible.
    expect(indices[4].muStar).toBeLessThan(indices[0].muStar / 30);
    expect(indices[5].muStar).toBeLessThan(indices[0].muStar / 30);
  });

  it('uses the change in the points given (a rounded whole-number factor), and leaves out steps that did not move', () => {
    const points = [Float64Array.of(0, 0), Float64Array.of(1, 0), Float64Array.of(1, 0)];
    const effects = elementaryEffects(points, [0, 1], [1, 3, 5]);
    expect(effects[0]).toBe(2);
    expect(effects[1]).toBeNaN();
    const [first, second] = morrisIndices([effects], 2);
    expect(first.n).toBe(1);
    expect(second.n).toBe(0);
    expect(second.muStar).toBeNaN();
    expect(rankByMuStar([second, first]).map((i) => i.factor)).toEqual([0, 1]);
  });
});
