/**
 * Vite config for the trainer's app: a static site (relative base, so dist/
 * can be hosted under any path), module workers, a Content-Security-Policy
 * injected into the built page only (vite dev injects inline scripts that a
 * strict CSP would block), and a report of the gzipped JS of the first load.
 */
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describeLibraryText } from './viz/scenario/library-index.ts';

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

const LIBRARY_INDEX = 'virtual:library-index';

/**
 * `virtual:library-index`: the scenario picker's list (name, description, variants of every scenarios/*.json), so the
 * pages carry the list at first load and fetch a scenario's text only when it is opened (viz/scenario/library.ts).
 */
function libraryIndex(): Plugin {
  const resolved = `\0${LIBRARY_INDEX}`;
  const dir = fileURLToPath(new URL('./scenarios/', import.meta.url));
  return {
    name: 'reciprocity-lab:library-index',
    resolveId: (id) => (id === LIBRARY_INDEX ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();
      const entries = files.map((file) => {
        this.addWatchFile(join(dir, file));
        return describeLibraryText(file, readFileSync(join(dir, file), 'utf8'));
      });
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}

/** Fails loudly in the build log when the first load's JS exceeds the budget in docs/quality.md. */
const FIRST_LOAD_BUDGET_KB = 170;

/**
 * Prints, for each page, the gzipped size of the JS a visitor downloads on
 * first load: the page's entry chunk and its static imports, plus the
 * workers it starts at once (the trainer's simulation worker, the compare
 * page's worker). The trainer's app (index) is held to
 * the budget; lazily loaded chunks are not counted.
 */
function firstLoadSize(): Plugin {
  return {
    name: 'reciprocity-lab:first-load-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length / 1024;
      const files = Object.values(bundle);
      const byName = new Map(files.map((f) => [f.fileName, f]));
      const closure = (entry: string): string[] => {
        const seen = new Set<string>();
        const visit = (fileName: string) => {
          const file = byName.get(fileName);
          if (seen.has(fileName) || !file || file.type !== 'chunk') return;
          seen.add(fileName);
          file.imports.forEach(visit);
        };
        visit(entry);
        return [...seen];
      };
      const lines: string[] = [];
      for (const entry of files) {
        if (entry.type !== 'chunk' || !entry.isEntry) continue;
        const chunks = closure(entry.fileName);
        const code = chunks.map((name) => (byName.get(name) as { code: string }).code);
        const pageKb = code.reduce((sum, c) => sum + gz(c), 0);
        // Workers are emitted as assets; the page names the ones it starts.
        const workers = new Set(code.flatMap((c) => c.match(/worker-[\w-]+\.js/g) ?? []));
        const workerKb = [...workers].reduce((sum, name) => {
          const asset = files.find((f) => f.type === 'asset' && f.fileName.endsWith(`/${name}`));
          return asset && asset.type === 'asset' ? sum + gz(asset.source) : sum;
        }, 0);
        const page = entry.name;
        const total = pageKb + workerKb;
        const budget = page === 'index' ? `, ${total <= FIRST_LOAD_BUDGET_KB ? 'within' : 'OVER'} the ${FIRST_LOAD_BUDGET_KB} KB target` : '';
        lines.push(`[size] ${page}: first-load JS ${total.toFixed(1)} KB gzipped (page ${pageKb.toFixed(1)} KB + worker ${workerKb.toFixed(1)} KB)${budget}`);
      }
      // On stdout, so `npm run build` shows it whatever the log level.
      console.log(`\n${lines.join('\n')}`);
    },
  };
}

export default defineConfig({
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Three pages: the trainer's app, the compare page and the Classic games page (each loads its own code).
    rolldownOptions: { input: { index: 'index.html', compare: 'compare.html', classic: 'classic.html' } },
  },
  plugins: [libraryIndex(), contentSecurityPolicy(), firstLoadSize()],
});
