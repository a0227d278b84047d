/**
 * The "where should a leader start?" section: runs the lever sweep on the
 * worker pool and draws one tornado per outcome.
 */
import { el } from '../../ui/dom.ts';
import { TORNADO_LEGEND, drawTornado } from '../../charts/tornado.ts';
import { pageZoom } from '../../charts/week-chart.ts';
import { createProgress } from '../../ui/progress.ts';
import { stampedCard } from './exports.ts';
import { startEnsemble, type EnsembleJob } from './ensemble/pool.ts';
import { EnsembleCancelled } from './ensemble/scheduler.ts';
import { totalRuns, type EnsemblePlan } from './ensemble/plan.ts';
import { SENSITIVITY_METRICS, tornadoRows } from './ensemble/sensitivity.ts';
import { formatMetric, metricLabel } from '../../ui/format.ts';
import type { Stamp } from '../../../sim/export/stamp.ts';

export interface SensitivityViewOptions {
  plan(runsPerSetting: number): { plan: EnsemblePlan; reference: string };
  stampFor(runsPerSetting: number): Stamp | null;
}

export function createSensitivityView(options: SensitivityViewOptions): { element: HTMLElement; invalidate(): void } {
  const runs = el('input', { type: 'number', id: 'sensitivity-runs', min: 2, max: 200, step: 1, value: 10 });
  const runButton = el('button', { type: 'button', id: 'sensitivity-run', class: 'primary' }, 'Run the lever sweep');
  const progress = createProgress('Lever sweep', 'sensitivity');
  const charts = el('div', { class: 'tornado-grid', id: 'tornadoes' });
  const element = el(
    'div',
    { class: 'sensitivity' },
    el('p', { class: 'lead' }, 'Each lever is set to its minimum and to its maximum while the others stay as they are in the first pane; every setting runs on the same seeds. Longer bars move the outcome more.'),
    el('div', { class: 'toolbar' }, el('label', { for: runs.id }, 'Runs per setting'), runs, runButton),
    progress.element,
    charts,
  );
  let job: EnsembleJob | null = null;

  runButton.addEventListener('click', async () => {
    job?.cancel();
    const n = Math.max(2, Math.min(200, Math.round(Number(runs.value) || 10)));
    runs.value = String(n);
    const { plan, reference } = options.plan(n);
    const current = startEnsemble(plan, (p) => progress.update(p.done, p.total));
    job = current;
    progress.start(totalRuns(plan), () => current.cancel());
    runButton.disabled = true;
    charts.replaceChildren();
    try {
      const values = await current.result;
      progress.finish(`Lever sweep done: ${totalRuns(plan)} runs (${n} per setting).`);
      for (const metric of SENSITIVITY_METRICS) {
        const title = `Where should a leader start? ${metricLabel(metric)}`;
        const subtitle = `Change in final-quarter ${metricLabel(metric).toLowerCase()} vs “${reference}”, mean of ${n} paired runs`;
        const card = stampedCard({ id: `tornado-${metric}`, title, className: 'tornado-card', legend: TORNADO_LEGEND }, () => options.stampFor(n));
        card.element.insertBefore(el('p', { class: 'chart-subtitle' }, subtitle), card.host);
        charts.append(card.element);
        drawTornado(card.host, tornadoRows(values, plan, metric), { summary: `${title}. ${subtitle}.`, format: (v) => formatMetric(metric, v, true), zoom: pageZoom() });
      }
    } catch (error) {
      progress.finish(error instanceof EnsembleCancelled ? 'Lever sweep cancelled.' : `The lever sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (job === current) job = null;
      runButton.disabled = false;
    }
  });

  return {
    element,
    invalidate() {
      if (charts.childElementCount > 0) charts.replaceChildren(el('p', { class: 'stale' }, 'The first pane changed: run the sweep again.'));
    },
  };
}
