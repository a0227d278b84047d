/**
 * How pool workers are started. Under tsx, each worker thread would register
 * tsx and load every TypeScript module through its loader hooks, which costs
 * about half a second of CPU per thread and ate the gain of a second core on
 * short ensembles. So the worker is bundled once per process with esbuild
 * (≈ 0.15 s) into one CommonJS script that workers evaluate directly (≈ 0.08 s
 * to start). If bundling is impossible, the tsx bootstrap (worker.mjs) is the
 * fallback: slower to start, same results.
 */
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export type WorkerSource = { readonly kind: 'code'; readonly code: string } | { readonly kind: 'file'; readonly url: URL };

let cached: WorkerSource | undefined;

export function workerSource(): WorkerSource {
  if (cached) return cached;
  try {
    const result = buildSync({
      entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    cached = { kind: 'code', code: result.outputFiles[0].text };
  } catch {
    cached = { kind: 'file', url: new URL('./worker.mjs', import.meta.url) };
  }
  return cached;
}
