/** The claims of scenarios/hiring-five-years.json (labels describe engine 2). */
import { libraryEntry } from './entry.ts';

export const hiringFiveYears = libraryEntry({
  file: 'hiring-five-years.json',
  sections: [
    'Hiring for Reciprocal Tendencies',
    'Embedding Reciprocity into Organizational Values',
    'Reciprocity and Organizational Culture',
    'Leadership as the Continuous Gardener of Culture',
  ],
  facts: [6],
  claims: [
    {
      id: 'selective-hiring-norm',
      baseline: 'baseline',
      variant: 'hire and socialise for reciprocity',
      metric: 'helping_norm',
      from: 208,
      to: 260,
      aggregate: 'mean',
      direction: 'higher',
      sentence: 'After five years of high turnover, the organisation that hired and socialised for reciprocity keeps a stronger helping norm (year 5).',
      label: 'emergent',
      mechanisms: ['hiring', 'socialisation', 'helping decision', 'helping norm'],
      labelReason: 'The levers set only who is hired and how newcomers’ styles drift; the norm is the share of requests colleagues actually meet.',
    },
    {
      id: 'selective-hiring-trust',
      baseline: 'baseline',
      variant: 'hire and socialise for reciprocity',
      metric: 'trust_density',
      from: 208,
      to: 260,
      aggregate: 'mean',
      direction: 'higher',
      sentence: 'It also keeps denser trust between colleagues in year 5.',
      label: 'emergent',
      mechanisms: ['hiring', 'socialisation', 'helping decision', 'exchange'],
      labelReason: 'Trust between colleagues moves only with exchanges (help given, refused or undelivered); the levers change who is there to exchange.',
    },
  ],
});
