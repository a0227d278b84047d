/**
 * The built app on a local server, for the end-to-end tests and the browser
 * benchmark: builds into its own folder (so a developer's dist/ is untouched),
 * serves it with `vite preview` on 127.0.0.1 on a free port and waits until the
 * *built* page answers (its hashed asset path, so a stray server on that port
 * is never tested or measured by mistake). The preview is killed on every exit path.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** Builds with `vite build` into `outDir`; returns the `[size] …` lines the build prints. */
export function buildApp(outDir: string): string[] {
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.split('\n').filter((l) => l.startsWith('[size]'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForBuiltPage(url: string, preview: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (preview.exitCode !== null) throw new Error(`vite preview exited with code ${preview.exitCode}`);
    try {
      const response = await fetch(url);
      const html = await response.text();
      const asset = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
      if (response.ok && asset) {
        const script = await fetch(new URL(asset, url));
        if (script.ok) return;
        lastProblem = `asset ${asset} answered ${script.status}`;
      } else lastProblem = `page answered ${response.status} without the built asset path`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the built app did not answer at ${url} within ${timeoutMs} ms (${lastProblem})`);
}

export interface Preview {
  readonly url: string;
  /** Stops the preview (idempotent) and removes the exit handlers. */
  stop(): void;
}

/** Serves `outDir` with `vite preview` on a free port; it is killed on every exit path (normal exit, Ctrl-C, SIGTERM). */
export async function startPreview(outDir: string): Promise<Preview> {
  const port = await freePort();
  const preview = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  preview.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const kill = () => {
    if (preview.exitCode === null && !preview.killed) preview.kill('SIGTERM');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    process.kill(process.pid, signal);
  };
  process.once('exit', kill);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stop = () => {
    kill();
    process.off('exit', kill);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForBuiltPage(url, preview, 20_000);
  } catch (error) {
    stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
  return { url, stop };
}
