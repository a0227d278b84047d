/** Parameters of norms, imbalance, conflict and repair (sim/engine/norms.ts, imbalance.ts, repair.ts). */
import { group } from './spec.ts';

const norms = group('norms');
const imbalance = group('imbalance');
const repair = group('repair');

export const RELATIONSHIP_PARAMETERS = [
  norms('normInitial', 0.65, 0, 1, '0–1 level', 'Perceived helping norm everyone starts with.', 'assumption'),
  norms('normLearn', 0.1, 0, 1, 'share of the gap per week with requests', 'How far a person’s perceived norm moves toward the share of their own requests that were met, in a week they asked.', 'Reciprocity and Organizational Culture; assumption'),
  norms('normSpread', 0.05, 0, 1, 'share of the gap/week', 'Weekly pull of a person’s perceived norm toward that of the colleagues they work with (norms ripple along ties, across teams too).', 'The Ripple Effect of Positive Peer Relations; Reciprocity Beyond the Immediate Team; assumption'),
  norms('normExample', 0.15, 0, 1, 'share of the gap', 'How far a member’s perceived norm moves toward 1 when the leader helps them first.', 'Leading by Example: The First Mover; assumption'),
  imbalance('ledgerDecay', 0.97, 0, 1, 'share/week', 'Weekly retention of the reciprocity ledger (0.97 halves an unreturned favour in about 23 weeks).', 'The Continuous Nature of Relationship Maintenance'),
  imbalance('resentmentRate', 0.35, 0, 2, 'resentment per benefit unit per week', 'Resentment added per week per unit of one-sided ledger beyond the tolerated level.', 'Recognizing the Signs of an Imbalance; The Danger of Unchecked Imbalances'),
  imbalance('resentmentKeep', 0.93, 0, 1, 'share/week', 'Weekly retention of resentment.', 'assumption'),
  imbalance('giverResentment', 0.5, 0, 2, 'factor', 'How quickly givers resent one-sided relationships, relative to matchers.', 'Grant 2013; assumption'),
  imbalance('takerResentment', 1.2, 0, 2, 'factor', 'How quickly takers resent one-sided relationships, relative to matchers.', 'assumption'),
  imbalance('charterResentment', 0.6, 0, 1, 'share', 'How much a lived team charter reduces resentment from mismatched expectations.', 'Setting Clear Expectations and Boundaries; assumption'),
  imbalance('conflictThreshold', 0.5, 0, 2, 'resentment', 'Resentment at which a relationship turns into open conflict and the person withdraws from the other.', 'The Danger of Unchecked Imbalances'),
  imbalance('trainingThreshold', 0.3, 0, 2, 'share per unit training', 'How much collaboration training raises the resentment a relationship tolerates before conflict.', 'Training and Development for Collaborative Skills; assumption'),
  imbalance('conflictResolve', 0.5, 0, 1, 'share of the threshold', 'A conflict ends when resentment has fallen below this share of the conflict threshold.', 'assumption'),
  imbalance('conflictTrustKeep', 0.8, 0, 1, 'share', 'Share of trust kept when a relationship turns into conflict.', 'assumption'),
  imbalance('voiceRate', 0.45, 0, 1, 'probability/week at safety 1', 'Weekly chance, at full psychological safety, that a person names a building imbalance to the other (scales with safety squared); also the extra chance of a conversation about an open conflict.', 'The Importance of Open and Honest Conversation; The Role of Communication in Reciprocity; Edmondson 1999; Detert & Burris 2007'),
  imbalance('voiceSigns', 0.4, 0, 1, 'share of the threshold', 'Share of the conflict threshold at which resentment shows and can be voiced.', 'Recognizing the Signs of an Imbalance; assumption'),
  imbalance('rebalanceKeep', 0.5, 0, 1, 'share', 'Share of both ledgers kept when the other person answers a voiced imbalance by giving back (expectations are reset).', 'The Importance of Open and Honest Conversation; assumption'),
  imbalance('voiceIgnoredTrust', 0.05, 0, 1, '0–1 level', 'Trust lost when a voiced imbalance is brushed off.', 'assumption'),
  imbalance('guardedRate', 0.15, 0, 1, 'share/week', 'Weekly rate at which guardedness follows the share of one’s colleagues who have withdrawn.', 'The Danger of Unchecked Imbalances; assumption'),
  imbalance('withdrawTies', 2, 1, 16, 'ties', 'Relationships in conflict at which a person withdraws from everyone (one is enough while burnt out).', 'The Dangers of a One-Sided Relationship; assumption', true),
  imbalance('withdrawRecovery', 0.5, 0, 1, '0–1 level', 'Energy above which a withdrawn person with no conflict left starts helping again.', 'assumption'),
  repair('repairBase', 0.04, 0, 1, 'probability/week', 'Weekly chance of an open conversation about a conflict with no safety, empathy or training.', 'The Importance of Open and Honest Conversation'),
  repair('repairEmpathy', 0.06, 0, 1, 'probability/week per unit empathy', 'Extra chance of a conversation per unit of the pair’s mean empathy.', 'The Role of Empathy in Conflict Resolution; assumption'),
  repair('repairTraining', 0.08, 0, 1, 'probability/week', 'Extra chance of a conversation at full collaboration training.', 'Training and Development for Collaborative Skills; assumption'),
  repair('mediationRate', 0.3, 0, 1, 'probability/week', 'Weekly chance that a fully willing leader mediates an open conflict (× the leader’s empathy factor).', 'The Leader as a Mediator'),
  repair('mediationEmpathyBase', 0.5, 0, 1, 'factor', 'Mediation willingness of a leader with no empathy (rises to 1 with full empathy).', 'assumption'),
  repair('conversationListen', 0.6, 0, 1, 'factor', 'How readily the other person gives back after a plain conversation, relative to their willingness to help when asked (empathy and training add to it).', 'The Importance of Open and Honest Conversation; assumption'),
  repair('conversationEmpathy', 0.3, 0, 1, 'factor per unit empathy', 'Extra readiness per unit of the other person’s empathy.', 'The Role of Empathy in Conflict Resolution; assumption'),
  repair('conversationTraining', 0.25, 0, 1, 'factor', 'Extra readiness at full collaboration training.', 'Training and Development for Collaborative Skills; assumption'),
  repair('mediationPressure', 1, 0, 2, 'factor', 'How readily the other person gives back when the leader mediates, relative to their willingness to help when asked.', 'The Leader as a Mediator; assumption'),
  repair('repairRelief', 0.5, 0, 1, 'share', 'Share of resentment kept when the other person gives back in a conversation or mediation.', 'assumption'),
  repair('repairRebalanceKeep', 0.3, 0, 1, 'share', 'Share of both ledgers kept when a conflict is talked through and the other gives back.', 'assumption'),
  repair('repairBonus', 0.08, 0, 1, '0–1 level', 'Trust added beyond its pre-conflict level when a conflict ends after the other gave back (a repaired bond can end stronger).', 'Learning and Growth from Challenges'),
  repair('walkAwayWeeks', 16, 1, 104, 'weeks', 'Weeks of unresolved conflict after which a person sets a boundary and stops working closely with the other.', 'Knowing When to Walk Away', true),
] as const;
