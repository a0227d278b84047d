/** Parameters of psychological safety as a team climate learnt from episodes (sim/engine/safety.ts). */
import { group } from './spec.ts';

const p = group('safety');

export const SAFETY_PARAMETERS = [
  p('mistakeRate', 0.06, 0, 1, 'probability/week', 'Weekly chance that a member makes a mistake the team sees, with no unmet work.', 'Creating a Psychologically Safe Environment; assumption'),
  p('mistakeOverload', 0.1, 0, 1, 'probability/week per unit unmet work', 'Extra chance of a visible mistake per unit of unmet work (overloaded people slip).', 'assumption'),
  p('supportBase', 0.1, 0, 1, 'probability', 'Chance that a leader with no openness meets a mistake or bad news with support rather than blame.', 'assumption'),
  p('supportOpenness', 0.8, 0, 1, 'probability per unit openness', 'Extra chance of support rather than blame at full openness.', 'Creating a Psychologically Safe Environment (curiosity rather than blame); assumption'),
  p('supportEmpathy', 0.2, 0, 1, 'probability per unit empathy', 'Extra chance of support per unit of the leader’s empathy above 0.5 (less below).', 'The Role of Empathy in Conflict Resolution; assumption'),
  p('safetyOwnEpisode', 0.15, 0, 1, 'share of the gap', 'How far a person’s safety moves toward 1 (support) or 0 (blame) when their own mistake or voice is met.', 'Edmondson 1999; assumption'),
  p('safetyWitness', 0.3, 0, 1, 'share of the gap per episode per member', 'How far teammates’ safety moves per episode they witness, divided by the team’s size (everyone sees how mistakes are met).', 'Edmondson 1999 (a shared belief); assumption'),
  p('safetyClimatePull', 0.05, 0, 1, 'share of the gap/week', 'Weekly pull of each member’s safety toward the team’s mean (the climate is shared).', 'Edmondson 1999; Frazier et al. 2017; assumption'),
  p('safetyHelpEpisode', 0.02, 0, 1, 'share of the gap', 'How far safety moves toward 1 when a request for help is met, toward 0 when it is refused.', 'Reciprocity Between Colleagues (knowing colleagues have your back); assumption'),
  p('outGroupSafety', 0.8, 0, 1, 'factor', 'Share of support an out-group member feels with no inclusion practice (1 with full inclusion).', 'Creating an Inclusive Environment; assumption'),
  p('supportLearn', 0.3, 0, 1, 'share of the gap', 'How far a member’s memory of the leader’s responses moves toward +1 (support) or −1 (blame) when their own mistake or voice is met.', 'assumption'),
  p('supportMemoryKeep', 0.97, 0, 1, 'share/week', 'Weekly retention of a member’s memory of how the leader met their own mistakes and voice.', 'assumption'),
] as const;
