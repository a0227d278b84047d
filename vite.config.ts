/**
 * Vite config for the trainer's app: a static site (relative base, so dist/
 * can be hosted under any path), module workers, a Content-Security-Policy
 * injected into the built page only (vite dev injects inline scripts that a
 * strict CSP would block), and a report of the gzipped JS of the first load.
 */
import { defineConfig, type Plugin } from 'vite';
import { gzipSync } from 'node:zlib';

/** The policy of the built app: only its own scripts and workers, nothing inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // d3 sets styles through the CSSOM (element.style), which CSP allows; no inline <style> or style="" is needed.
  "style-src 'self'",
  // Chart export draws the SVG into an <img> from a blob: URL.
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP meta tag to index.html at build time. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'reciprocity-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/** Fails loudly in the build log when the first load's JS exceeds the budget in QUALITY.md. */
const FIRST_LOAD_BUDGET_KB = 170;

/**
 * Prints the gzipped size of the JS a visitor downloads on first load: the
 * entry chunk and its static imports, plus the simulation worker (which starts
 * at once). Lazily loaded chunks are listed separately.
 */
function firstLoadSize(): Plugin {
  return {
    name: 'reciprocity-lab:first-load-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const gz = (code: string) => gzipSync(code, { level: 9 }).length / 1024;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const assets = Object.values(bundle).filter((c) => c.type === 'asset');
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = chunks.find((c) => c.fileName === fileName);
        chunk?.imports.forEach(visit);
      };
      chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
      let mainKb = 0;
      for (const name of seen) {
        const chunk = chunks.find((c) => c.fileName === name);
        if (chunk) mainKb += gz(chunk.code);
      }
      // The worker is emitted as an asset (a separately bundled module).
      const workerKb = assets
        .filter((a) => /worker.*\.js$/.test(a.fileName))
        .reduce((sum, a) => sum + gz(typeof a.source === 'string' ? a.source : new TextDecoder().decode(a.source)), 0);
      const lazyKb = chunks.filter((c) => !seen.has(c.fileName)).reduce((sum, c) => sum + gz(c.code), 0);
      const total = mainKb + workerKb;
      const verdict = total <= FIRST_LOAD_BUDGET_KB ? 'within' : 'OVER';
      this.info(
        `first-load JS: ${total.toFixed(1)} KB gzipped (page ${mainKb.toFixed(1)} KB + simulation worker ${workerKb.toFixed(1)} KB), ` +
          `${verdict} the ${FIRST_LOAD_BUDGET_KB} KB target; lazy chunks ${lazyKb.toFixed(1)} KB`,
      );
      // Also on stdout, so `npm run build` shows it whatever the log level.
      console.log(`\n[size] first-load JS ${total.toFixed(1)} KB gzipped (target ≤ ${FIRST_LOAD_BUDGET_KB} KB): page ${mainKb.toFixed(1)} KB, worker ${workerKb.toFixed(1)} KB, lazy ${lazyKb.toFixed(1)} KB — ${verdict} budget`);
    },
  };
}

export default defineConfig({
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  plugins: [contentSecurityPolicy(), firstLoadSize()],
});
