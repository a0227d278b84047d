/**
 * Metric indices as plain numbers for the hot loops, derived from the metric
 * table (sim/metrics.ts), declared once here for every process.
 */
import { METRIC_INDEX as MI } from '../metrics.ts';

export const I_HEADCOUNT = MI.headcount;
export const I_MORALE_MEAN = MI.morale_mean;
export const I_MORALE_SD = MI.morale_sd;
export const I_ENGAGED_SHARE = MI.engaged_share;
export const I_DISENGAGED_SHARE = MI.disengaged_share;
export const I_BURNOUT_SHARE = MI.burnout_share;
export const I_TRUST_DENSITY = MI.trust_density;
export const I_TRUST_IN_LEADER = MI.trust_in_leader;
export const I_CROSS_TEAM_TRUST = MI.cross_team_trust;
export const I_HELP_ASKED = MI.help_asked;
export const I_HELP_KNOWLEDGE = MI.help_knowledge;
export const I_HELP_PRACTICAL = MI.help_practical;
export const I_HELP_EMOTIONAL = MI.help_emotional;
export const I_HELP_REFUSED = MI.help_refused;
export const I_IMBALANCE_GINI = MI.imbalance_gini;
export const I_WITHDRAWN_SHARE = MI.withdrawn_share;
export const I_WITHDRAWALS = MI.withdrawals;
export const I_CONFLICTS = MI.conflicts;
export const I_REPAIRS = MI.repairs;
export const I_QUITS = MI.quits;
export const I_QUITS_BURNOUT = MI.quits_burnout;
export const I_QUITS_MORALE = MI.quits_morale;
export const I_QUITS_LEADER = MI.quits_leader;
export const I_QUITS_BELONGING = MI.quits_belonging;
export const I_QUITS_CONTAGION = MI.quits_contagion;
export const I_QUITS_IMBALANCE = MI.quits_imbalance;
export const I_LAYOFFS = MI.layoffs;
export const I_HIRES = MI.hires;
export const I_TURNOVER_ANNUALISED = MI.turnover_annualised;
export const I_EARLY_EXITS = MI.early_exits;
export const I_PSYCH_SAFETY = MI.psych_safety;
export const I_HELPING_NORM = MI.helping_norm;
export const I_BELONGING = MI.belonging;
export const I_OUTPUT = MI.output;
export const I_SURVEY_MORALE = MI.survey_morale;
export const I_CUSTOMER_LOYALTY = MI.customer_loyalty;
export const I_CUSTOMER_ADVOCACY = MI.customer_advocacy;
export const I_CUSTOMER_VALUE = MI.customer_value;
export const I_QUITS_GIVERS = MI.quits_givers;
export const I_GIVERS = MI.givers;
export const I_TAKER_SHARE = MI.taker_share;
export const I_SURVEY_GAP = MI.survey_gap;
export const I_HELP_OFFERED = MI.help_offered;
export const I_SEARCHING_SHARE = MI.searching_share;
export const I_EFFORT = MI.effort;
export const I_MOVES = MI.moves;
export const I_GIVERS_BURNOUT = MI.givers_burnout;

/** Per-unit customer sums the collector keeps: how many customers, total loyalty, advocates, total value. */
export const C_COUNT = 0;
export const C_LOYALTY = 1;
export const C_ADVOCATES = 2;
export const C_VALUE = 3;
export const CUSTOMER_SUMS = 4;
