/** Parameters of customers, measurement, the adaptive leader, the starting population and the model switch. */
import { group } from './spec.ts';

const c = group('customers');
const m = group('measurement');
const a = group('adaptive leader');
const i = group('population');
const g = group('game');

export const ORGANISATION_PARAMETERS = [
  c('serviceLagRate', 0.12, 0, 1, 'share of the gap/week', 'Weekly rate at which a team’s reputation for service follows the quality of its recent encounters.', 'The Employee’s Role as the Face of the Business; Heskett et al. 1994 service-profit chain'),
  c('contactRate', 0.5, 0, 1, 'probability/week', 'Weekly chance that a customer deals with one of the team’s people.', 'assumption'),
  c('encounterBase', 0.2, 0, 1, '0–1 level', 'Quality of an encounter with someone of morale and energy 0.', 'assumption'),
  c('encounterMorale', 0.6, 0, 1, '0–1 level per unit morale', 'Encounter quality per unit of the employee’s morale (engaged people serve better).', 'Delivering Exceptional Service as the First Move; Heskett et al. 1994'),
  c('encounterEnergy', 0.2, 0, 1, '0–1 level per unit energy', 'Encounter quality per unit of the employee’s energy.', 'assumption'),
  c('loyaltyRate', 0.05, 0, 1, 'share of the gap per encounter', 'How far a customer’s loyalty moves toward what an encounter (or, between encounters, the team’s reputation) warrants.', 'The Customer’s Reciprocal Response: Loyalty'),
  c('loyaltyBase', 0.05, 0, 1, '0–1 level', 'Loyalty warranted by the worst service.', 'assumption'),
  c('loyaltyService', 0.85, 0, 1, '0–1 level per unit quality', 'Loyalty warranted per unit of service quality (scaled by personalisation).', 'assumption'),
  c('personalizationBase', 0.8, 0, 1, 'factor', 'Service value with no personalisation (1 with full personalisation).', 'Personalization and Understanding Customer Needs; assumption'),
  c('loyaltyFeedback', 0.1, 0, 1, '0–1 level', 'Loyalty added by acting on every piece of feedback.', 'Listening to and Acting on Customer Feedback; assumption'),
  c('extraMileRate', 0.03, 0, 1, 'probability/week', 'Weekly chance of a “wow” moment at full empowerment and perfect service.', 'Going the Extra Mile; assumption'),
  c('extraMileBump', 0.08, 0, 1, '0–1 level', 'Loyalty added by a “wow” moment.', 'assumption'),
  c('purchaseBase', 0.04, 0, 1, 'probability/week', 'Weekly purchase chance of a customer with no loyalty.', 'The Lifetime Value of a Reciprocal Customer; assumption'),
  c('purchaseLoyalty', 0.12, 0, 1, 'probability/week per unit loyalty', 'Extra purchase chance per unit of loyalty.', 'assumption'),
  c('advocacyThreshold', 0.75, 0, 1, '0–1 level', 'Loyalty at which a customer recommends the business.', 'Advocacy: The Highest Form of Reciprocity; assumption'),
  c('referralRate', 0.02, 0, 1, 'probability/week', 'Weekly chance that an advocate brings a referral.', 'assumption'),
  c('serviceFailureHonest', 0.06, 0, 1, '0–1 level', 'Loyalty lost in a service failure owned up to honestly.', 'Honesty and Transparency in All Dealings; assumption'),
  c('serviceFailureHidden', 0.2, 0, 1, '0–1 level', 'Loyalty lost in a service failure played down.', 'assumption'),
  c('initialLoyalty', 0.5, 0, 1, '0–1 level', 'Mean loyalty of customers at the start.', 'assumption'),
  c('initialLoyaltySd', 0.1, 0, 0.5, 'sd', 'Spread of customers’ loyalty at the start.', 'assumption'),
  c('initialService', 0.6, 0, 1, '0–1 level', 'Service reputation of each team at the start.', 'assumption'),
  m('surveyFearScale', 0.35, 0, 1, '0–1 level', 'Most a fearful person inflates a survey answer (× surveyFear × (1 − safety)).', 'Measuring and Monitoring Cultural Health; assumption'),
  a('adaptStep', 0.1, 0, 1, 'lever units', 'How far an adaptive leader moves a lever after a worrying survey or a quarter of exits.', 'Leadership as the Continuous Gardener of Culture; assumption'),
  a('adaptRelax', 0.02, 0, 1, 'lever units', 'How far an adaptive leader lets a lever slip back after a reassuring survey (attention moves on).', 'assumption'),
  a('adaptMoraleDrop', 0.03, 0, 1, '0–1 level', 'Fall in the team’s survey morale since the last survey that worries an adaptive leader.', 'assumption'),
  a('adaptMoraleLine', 0.55, 0, 1, '0–1 level', 'Survey morale below which an adaptive leader is worried anyway.', 'assumption'),
  a('adaptExitLine', 0.2, 0, 2, 'annualised share', 'Annualised quits over the last quarter above which an adaptive leader is worried.', 'assumption'),
  i('initialEnergy', 0.75, 0, 1, '0–1 level', 'Mean energy at the start.', 'assumption'),
  i('initialEnergySd', 0.1, 0, 0.5, 'sd', 'Spread of energy at the start.', 'assumption'),
  i('initialSafety', 0.5, 0, 1, '0–1 level', 'Psychological safety at the start.', 'assumption'),
  i('initialTrustLeader', 0.62, 0, 1, '0–1 level', 'Mean trust in the leader at the start.', 'assumption'),
  i('initialTrustLeaderSd', 0.08, 0, 0.5, 'sd', 'Spread of trust in the leader at the start.', 'assumption'),
  i('initialBelonging', 0.6, 0, 1, '0–1 level', 'Mean belonging at the start.', 'assumption'),
  i('initialBelongingSd', 0.08, 0, 0.5, 'sd', 'Spread of belonging at the start.', 'assumption'),
  i('initialRecognition', 0.3, 0, 1, '0–1 level', 'Recent recognition at the start.', 'assumption'),
  i('initialTenureWeeks', 250, 1, 2000, 'weeks', 'Mean tenure at the start (exponential, as under a constant quit rate).', 'assumption; BLS median tenure ≈ 4 years'),
  i('favouriteShare', 0.35, 0, 1, 'share', 'Share of in-group members a leader favours.', 'assumption'),
  g('workplaceLayers', 1, 0, 1, 'switch', 'Whether the workplace layers run (1) or only the bare donation game of styles, costs and benefits (0). Classic games with their own rules live in the scenario’s `game` section.', 'The Psychology of Reciprocity; Nowak 2006', true),
] as const;
