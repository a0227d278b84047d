/**
 * What the slow frames of a Chrome trace contain: for the frames whose
 * main-thread busy time is above a threshold (the p95, or the 8 ms target),
 * the self time of every trace event by name (Chromium's Paint, Layout,
 * UpdateLayoutTree, Commit… versus script), script's inclusive time by
 * url:function (FunctionCall, EvaluateScript, TimerFire, FireAnimationFrame),
 * and, when the trace has V8's sampling profiler (category
 * disabled-by-default-v8.cpu_profiler), the sampled self time per JS function.
 * Usable from the benchmark (attribute()) or on a saved trace:
 *   node --import tsx scripts/bench-browser/attribute.ts test-results/bench-traces/<file>.json [thresholdMs]
 */
import { readFileSync } from 'node:fs';
import { frameCosts, frameIntervals, mainThread, quantile, type TraceEvent } from './trace.ts';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly parent?: number;
}

interface ChunkData {
  readonly cpuProfile?: { readonly nodes?: ProfileNode[]; readonly samples?: number[] };
  readonly timeDeltas?: number[];
}

/** Shortens a script URL to its file name (hashed bundle names stay distinguishable). */
function shortUrl(url: string | undefined): string {
  if (!url) return '';
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '').replace(/\?.*$/, '');
  return path.split('/').pop() ?? path;
}

function scriptKey(e: TraceEvent): string | undefined {
  const data = (e.args as { data?: Record<string, unknown> } | undefined)?.data;
  if (!data) return undefined;
  const fn = typeof data.functionName === 'string' && data.functionName ? data.functionName : '(anonymous)';
  const url = shortUrl((data.url as string | undefined) ?? (data.scriptName as string | undefined));
  const line = typeof data.lineNumber === 'number' ? `:${data.lineNumber}` : '';
  const col = typeof data.columnNumber === 'number' ? `:${data.columnNumber}` : '';
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame') return undefined;
  return `${url}${line}${col} ${fn}`;
}

type Tally = Map<string, { ms: number; count: number }>;
function add(tally: Tally, key: string, ms: number): void {
  const t = tally.get(key);
  if (t) {
    t.ms += ms;
    t.count++;
  } else tally.set(key, { ms, count: 1 });
}
function top(tally: Tally, n: number, frames: number): string[] {
  return [...tally.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, n)
    .map(([k, v]) => `${(v.ms / Math.max(1, frames)).toFixed(2).padStart(6)} ms/frame  ${String(v.count).padStart(5)}×  ${k}`);
}

export interface Attribution {
  readonly threshold: number;
  readonly frames: number;
  readonly slowFrames: number;
  readonly lines: string[];
}

/**
 * Attributes the busy time of frames above `thresholdMs` (default: the p95 of
 * all frames). Returns a printable summary.
 */
export function attribute(json: string, thresholdMs?: number, topN = 18): Attribution | null {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const cost = frameCosts(json);
  const main = mainThread(events);
  if (!cost || !main) return null;
  const starts = frameIntervals(events, main).starts;
  const threshold = thresholdMs ?? quantile(cost.perFrameMs, 0.95);
  const slow = new Set<number>();
  cost.perFrameMs.forEach((ms, i) => {
    if (ms >= threshold) slow.add(i);
  });
  const frameOf = (ts: number): number => {
    // Binary search: the interval [starts[i], starts[i+1]) holding ts.
    let lo = 0;
    let hi = starts.length - 2;
    if (ts < starts[0] || ts >= starts[starts.length - 1]) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= ts) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Self time by event name (complete events nested on the main thread), in slow frames.
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const selfByName: Tally = new Map();
  const scripts: Tally = new Map();
  const perFrame = new Map<number, Tally>();
  const stack: { end: number; e: TraceEvent; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= upTo) {
      const s = stack.pop()!;
      const self = ((s.e.dur ?? 0) - s.child) / 1000;
      const f = frameOf(s.e.ts);
      if (slow.has(f)) {
        add(selfByName, s.e.name, self);
        let t = perFrame.get(f);
        if (!t) perFrame.set(f, (t = new Map()));
        add(t, s.e.name, self);
      }
    }
  };
  for (const e of onMain) {
    close(e.ts);
    if (stack.length > 0) stack[stack.length - 1].child += e.dur ?? 0;
    stack.push({ end: e.ts + (e.dur ?? 0), e, child: 0 });
    if (slow.has(frameOf(e.ts))) {
      const key = scriptKey(e);
      if (key && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction')) add(scripts, `${e.name} ${key}`, (e.dur ?? 0) / 1000);
    }
  }
  close(Infinity);

  // V8 samples (self time per function) in slow frames.
  const samples: Tally = new Map();
  const nodes = new Map<number, ProfileNode>();
  const profiles = new Map<string, { time: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && `${e.pid}:${e.tid}` === main) {
      const start = (e.args as { data?: { startTime?: number } } | undefined)?.data?.startTime;
      profiles.set(String((e as { id?: string }).id), { time: start ?? e.ts });
    }
  }
  let sampleCount = 0;
  for (const e of events) {
    // Chunks come from V8's profiler thread, under the id of the main thread's Profile.
    if (e.name !== 'ProfileChunk' || `${e.pid}` !== main.split(':')[0]) continue;
    const profile = profiles.get(String((e as { id?: string }).id));
    if (!profile) continue;
    const data = (e.args as { data?: ChunkData } | undefined)?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      profile.time += deltas[i] ?? 0;
      const next = profile.time + (deltas[i + 1] ?? 0);
      if (!slow.has(frameOf(profile.time))) continue;
      const node = nodes.get(ids[i]);
      if (!node) continue;
      const cf = node.callFrame;
      const name = cf.functionName || (cf.url ? '(anonymous)' : '');
      if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
      sampleCount++;
      // Self function, and its caller chain's first two frames, for context.
      const parent = node.parent !== undefined ? nodes.get(node.parent) : undefined;
      const grand = parent?.parent !== undefined ? nodes.get(parent.parent) : undefined;
      const where = (c: CallFrame | undefined) => (c ? `${c.functionName || '(anon)'}@${shortUrl(c.url)}:${c.lineNumber + 1}:${c.columnNumber + 1}` : '');
      add(samples, `${where(cf)}  ← ${where(parent?.callFrame)}  ← ${where(grand?.callFrame)}`, Math.max(0, next - profile.time) / 1000);
    }
  }

  // Invalidations (with --invalidations): which nodes had layout, style or paint invalidated, and why, in slow frames.
  const invalidations: Tally = new Map();
  for (const e of events) {
    if (!e.name.endsWith('InvalidationTracking') || `${e.pid}:${e.tid}` !== main || !slow.has(frameOf(e.ts))) continue;
    const data = (e.args as { data?: { nodeName?: string; reason?: string; stackTrace?: { functionName?: string; url?: string; lineNumber?: number }[] } } | undefined)?.data;
    const where = data?.stackTrace?.[0];
    const caller = where ? ` ← ${where.functionName || '(anon)'}@${shortUrl(where.url)}:${where.lineNumber ?? ''}` : '';
    add(invalidations, `${e.name.replace('InvalidationTracking', '')} ${data?.nodeName ?? '?'} (${data?.reason ?? '?'})${caller}`, 0);
  }

  const n = slow.size;
  const lines = [
    `${n} of ${cost.perFrameMs.length} frames ≥ ${threshold.toFixed(1)} ms (their busy time: mean ${(([...slow].reduce((s, i) => s + cost.perFrameMs[i], 0) / Math.max(1, n)) || 0).toFixed(1)} ms)`,
    '  self time by trace event:',
    ...top(selfByName, topN, n).map((l) => `    ${l}`),
  ];
  if (scripts.size > 0) lines.push('  script by url:function (inclusive):', ...top(scripts, 10, n).map((l) => `    ${l}`));
  if (sampleCount > 0) lines.push(`  V8 samples (self, ${sampleCount} samples):`, ...top(samples, 14, n).map((l) => `    ${l}`));
  if (invalidations.size > 0) {
    lines.push('  invalidations (count):');
    for (const [k, v] of [...invalidations.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 16)) lines.push(`    ${String(v.count).padStart(5)}×  ${k}`);
  }
  // The five slowest frames one by one: their top events.
  const slowest = [...slow].sort((a, b) => cost.perFrameMs[b] - cost.perFrameMs[a]).slice(0, 6);
  lines.push('  slowest frames:');
  for (const f of slowest) {
    const t = perFrame.get(f) ?? new Map();
    const parts = [...t.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 7)
      .map(([k, v]) => `${k} ${v.ms.toFixed(1)}`);
    lines.push(`    #${f} ${cost.perFrameMs[f].toFixed(1)} ms: ${parts.join(', ')}`);
  }
  return { threshold, frames: cost.perFrameMs.length, slowFrames: n, lines };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: attribute.ts <trace.json> [thresholdMs]');
    process.exit(1);
  }
  const json = readFileSync(file, 'utf8');
  const cost = frameCosts(json);
  if (cost) console.log(`frames ${cost.perFrameMs.length}: median ${quantile(cost.perFrameMs, 0.5).toFixed(1)} ms, p95 ${quantile(cost.perFrameMs, 0.95).toFixed(1)} ms`);
  const thresholds = process.argv[3] ? [Number(process.argv[3])] : [undefined, 8];
  for (const t of thresholds) for (const line of attribute(json, t)?.lines ?? ['no usable trace']) console.log(line);
}
