/**
 * Process 4: the helping norm each person perceives [Reciprocity and
 * Organizational Culture]. It is learnt, not set: in a week a person asked for
 * help (or was offered it), their perceived norm moves toward the share that
 * was met; every week it is pulled toward the norms of the colleagues they
 * work with, so norms ripple along ties — across teams too, through
 * cross-functional ties and people who moved [The Ripple Effect of Positive
 * Peer Relations; Reciprocity Beyond the Immediate Team]. A team's helping norm
 * is the mean of its members' perceived norms.
 */
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import type { HelpScratch } from './helping.ts';
import type { EngineState } from './state.ts';

/** Updates every member's perceived helping norm from this week's requests and their colleagues. */
export function normsWeek(s: EngineState, cfg: EngineConfig, x: HelpScratch): void {
  const p = cfg.p;
  const { alive, role, norm, tPeer } = s;
  const K = s.K;
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    let n = norm[i];
    if (x.asked[i] > 0) n += p.normLearn * (x.met[i] / x.asked[i] - n);
    let sum = 0;
    let ties = 0;
    for (let j = i * K; j < i * K + K; j++) {
      const peer = tPeer[j];
      if (peer < 0) continue;
      sum += norm[peer];
      ties++;
    }
    if (ties > 0) n += p.normSpread * (sum / ties - n);
    norm[i] = n < 0 ? 0 : n > 1 ? 1 : n;
  }
}
