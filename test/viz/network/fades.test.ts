import { describe, expect, it } from 'vitest';
import { FADE_MS, packPeople } from '../../../viz/network/paint.ts';
import { FLAG_LEADER, PERSON_FIELDS } from '../../../viz/network/person-marks.ts';
import type { PersonNode } from '../../../viz/network/person-node.ts';

const person = (over: Partial<PersonNode>): PersonNode => ({
  id: 1, name: 'Ana', team: 0, leader: false, style: 'giver', morale: 0.5, burnout: false, tenureWeeks: 10,
  leaving: false, shownAt: 0, leftAt: NaN, x: 10, y: 20, ...over,
});
const alpha = (node: PersonNode, now: number, fade = true) => packPeople([node], now, fade).people[3];

describe('turnover is visible on the network: newcomers fade in, leavers fade out', () => {
  it('a newcomer goes from invisible to fully drawn over FADE_MS, and is reported as still fading meanwhile', () => {
    const newcomer = person({ shownAt: 1000 });
    expect(alpha(newcomer, 1000)).toBe(0);
    expect(alpha(newcomer, 1000 + FADE_MS / 2)).toBeCloseTo(0.5, 5);
    expect(alpha(newcomer, 1000 + FADE_MS)).toBe(1);
    expect(packPeople([newcomer], 1000 + FADE_MS / 2, true).fading).toBe(true);
    expect(packPeople([newcomer], 1000 + FADE_MS, true).fading).toBe(false);
  });

  it('a leaver goes from fully drawn to gone over FADE_MS after leaving', () => {
    const leaver = person({ leaving: true, leftAt: 5000 });
    expect(alpha(leaver, 5000)).toBe(1);
    const mid = alpha(leaver, 5000 + FADE_MS / 4);
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
    expect(alpha(leaver, 5000 + FADE_MS)).toBe(0);
  });

  it('with reduced motion nobody fades: a leaver is gone at once and a newcomer is there at once', () => {
    expect(alpha(person({ leaving: true, leftAt: 5000 }), 5000, false)).toBe(0);
    expect(alpha(person({ shownAt: 1000 }), 1000, false)).toBe(1);
  });

  it('packs position, morale colour and the leader flag for the painter', () => {
    const { people } = packPeople([person({ x: 3, y: 4, leader: true, morale: 1 })], 10_000, true);
    expect(people.length).toBe(PERSON_FIELDS);
    expect([people[0], people[1]]).toEqual([3, 4]);
    expect(people[4] & FLAG_LEADER).toBe(FLAG_LEADER);
  });
});
