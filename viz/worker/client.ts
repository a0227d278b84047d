/**
 * The page's handle on the simulation worker: starts it, wraps every call in a
 * timeout (a hung or killed worker must be reported, not waited on forever),
 * and can restart it without reloading the page.
 */
import * as Comlink from 'comlink';
import type { SimulationWorkerApi } from '../../sim/worker.ts';

/** Why the worker is no longer usable, in words for the page. */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

type Api = Comlink.Remote<SimulationWorkerApi>;

/** A call's promised result, unwrapped from comlink's Remote types. */
type Answer<K extends keyof SimulationWorkerApi> = Awaited<ReturnType<SimulationWorkerApi[K]>>;

export interface WorkerClientOptions {
  /** How long a call may take before the worker is declared hung. */
  readonly timeoutMs: number;
  /** Told once per failure (crash, hang), so the page can offer Restart. */
  readonly onFailure: (failure: WorkerFailure) => void;
}

/** One live worker at a time; `restart()` replaces it. */
export class SimulationWorkerClient {
  private worker!: Worker;
  private api!: Api;
  private failed = false;
  private generation = 0;

  constructor(private readonly options: WorkerClientOptions) {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(new URL('../../sim/worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
    this.api = Comlink.wrap<SimulationWorkerApi>(this.worker);
    this.failed = false;
    const generation = ++this.generation;
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (generation === this.generation) this.fail(new WorkerFailure(`The simulation stopped with an error: ${event.message || 'unknown error'}.`));
    });
    this.worker.addEventListener('messageerror', () => {
      if (generation === this.generation) this.fail(new WorkerFailure('The simulation sent a message the page could not read.'));
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

  /**
   * Calls a worker method; rejects with WorkerFailure when the worker has
   * failed or does not answer within the timeout.
   */
  async call<K extends keyof SimulationWorkerApi>(method: K, ...args: Parameters<SimulationWorkerApi[K]>): Promise<Answer<K>> {
    if (this.failed) throw new WorkerFailure('The simulation is not running.');
    const generation = this.generation;
    const fn = this.api[method] as unknown as (...a: unknown[]) => Promise<Answer<K>>;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WorkerFailure(`The simulation did not answer within ${Math.round(this.options.timeoutMs / 1000)} s.`)), this.options.timeoutMs);
    });
    try {
      return await Promise.race([fn(...args), timeout]);
    } catch (error) {
      const failure = error instanceof WorkerFailure ? error : new WorkerFailure(`The simulation reported a problem: ${error instanceof Error ? error.message : String(error)}`);
      // Bad input comes back as problems, never as an exception, so anything thrown is a crash of the model: report it.
      if (generation === this.generation) this.fail(failure);
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends the current worker and starts a fresh one (the caller reloads the scenario). */
  restart(): void {
    this.generation++;
    this.api[Comlink.releaseProxy]();
    this.worker.terminate();
    this.start();
  }

  /** Kills the worker without telling anyone, as a crash would: later calls time out and the page reports it (test hook). */
  simulateCrash(): void {
    this.worker.terminate();
  }
}
