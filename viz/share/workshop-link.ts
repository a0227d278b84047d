/**
 * The settings a link carries besides its scenario (`#s=…&metric=…`): the
 * compare page's whole workshop — its panes, metric, seed, week, workshop and
 * predict-first modes, zoom — and where the trainer page was (the run and the
 * week "Back to the simulator" returns to). Parameters follow the scenario in
 * the fragment (never sent to a server). A link is untrusted input: every
 * value is checked, and one that cannot be used is reported in a sentence
 * naming the parameter and what it must be (the page then uses its default
 * for that setting and says so); nothing throws. Pure: no DOM.
 */
import { METRIC_KEYS, type MetricKey } from '../../sim/metrics.ts';

/** A comparison as the compare page shows it, and where it was opened from. */
export interface WorkshopSettings {
  /** The variant in each pane, in order (2–4). */
  readonly panes?: readonly string[];
  readonly metric?: MetricKey;
  readonly seed?: number;
  /** The week the panes show. */
  readonly week?: number;
  readonly workshop?: boolean;
  readonly predictFirst?: boolean;
  /** Axes of shares and levels zoomed to the values (else 0–100%). */
  readonly zoom?: boolean;
  /** The trainer page's run (a variant name, or baseline) and week, where "Back to the simulator" returns. */
  readonly run?: string;
  readonly from?: number;
}

/** Where the trainer page opens a shared scenario: which run (a variant, or baseline) and at which week. */
export interface TrainerPlace {
  readonly run?: string;
  readonly week?: number;
}

const MAX_SEED = 4294967295;
const MAX_WEEK = 5200;
const MAX_PANES = 4;
const MIN_PANES = 2;
/** Longest variant name a link may carry (the schema's name limit is smaller). */
const MAX_NAME = 200;

/** The parameters, in the order links write them (the scenario, `s`, comes first). */
const KEYS = ['panes', 'metric', 'seed', 'week', 'workshop', 'predict', 'zoom', 'run', 'from'] as const;

const flag = (on: boolean) => (on ? '1' : '0');

/** The settings as fragment parameters (`panes=…&metric=…`, without `#` or the scenario); unset ones are left out. */
export function encodeWorkshopSettings(settings: WorkshopSettings): string {
  const params = new URLSearchParams();
  for (const pane of settings.panes ?? []) params.append('panes', pane);
  if (settings.metric !== undefined) params.set('metric', settings.metric);
  if (settings.seed !== undefined) params.set('seed', String(settings.seed));
  if (settings.week !== undefined) params.set('week', String(settings.week));
  if (settings.workshop !== undefined) params.set('workshop', flag(settings.workshop));
  if (settings.predictFirst !== undefined) params.set('predict', flag(settings.predictFirst));
  if (settings.zoom !== undefined) params.set('zoom', flag(settings.zoom));
  if (settings.run !== undefined) params.set('run', settings.run);
  if (settings.from !== undefined) params.set('from', String(settings.from));
  // %20 rather than +: the same spelling in every browser's address bar.
  return params.toString().replace(/\+/g, '%20');
}

/** The parameters of a location hash (`#s=…&metric=…`). */
function paramsOf(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

function wholeNumber(params: URLSearchParams, key: string, max: number, what: string, problems: string[]): number | undefined {
  const raw = params.get(key);
  if (raw === null) return undefined;
  if (/^\d{1,10}$/.test(raw) && Number(raw) <= max) return Number(raw);
  problems.push(`the link’s ${key}=“${short(raw)}” is not ${what} (a whole number from 0 to ${max})`);
  return undefined;
}

function onOff(params: URLSearchParams, key: string, problems: string[]): boolean | undefined {
  const raw = params.get(key);
  if (raw === null) return undefined;
  if (raw === '1' || raw === '0') return raw === '1';
  problems.push(`the link’s ${key}=“${short(raw)}” must be 1 (on) or 0 (off)`);
  return undefined;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * The settings in a location hash, and a sentence for each parameter that could not be used (the page keeps its
 * default for that one). Unknown parameters are reported too, so a mistyped one is not silently ignored.
 */
export function decodeWorkshopSettings(hash: string): { settings: WorkshopSettings; problems: string[] } {
  const params = paramsOf(hash);
  const problems: string[] = [];
  const settings: { -readonly [K in keyof WorkshopSettings]: WorkshopSettings[K] } = {};
  const panes = params.getAll('panes');
  if (panes.length > 0) {
    if (panes.length < MIN_PANES || panes.length > MAX_PANES) problems.push(`the link names ${panes.length} pane${panes.length === 1 ? '' : 's'}; a comparison has ${MIN_PANES} to ${MAX_PANES}`);
    else if (panes.some((p) => p.length === 0 || p.length > MAX_NAME)) problems.push(`a pane in the link has an empty or overlong variant name (at most ${MAX_NAME} characters)`);
    else settings.panes = panes;
  }
  const metric = params.get('metric');
  if (metric !== null) {
    if ((METRIC_KEYS as readonly string[]).includes(metric)) settings.metric = metric as MetricKey;
    else problems.push(`the link’s metric=“${short(metric)}” is not a metric this page knows (metric names are like “morale_mean” or “trust_in_leader”; see the metric list)`);
  }
  settings.seed = wholeNumber(params, 'seed', MAX_SEED, 'a seed', problems);
  settings.week = wholeNumber(params, 'week', MAX_WEEK, 'a week', problems);
  settings.from = wholeNumber(params, 'from', MAX_WEEK, 'a week', problems);
  settings.workshop = onOff(params, 'workshop', problems);
  settings.predictFirst = onOff(params, 'predict', problems);
  settings.zoom = onOff(params, 'zoom', problems);
  const run = params.get('run');
  if (run !== null) {
    if (run.length > 0 && run.length <= MAX_NAME) settings.run = run;
    else problems.push(`the link’s run is empty or longer than ${MAX_NAME} characters`);
  }
  for (const key of new Set(params.keys())) {
    if (key !== 's' && !(KEYS as readonly string[]).includes(key)) problems.push(`the link has a setting this page does not know, “${short(key)}” (known: ${KEYS.join(', ')})`);
  }
  for (const key of Object.keys(settings) as (keyof WorkshopSettings)[]) if (settings[key] === undefined) delete settings[key];
  return { settings, problems };
}

/** Where the trainer page opens a shared scenario (`run` and `week` of its link), and problems as for the compare page. */
export function decodeTrainerPlace(hash: string): { place: TrainerPlace; problems: string[] } {
  const params = paramsOf(hash);
  const problems: string[] = [];
  const place: { run?: string; week?: number } = {};
  const run = params.get('run');
  if (run !== null) {
    if (run.length > 0 && run.length <= MAX_NAME) place.run = run;
    else problems.push(`the link’s run is empty or longer than ${MAX_NAME} characters`);
  }
  const week = wholeNumber(params, 'week', MAX_WEEK, 'a week', problems);
  if (week !== undefined) place.week = week;
  for (const key of new Set(params.keys())) {
    if (key !== 's' && key !== 'run' && key !== 'week') problems.push(`the link has a setting this page does not know, “${short(key)}” (known here: run, week)`);
  }
  return { place, problems };
}

/** The trainer page's link parameters for a run and week (`run=…&week=…`; baseline is not written). */
export function encodeTrainerPlace(place: TrainerPlace): string {
  const params = new URLSearchParams();
  if (place.run !== undefined && place.run !== 'baseline') params.set('run', place.run);
  if (place.week !== undefined) params.set('week', String(place.week));
  return params.toString().replace(/\+/g, '%20');
}
