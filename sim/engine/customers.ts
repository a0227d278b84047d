/**
 * Process 10 (optional): customers. Service quality follows the morale of the
 * customer-facing team with a lag (serviceLagRate); each customer's loyalty
 * follows the service they get (loyaltyRate), helped by personalisation and by
 * acting on feedback; extra-mile moments add a jump; loyal customers buy more and
 * the most loyal recommend (advocacy), and lifetime value sums purchases and
 * referrals [The Customer as a Partner … The Lifetime Value of a Reciprocal Customer].
 */
import type { EngineConfig } from './config.ts';
import { drawFrom, STREAM, streamWeek } from './random.ts';
import type { EngineState } from './state.ts';

/** Advocates are customers whose loyalty is at least this. */
export const ADVOCACY_THRESHOLD = 0.75;

/** Updates service quality and every customer for one week. */
export function customersWeek(s: EngineState, cfg: EngineConfig, frontlineMorale: Float64Array): void {
  if (s.customerCount === 0) return;
  const c = cfg.scenario.customers;
  const p = cfg.p;
  for (let t = 0; t < s.T; t++) s.serviceQuality[t] += p.serviceLagRate * (frontlineMorale[t] - s.serviceQuality[t]);
  const customerDraws = streamWeek(s.seed, STREAM.customers, s.week);
  for (let k = 0; k < s.customerCount; k++) {
    const q = s.serviceQuality[s.cTeam[k]];
    const target = 0.05 + 0.85 * q * (0.8 + 0.2 * c.personalization) + 0.1 * c.actOnFeedback;
    let loyalty = s.cLoyalty[k] + p.loyaltyRate * (target - s.cLoyalty[k]);
    if (drawFrom(customerDraws, k, 0) < c.extraMile * 0.03 * q) loyalty += 0.08;
    loyalty = loyalty < 0 ? 0 : loyalty > 1 ? 1 : loyalty;
    s.cLoyalty[k] = loyalty;
    if (drawFrom(customerDraws, k, 1) < 0.04 + 0.12 * loyalty) s.cValue[k] += 1;
    const advocate = loyalty >= ADVOCACY_THRESHOLD ? 1 : 0;
    s.cAdvocate[k] = advocate;
    if (advocate && drawFrom(customerDraws, k, 2) < 0.02) s.cValue[k] += 1;
  }
}
