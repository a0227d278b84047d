/**
 * End-to-end setup: build the app once, serve the build on a free local port
 * (scripts/preview-server.ts, shared with the browser benchmark), and hand the
 * URL to the tests; the server stops when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { buildApp, startPreview } from '../../scripts/preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const OUT_DIR = 'test-results/e2e-dist';

export default async function setup(project: TestProject): Promise<() => void> {
  buildApp(OUT_DIR);
  const preview = await startPreview(OUT_DIR);
  project.provide('baseUrl', preview.url);
  return () => preview.stop();
}
