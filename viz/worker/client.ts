/**
 * The page's handle on a worker with a comlink API (the trainer's simulation
 * worker, the compare page's worker): starts it, wraps every call in a
 * timeout (a hung or killed worker must be reported, not waited on forever),
 * and can restart it without reloading the page.
 */
import * as Comlink from 'comlink';

/** Why the worker is no longer usable, in words for the page. */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

/** The methods of a worker's API (what `call` can name). */
type Methods<Api> = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];
type Method<Api, K extends keyof Api> = Api[K] extends (...args: infer A) => infer R ? { args: A; result: Awaited<R> } : never;

export interface WorkerClientOptions {
  /** Starts the worker (a `new Worker(new URL(…, import.meta.url))` the bundler can see). */
  readonly start: () => Worker;
  /** What the worker does, in words for failure messages ("The simulation"). */
  readonly what: string;
  /** How long a call may take before the worker is declared hung. */
  readonly timeoutMs: number;
  /** Told once per failure (crash, hang), so the page can offer Restart. */
  readonly onFailure: (failure: WorkerFailure) => void;
}

/** One live worker at a time; `restart()` replaces it. */
export class WorkerClient<Api extends object> {
  private worker!: Worker;
  private api!: Comlink.Remote<Api>;
  private failed = false;
  private generation = 0;

  constructor(private readonly options: WorkerClientOptions) {
    this.start();
  }

  private start(): void {
    const { what } = this.options;
    this.worker = this.options.start();
    this.api = Comlink.wrap<Api>(this.worker);
    this.failed = false;
    const generation = ++this.generation;
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (generation === this.generation) this.fail(new WorkerFailure(`${what} stopped with an error: ${event.message || 'unknown error'}.`));
    });
    this.worker.addEventListener('messageerror', () => {
      if (generation === this.generation) this.fail(new WorkerFailure(`${what} sent a message the page could not read.`));
    });
  }

  private fail(failure: WorkerFailure): void {
    if (this.failed) return;
    this.failed = true;
    this.options.onFailure(failure);
  }

  /** Whether the worker has crashed or hung since it was last (re)started. */
  get isFailed(): boolean {
    return this.failed;
  }

  /** The running worker (for the end-to-end tests' hooks, which end it as a crash would). */
  get thread(): Worker {
    return this.worker;
  }

  /**
   * Calls a worker method; rejects with WorkerFailure when the worker has
   * failed or does not answer within the timeout.
   */
  async call<K extends Methods<Api>>(method: K, ...args: Method<Api, K>['args']): Promise<Method<Api, K>['result']> {
    const { what, timeoutMs } = this.options;
    if (this.failed) throw new WorkerFailure(`${what} is not running.`);
    const generation = this.generation;
    const fn = this.api[method] as unknown as (...a: unknown[]) => Promise<Method<Api, K>['result']>;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WorkerFailure(`${what} did not answer within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
    });
    try {
      return await Promise.race([fn(...args), timeout]);
    } catch (error) {
      const failure = error instanceof WorkerFailure ? error : new WorkerFailure(`${what} reported a problem: ${error instanceof Error ? error.message : String(error)}`);
      // Bad input comes back as problems, never as an exception, so anything thrown is a crash: report it.
      if (generation === this.generation) this.fail(failure);
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends the current worker and starts a fresh one (the caller loads its input again). */
  restart(): void {
    this.generation++;
    this.api[Comlink.releaseProxy]();
    this.worker.terminate();
    this.start();
  }
}

/** A worker's timeout: `?timeoutMs=` when the page was opened with `?debug` (tests make a hang quick to see), else the default. */
export function workerTimeoutMs(defaultMs: number): number {
  const query = new URLSearchParams(location.search);
  const value = Number(query.get('timeoutMs'));
  return query.has('debug') && Number.isFinite(value) && value > 0 ? value : defaultMs;
}
