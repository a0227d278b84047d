/**
 * A week chart as wide and tall as its host (the page's CSS sizes the host),
 * redrawn with its last data when the host changes size or the page's text
 * size changes (workshop mode): its text is then drawn at the size asked for,
 * never a fixed-size picture scaled down (which made chart text 9–11 px on a
 * projector).
 */
import { pageZoom, WeekChart, type WeekChartData } from './week-chart.ts';

const live = new Set<FittedChart>();

export class FittedChart {
  readonly chart: WeekChart;
  private data: WeekChartData | undefined;
  private readonly observer: ResizeObserver;

  constructor(readonly host: HTMLElement, fallback: readonly [number, number] = [320, 160]) {
    this.chart = new WeekChart(host);
    this.chart.resize(...fallback);
    this.observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0 && this.chart.resize(box.width, box.height)) this.redraw();
    });
    this.observer.observe(host);
    live.add(this);
  }

  /** Draws `data` at the page's chart text size (kept, to redraw on a resize). */
  render(data: WeekChartData): void {
    this.data = data;
    this.chart.render(data, pageZoom());
  }

  redraw(): void {
    if (this.data && this.host.isConnected) this.chart.render(this.data, pageZoom());
  }

  /** Stops watching the host (the chart left the page). */
  dispose(): void {
    this.observer.disconnect();
    live.delete(this);
  }
}

/** Redraws every fitted chart on the page (after the text size changed); forgets those no longer on it. */
export function redrawFittedCharts(): void {
  for (const chart of live) {
    if (chart.host.isConnected) chart.redraw();
    else chart.dispose();
  }
}
