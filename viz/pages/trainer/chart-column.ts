/**
 * The trainer's chart column: the chart picker above the chart panel, and
 * which charts the panel shows — a guided step's charts large, the scenario's
 * key charts, those the trainer added, then the standard ones.
 */
import type { ChartMarker } from '../../charts/week-chart.ts';
import { ChartPanel, type ChartExportHandler, type FrameTaken } from './chart-panel.ts';
import { ChartPicker, type ChartRef } from './chart-picker.ts';
import type { RunHistory } from './run-history.ts';
import { el } from '../../ui/dom.ts';

export class ChartColumn {
  private readonly panel: ChartPanel;
  private readonly picker: ChartPicker;
  /** A guided step's charts, shown large ([] outside a session). */
  private large: readonly ChartRef[] = [];
  private shown: { week: number; markers: readonly ChartMarker[] } | undefined;

  constructor(section: HTMLElement, onExport: ChartExportHandler, frameTaken: FrameTaken) {
    const grid = el('div', { class: 'chart-grid' });
    this.panel = new ChartPanel(grid, onExport, frameTaken);
    this.picker = new ChartPicker(
      () => this.show(),
      (id) => this.panel.focusChart(id),
    );
    section.append(this.picker.element, grid);
  }

  /** A new run: its metrics and teams in the picker, its key charts pinned. */
  reset(history: RunHistory): void {
    this.shown = undefined;
    this.picker.setRun(history.run);
    this.panel.reset(history, this.picker.entries(this.large));
  }

  /** Shows the run up to its latest week, with the cursor at `viewedWeek` (see ChartPanel.update). */
  update(viewedWeek: number, markers: readonly ChartMarker[], playing = false): void {
    this.shown = { week: viewedWeek, markers };
    this.panel.update(viewedWeek, markers, playing);
  }

  /** Draws every chart at once (before an export, or when presenter mode changes the text size). */
  renderNow(): void {
    this.panel.renderNow();
  }

  /** A guided step's charts, made large ([] for the usual panel). */
  setLarge(charts: readonly ChartRef[]): void {
    this.large = charts;
    this.show();
  }

  private show(): void {
    this.panel.show(this.picker.entries(this.large));
    if (this.shown) this.panel.update(this.shown.week, this.shown.markers);
  }
}
