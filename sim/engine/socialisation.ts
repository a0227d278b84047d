/**
 * Socialisation [Embedding Reciprocity into Organizational Values]: newcomers
 * learn what is done here from what they see — their perceived helping norm
 * (norms.ts). Onboarding that teaches the norm turns a newcomer taker into
 * someone who helps back, the more readily the more help they have seen; in a
 * team where little help is seen and nobody teaches otherwise, newcomers learn
 * to take.
 */
import { tell } from '../narrate/happenings.ts';
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import { DRAW, drawFrom, STREAM, streamWeek } from './random.ts';
import { GIVER, L_SOCIALISATION, MATCHER, TAKER, lever, type EngineState } from './state.ts';

/** Style learning of every newcomer for one week. */
export function socialisationWeek(s: EngineState, cfg: EngineConfig): void {
  const p = cfg.p;
  const draws = streamWeek(s.luck, STREAM.socialisation, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.role[i] !== ROLE_MEMBER || s.week - s.startWeek[i] >= p.newcomerWeeks) continue;
    const social = lever(s, s.team[i], L_SOCIALISATION);
    const norm = s.norm[i];
    const style = s.style[i];
    if (style === TAKER) {
      if (drawFrom(draws, s.id[i], DRAW.socialisation) < p.socialisationTakerRate * social * (1 + norm) / 2) {
        s.style[i] = MATCHER;
        tell(s, s.id[i], { week: s.week, what: 'socialised', person: s.id[i] });
      }
    } else if (style !== GIVER && norm < p.socialisationNormLine) {
      if (drawFrom(draws, s.id[i], DRAW.socialisation) < p.socialisationDriftRate * (1 - social) * (p.socialisationNormLine - norm)) s.style[i] = TAKER;
    }
  }
}
