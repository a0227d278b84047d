/**
 * Process 11 (optional): customers [The Customer as a Partner … The Lifetime
 * Value of a Reciprocal Customer]. Each week a customer may deal with one of
 * their team's people; the encounter is as good as that person's morale and
 * energy allow (engaged, rested people serve better: the employee as the face
 * of the business), and the customer's loyalty moves toward what the
 * encounter warrants, helped by personalisation and by acting on feedback. The
 * team's reputation for service follows its recent encounters. Extra-mile
 * moments add a jump; loyal customers buy more and the most loyal recommend
 * (advocacy); lifetime value sums purchases and referrals. Loyalty thus follows
 * frontline morale with the lag of many small encounters.
 */
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import { DRAW, drawAt, personWeek, STREAM, streamWeek } from './random.ts';
import type { EngineState } from './state.ts';

/** Per-week buffers: members grouped by team, and the week's encounters per team. */
export interface CustomerScratch {
  start: Int32Array;
  slots: Int32Array;
  quality: Float64Array;
  encounters: Float64Array;
}

function groupMembers(s: EngineState, x: CustomerScratch): void {
  const { start, slots } = x;
  start.fill(0);
  for (let i = 0; i < s.cap; i++) if (s.alive[i] && s.role[i] === ROLE_MEMBER) start[s.team[i] + 1]++;
  for (let t = 0; t < s.T; t++) start[t + 1] += start[t];
  const fill = x.encounters; // borrowed as a cursor per team, reset below
  fill.fill(0);
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.role[i] !== ROLE_MEMBER) continue;
    const t = s.team[i];
    slots[start[t] + fill[t]] = i;
    fill[t]++;
  }
}

/** Encounters, loyalty, purchases and referrals for one week. */
export function customersWeek(s: EngineState, cfg: EngineConfig, x: CustomerScratch): void {
  if (s.customerCount === 0) return;
  const c = cfg.scenario.customers;
  const p = cfg.p;
  groupMembers(s, x);
  x.quality.fill(0);
  x.encounters.fill(0);
  const draws = streamWeek(s.luck, STREAM.customers, s.week);
  const value = p.personalizationBase + (1 - p.personalizationBase) * c.personalization;
  for (let k = 0; k < s.customerCount; k++) {
    const t = s.cTeam[k];
    const luck = personWeek(draws, k);
    const n = x.start[t + 1] - x.start[t];
    let loyalty = s.cLoyalty[k];
    if (n > 0 && drawAt(luck, DRAW.customerContact) < p.contactRate) {
      const who = x.slots[x.start[t] + Math.floor(drawAt(luck, DRAW.customerWho) * n)];
      const q = p.encounterBase + p.encounterMorale * s.morale[who] + p.encounterEnergy * s.energy[who];
      x.quality[t] += q;
      x.encounters[t]++;
      const target = p.loyaltyBase + p.loyaltyService * q * value + p.loyaltyFeedback * c.actOnFeedback;
      loyalty += p.loyaltyRate * (target - loyalty);
      if (drawAt(luck, DRAW.customerExtraMile) < c.extraMile * p.extraMileRate * q) loyalty += p.extraMileBump;
    }
    loyalty = loyalty < 0 ? 0 : loyalty > 1 ? 1 : loyalty;
    s.cLoyalty[k] = loyalty;
    if (drawAt(luck, DRAW.customerPurchase) < p.purchaseBase + p.purchaseLoyalty * loyalty) s.cValue[k] += 1;
    const advocate = loyalty >= p.advocacyThreshold ? 1 : 0;
    s.cAdvocate[k] = advocate;
    if (advocate && drawAt(luck, DRAW.customerReferral) < p.referralRate) s.cValue[k] += 1;
  }
  for (let t = 0; t < s.T; t++) {
    if (x.encounters[t] > 0) s.serviceQuality[t] += p.serviceLagRate * (x.quality[t] / x.encounters[t] - s.serviceQuality[t]);
  }
}
