/** The claims of scenarios/customer-ripple.json (labels describe engine 2). */
import { libraryEntry } from './entry.ts';

export const customerRipple = libraryEntry({
  file: 'customer-ripple.json',
  sections: [
    'The Employee’s Role as the Face of the Business',
    'The Customer’s Reciprocal Response: Loyalty',
    'Delivering Exceptional Service as the First Move',
    'The Lifetime Value of a Reciprocal Customer',
    'Providing Recognition and Appreciation',
  ],
  facts: [12],
  claims: [
    {
      id: 'frontline-morale-drops',
      baseline: 'baseline',
      variant: 'morale damaged at week 13',
      metric: 'morale_mean',
      unit: 'Frontline',
      from: 14,
      to: 26,
      aggregate: 'mean',
      direction: 'lower',
      sentence: 'Once recognition stops and the leader takes credit (week 13), frontline morale falls within the quarter (weeks 14–26).',
      label: 'assumption check',
      mechanisms: ['recognition', 'leader breach', 'morale'],
      labelReason: 'The policy change removes recognition and adds credit-taking, both terms of morale or of trust in the leader that feeds it.',
    },
    {
      id: 'loyalty-follows',
      baseline: 'baseline',
      variant: 'morale damaged at week 13',
      metric: 'customer_loyalty',
      from: 40,
      to: 78,
      aggregate: 'mean',
      direction: 'lower',
      sentence: 'Customer loyalty follows frontline morale down, later: it is lower in weeks 40–78.',
      label: 'emergent',
      mechanisms: ['morale', 'service encounters'],
      labelReason: 'Loyalty moves only with customers’ encounters with the team’s people, each as good as that person’s morale and energy; no term of loyalty names a lever.',
    },
  ],
});
