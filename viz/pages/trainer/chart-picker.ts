/**
 * The chart picker: any metric (sim/metrics.ts), for one team or the whole
 * organisation, added to the trainer's charts with one button. It also keeps
 * the list of charts the panel shows: the scenario's key charts first (those
 * its guided steps name, pinned), then the charts the trainer added (each with
 * Remove), then the standard charts; in a guided step, that step's charts come
 * first, large.
 */
import type { MetricKey, MetricSpec } from '../../../sim/metrics.ts';
import type { LoadedRun } from '../../../sim/worker.ts';
import { el } from '../../ui/dom.ts';
import { CHART_SPECS } from './chart-specs.ts';
import type { PanelEntry } from './chart-panel.ts';
import { chartableMetrics, metricChart, metricChartId, type ChartUnit } from './metric-charts.ts';

/** A chart by metric and team name (the organisation when absent), as a guided step names it. */
export interface ChartRef {
  readonly metric: MetricKey;
  readonly team?: string;
}

/** The picker's groups, in the order a trainer looks for them; a metric in none of them goes under "Other". */
const GROUPS: readonly { readonly label: string; readonly keys: readonly MetricKey[] }[] = [
  {
    label: 'Morale and wellbeing',
    keys: ['morale_mean', 'morale_sd', 'engaged_share', 'disengaged_share', 'burnout_share', 'belonging', 'psych_safety', 'survey_morale', 'survey_gap'],
  },
  {
    label: 'Trust, helping and conflict',
    keys: ['trust_in_leader', 'trust_density', 'cross_team_trust', 'help_asked', 'help_knowledge', 'help_practical', 'help_emotional', 'help_refused', 'helping_norm', 'imbalance_gini', 'withdrawn_share', 'withdrawals', 'conflicts', 'repairs', 'output'],
  },
  {
    label: 'People leaving and joining',
    keys: ['headcount', 'quits', 'quits_burnout', 'quits_morale', 'quits_leader', 'quits_belonging', 'quits_contagion', 'quits_imbalance', 'quits_givers', 'early_exits', 'layoffs', 'hires', 'turnover_annualised', 'givers', 'taker_share'],
  },
  { label: 'Customers', keys: ['customer_loyalty', 'customer_advocacy', 'customer_value'] },
];

/** The metrics grouped for the picker (every chartable metric exactly once). */
export function pickerGroups(metrics: readonly MetricSpec[]): { label: string; metrics: MetricSpec[] }[] {
  const placed = new Set<string>();
  const groups = GROUPS.map((g) => ({
    label: g.label,
    metrics: g.keys.flatMap((key) => {
      const spec = metrics.find((m) => m.key === key);
      if (!spec) return [];
      placed.add(key);
      return [spec];
    }),
  }));
  groups.push({ label: 'Other', metrics: metrics.filter((m) => !placed.has(m.key)) });
  return groups.filter((g) => g.metrics.length > 0);
}

export class ChartPicker {
  readonly element: HTMLElement;
  private readonly metricSelect: HTMLSelectElement;
  private readonly unitSelect: HTMLSelectElement;
  private readonly status: HTMLElement;
  private teams: readonly string[] = [];
  private customers = false;
  /** The scenario's key charts (named by its guided steps). */
  private pinned: ChartRef[] = [];
  /** Charts the trainer added, newest first. */
  private picked: ChartRef[] = [];

  /**
   * @param onChange the list of charts changed (redraw the panel)
   * @param onAlreadyShown the chart asked for is on screen already (move the focus to it); false if it is not
   */
  constructor(
    private readonly onChange: () => void,
    private readonly onAlreadyShown: (id: string) => boolean,
  ) {
    this.metricSelect = el('select', { id: 'chart-metric' });
    this.unitSelect = el('select', { id: 'chart-unit' });
    const add = el('button', { type: 'button', id: 'chart-add' }, 'Add chart');
    add.addEventListener('click', () => this.addSelected());
    this.status = el('p', { class: 'visually-hidden', role: 'status' });
    this.element = el(
      'div',
      { class: 'chart-picker', role: 'group', 'aria-label': 'Add a chart' },
      el('label', { for: 'chart-metric' }, 'Chart '),
      this.metricSelect,
      el('label', { for: 'chart-unit' }, ' for '),
      this.unitSelect,
      add,
      this.status,
    );
  }

  /** A new run: its metrics and teams, and its key charts (the charts added stay while the teams are the same). */
  setRun(run: LoadedRun): void {
    const sameTeams = run.teamNames.length === this.teams.length && run.teamNames.every((t, i) => t === this.teams[i]);
    if (!sameTeams || run.customersEnabled !== this.customers) this.picked = [];
    this.teams = run.teamNames;
    this.customers = run.customersEnabled;
    this.pinned = keyCharts(run);
    const kept = this.metricSelect.value;
    this.metricSelect.replaceChildren(
      ...pickerGroups(chartableMetrics(run.customersEnabled)).map((g) => el('optgroup', { label: g.label }, ...g.metrics.map((m) => el('option', { value: m.key }, m.label)))),
    );
    if (kept && [...this.metricSelect.options].some((o) => o.value === kept)) this.metricSelect.value = kept;
    this.unitSelect.replaceChildren(el('option', { value: '' }, 'Whole organisation'), ...run.teamNames.map((t, i) => el('option', { value: String(i) }, t)));
  }

  /**
   * The charts to show: `large` first (a guided step's, made large), then the key charts, the added ones and the
   * standard charts, each once.
   */
  entries(large: readonly ChartRef[] = []): PanelEntry[] {
    const seen = new Set<string>();
    const once = (entry: PanelEntry) => (seen.has(entry.spec.id) ? [] : (seen.add(entry.spec.id), [entry]));
    return [
      ...large.flatMap((ref) => once({ spec: this.spec(ref), large: true, pinned: this.isPinned(ref) })),
      ...this.pinned.flatMap((ref) => once({ spec: this.spec(ref), pinned: true })),
      ...this.picked.flatMap((ref) => once({ spec: this.spec(ref), onRemove: () => this.remove(ref) })),
      ...CHART_SPECS.flatMap((spec) => once({ spec })),
    ];
  }

  private spec(ref: ChartRef) {
    return metricChart(ref.metric, this.unit(ref.team));
  }

  private unit(team: string | undefined): ChartUnit | undefined {
    if (team === undefined) return undefined;
    const index = this.teams.indexOf(team);
    return index < 0 ? undefined : { name: team, index };
  }

  private isPinned(ref: ChartRef): boolean {
    return this.pinned.some((p) => p.metric === ref.metric && p.team === ref.team);
  }

  private addSelected(): void {
    const metric = this.metricSelect.value as MetricKey;
    if (!metric) return;
    const index = this.unitSelect.value === '' ? -1 : Number(this.unitSelect.value);
    const ref: ChartRef = index >= 0 ? { metric, team: this.teams[index] } : { metric };
    const id = metricChartId(metric, this.unit(ref.team));
    if (this.onAlreadyShown(id)) {
      this.status.textContent = 'That chart is already shown; the focus moved to it.';
      return;
    }
    this.picked = [ref, ...this.picked];
    this.onChange();
    this.onAlreadyShown(id);
    this.status.textContent = `Added the chart “${this.spec(ref).title}”.`;
  }

  private remove(ref: ChartRef): void {
    this.picked = this.picked.filter((p) => p !== ref);
    this.onChange();
    this.status.textContent = `Removed the chart “${this.spec(ref).title}”.`;
    this.metricSelect.focus();
  }
}

/** The charts a scenario's guided steps name, in step order, each once. */
export function keyCharts(run: Pick<LoadedRun, 'guide' | 'teamNames'>): ChartRef[] {
  const out: ChartRef[] = [];
  for (const step of run.guide?.steps ?? []) {
    for (const chart of step.charts) {
      if (chart.team !== undefined && !run.teamNames.includes(chart.team)) continue;
      if (!out.some((c) => c.metric === chart.metric && c.team === chart.team)) out.push(chart.team === undefined ? { metric: chart.metric } : { metric: chart.metric, team: chart.team });
    }
  }
  return out;
}
