/**
 * What the trainer takes away from a session: a chart as PNG or SVG, a link
 * carrying the running scenario (lever moves included), and the compare page
 * opened on it. File names and chart files carry the reproducibility stamp
 * (sim/export/stamp.ts: scenario hash, seed, weeks, engine version).
 */
import { chartPngBlob, chartSvgText } from '../../charts/export.ts';
import { makeSharedFragment } from '../../share/page-link.ts';
import { download } from '../../ui/download.ts';
import { stampLine, type Stamp } from '../../../sim/export/stamp.ts';
import type { PanelChart } from './chart-panel.ts';
import { legendOf } from './chart-specs.ts';

/** Saves a chart, its title, legend and stamp written into the file. */
export async function exportChart({ spec, chart }: PanelChart, format: 'png' | 'svg', stamp: Stamp, name: string): Promise<void> {
  const file = { title: spec.title, legend: legendOf(spec), stamp: stampLine(stamp), axes: spec.axes };
  if (format === 'svg') download(name, chartSvgText(chart.svg.node()!, file).text, 'image/svg+xml');
  else download(name, await chartPngBlob(chart.svg.node()!, file));
}

/** The stamp a CSV export carries as its comment line: the scenario's name, then the reproducibility stamp (sim/export/stamp.ts). */
export function csvStampLine(scenarioName: string, stamp: Stamp): string {
  return `scenario “${scenarioName.replace(/[\r\n]+/g, ' ')}” · ${stampLine(stamp)}`;
}

/** Copies a link carrying the running scenario (lever moves included); too long a link becomes a file download. */
export async function shareLink(runningText: string, fileName: string, notice: (message: string) => void): Promise<void> {
  const link = await makeSharedFragment(runningText);
  if (!link.ok) {
    notice(link.message);
    download(fileName, runningText, 'application/json');
    return;
  }
  const url = `${location.origin}${location.pathname}#${link.fragment}`;
  history.replaceState(null, '', `#${link.fragment}`);
  try {
    await navigator.clipboard.writeText(url);
    notice('Link copied: it carries the whole scenario, and opening it runs the same scenario and seed.');
  } catch {
    notice('The link is in the address bar: copy it from there (the browser did not allow copying).');
  }
}

/**
 * Opens the comparison page on the running scenario (carried in the link, so edits and lever moves come along);
 * `place` (`from=<week>`) lets its "Back to the simulator" return to the week on screen.
 */
export async function openCompare(runningText: string, place = ''): Promise<void> {
  const link = await makeSharedFragment(runningText);
  const page = new URL('compare.html', location.href);
  page.search = '';
  if (link.ok) page.hash = place ? `${link.fragment}&${place}` : link.fragment;
  location.assign(page.href);
}
