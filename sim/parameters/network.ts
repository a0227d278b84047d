/** Parameters of ties forming, fading and dissolving (sim/engine/network.ts, ties.ts) and socialisation (socialisation.ts). */
import { group } from './spec.ts';

const p = group('network');
const s = group('socialisation');

export const NETWORK_PARAMETERS = [
  p('tiesPerPerson', 6, 1, 16, 'ties', 'Colleagues each person works with closely (directed ties per person); two more slots hold mentor and cross-team ties.', 'Reciprocity Between Colleagues', true),
  p('initialTieTrust', 0.5, 0, 1, '0–1 level', 'Mean trust on the ties people have at the start.', 'assumption'),
  p('initialTieTrustSd', 0.1, 0, 0.5, 'sd', 'Spread of trust on the ties people have at the start.', 'assumption'),
  p('rewiring', 0.15, 0, 1, 'share', 'Share of the starting ring’s ties rewired to a random teammate (a small world, Watts & Strogatz 1998).', 'assumption'),
  p('proximityRate', 0.06, 0, 1, 'probability/week', 'Weekly chance that someone with room for more ties starts working closely with a teammate they bump into.', 'Facilitating Positive Peer-to-Peer Relationships; assumption'),
  p('proximityProbes', 6, 1, 32, 'teammates', 'Teammates looked at when a new working relationship forms.', 'assumption', true),
  p('acquaintanceTrust', 0.4, 0, 1, '0–1 level', 'Trust in a colleague one has just started working with, or meets through a friend.', 'assumption'),
  p('closureRate', 0.03, 0, 1, 'probability/week', 'Weekly chance of meeting a colleague of a colleague (friends of friends meet).', 'Facilitating Positive Peer-to-Peer Relationships; triadic closure (Granovetter 1973)'),
  p('closureTrustLine', 0.55, 0, 1, '0–1 level', 'Trust in the go-between needed for an introduction.', 'assumption'),
  p('crossProjectRate', 0.04, 0, 1, 'probability/week', 'Weekly chance of working with someone from another team at full cross-functional practice.', 'Creating Opportunities for Cross-Functional Collaboration'),
  p('crossProbes', 4, 1, 32, 'people', 'People from other teams looked at for a project partner.', 'assumption', true),
  p('crossDropTrust', 0.35, 0, 1, '0–1 level', 'A full network makes room for a project partner by dropping its weakest tie if trust in it is below this.', 'assumption'),
  p('fadeAfterWeeks', 8, 0, 104, 'weeks', 'Weeks without an exchange after which a tie’s trust starts to fade.', 'The Continuous Nature of Relationship Maintenance; assumption', true),
  p('fadeKeep', 0.98, 0, 1, 'share/week', 'Weekly retention of the faded part of trust on an unused tie.', 'assumption'),
  p('fadeTarget', 0.4, 0, 1, '0–1 level', 'Acquaintance level unused ties fade toward, before their history is counted.', 'assumption'),
  p('fadeHistory', 0.5, 0, 1, 'share', 'Share of the distance between a tie’s trust at its last exchange and the acquaintance level that it keeps for good (unused ties fade toward where their history leaves them).', 'The Continuous Nature of Relationship Maintenance; assumption'),
  p('tieDropWeeks', 39, 1, 520, 'weeks', 'Weeks unused after which a tie of little trust dissolves (the two no longer work together).', 'assumption', true),
  p('tieDropTrust', 0.42, 0, 1, '0–1 level', 'Trust below which an unused tie dissolves after tieDropWeeks.', 'assumption'),
  p('newcomerTies', 2, 0, 16, 'ties', 'Teammates a newcomer starts working with.', 'Hiring for Reciprocal Tendencies; assumption', true),
  p('newcomerTieTrust', 0.3, 0, 1, '0–1 level', 'Newcomer’s trust in their first colleagues.', 'assumption'),
  p('newcomerTieTrustBack', 0.35, 0, 1, '0–1 level', 'Colleagues’ trust in the newcomer.', 'assumption'),
  p('mentorTrust', 0.6, 0, 1, '0–1 level', 'Newcomer’s trust in their mentor.', 'The Power of Mentorship and Sponsorship; assumption'),
  p('mentorTrustBack', 0.55, 0, 1, '0–1 level', 'Mentor’s trust in the newcomer.', 'assumption'),
  p('menteesPerMentor', 1, 1, 8, 'newcomers', 'Newcomers one mentor looks after at a time.', 'The Power of Mentorship and Sponsorship; assumption', true),
  p('mentorIntroduction', 0.15, 0, 1, 'probability/week', 'Weekly chance that a mentor introduces their new mentee to one of the mentor’s colleagues.', 'The Power of Mentorship and Sponsorship (sponsorship opens networks); assumption'),
  s('socialisationTakerRate', 0.035, 0, 1, 'probability/week', 'Weekly chance that a newcomer taker who sees a helping norm adopts the habit of helping back, at full socialisation (× 0.5 + 0.5 × perceived norm).', 'Embedding Reciprocity into Organizational Values; assumption'),
  s('socialisationDriftRate', 0.05, 0, 1, 'probability/week per unit norm gap', 'Weekly chance, per unit the perceived norm falls short of socialisationNormLine, that a newcomer with no onboarding learns to take.', 'assumption'),
  s('socialisationNormLine', 0.6, 0, 1, '0–1 level', 'Perceived norm below which newcomers without onboarding may learn to take.', 'assumption'),
] as const;
