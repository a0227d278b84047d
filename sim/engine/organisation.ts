/**
 * Process 8: organisation policies that act on relationships and culture.
 * - The helping norm: the smoothed share of requests met, nudged by a leader
 *   who helps first [Reciprocity and Organizational Culture; Leading by Example].
 * - Socialisation: newcomers learn the team's norm; strong onboarding turns
 *   newcomer takers into matchers, and in a low-norm team without it newcomers
 *   learn to take [Embedding Reciprocity into Organizational Values].
 * - Cross-functional projects create ties across teams [Creating Opportunities
 *   for Cross-Functional Collaboration; Reciprocity Beyond the Immediate Team].
 * - Working relationships re-form when someone has lost ties (after a boundary or
 *   a colleague's exit) [Facilitating Positive Peer-to-Peer Relationships].
 */
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import type { HelpTally } from './helping.ts';
import { drawFrom, STREAM, streamWeek } from './random.ts';
import { addTiePair, removeTiePair, tieCount, weakestTie } from './ties.ts';
import {
  GIVER, L_CROSS_FUNCTIONAL, L_LEAD_BY_EXAMPLE, L_SOCIALISATION, MATCHER, TAKER, TIE_CROSS, lever, type EngineState,
} from './state.ts';
import { nameOf, tell } from './stories.ts';

/** Updates each team's helping norm from this week's requests. */
export function updateNorms(s: EngineState, tally: HelpTally): void {
  for (let t = 0; t < s.T; t++) {
    const observed = tally.asked[t] > 0 ? tally.met[t] / tally.asked[t] : s.norm[t];
    const target = 0.85 * observed + 0.15 * lever(s, t, L_LEAD_BY_EXAMPLE);
    s.norm[t] += 0.08 * (target - s.norm[t]);
  }
}

let orgDraws = 0;
let socialDraws = 0;

/** Socialisation, cross-functional ties and re-forming ties for one week. */
export function organisationWeek(s: EngineState, cfg: EngineConfig): void {
  const { alive, id: idOf, role, startWeek, team } = s;
  const p = cfg.p;
  // This week's draw prefixes (bit-identical to draw(); see random.ts streamWeek).
  orgDraws = streamWeek(s.seed, STREAM.organisation, s.week);
  socialDraws = streamWeek(s.seed, STREAM.socialisation, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    const t = team[i];
    const id = idOf[i];
    const tenure = s.week - startWeek[i];
    if (tenure < 26) socialise(s, i, t, id);
    const cross = lever(s, t, L_CROSS_FUNCTIONAL);
    if (s.T > 1 && cross > 0 && drawFrom(orgDraws, id, 0) < 0.04 * cross) crossTie(s, i, t, id);
    // The draw first: both tests are pure, and the draw rules out 94% of people without counting their ties.
    if (drawFrom(orgDraws, id, 10) < 0.06 && tieCount(s, i) < p.tiesPerPerson - 1) {
      for (let k = 0; k < 6; k++) {
        const o = Math.floor(drawFrom(orgDraws, id, 11 + k) * s.cap);
        if (o !== i && alive[o] && team[o] === t && role[o] === ROLE_MEMBER && tieCount(s, o) < p.tiesPerPerson) {
          if (addTiePair(s, i, o, 0.4, 0.4, 0)) break;
        }
      }
    }
  }
}

function socialise(s: EngineState, i: number, t: number, id: number): void {
  const social = lever(s, t, L_SOCIALISATION);
  const u = drawFrom(socialDraws, id, 0);
  if (s.style[i] === TAKER) {
    if (u < 0.035 * social * (0.5 + 0.5 * s.norm[t])) {
      s.style[i] = MATCHER;
      tell(s, id, 'joined', `${nameOf(s, id)} picked up the team's habit of helping back.`);
    }
  } else if (s.style[i] !== GIVER && s.norm[t] < 0.6) {
    if (u < 0.05 * (1 - social) * (0.6 - s.norm[t])) s.style[i] = TAKER;
  }
}

function crossTie(s: EngineState, i: number, t: number, id: number): void {
  for (let k = 0; k < 4; k++) {
    const o = Math.floor(drawFrom(orgDraws, id, 1 + k) * s.cap);
    if (!s.alive[o] || s.team[o] === t || s.role[o] !== ROLE_MEMBER) continue;
    if (!addTiePair(s, i, o, 0.45, 0.45, TIE_CROSS)) {
      // A full network makes room by dropping its weakest, low-trust tie.
      const wi = weakestTie(s, i);
      const wo = weakestTie(s, o);
      if (wi >= 0 && s.tTrust[wi] < 0.35) removeTiePair(s, wi);
      if (wo >= 0 && s.tTrust[wo] < 0.35) removeTiePair(s, wo);
      addTiePair(s, i, o, 0.45, 0.45, TIE_CROSS);
    }
    return;
  }
}
