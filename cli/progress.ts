/**
 * A progress bar on stderr, shown only when stderr is a terminal and the job
 * is long enough to need one; stdout is never touched.
 */

/** Units above which a job counts as long. */
export const PROGRESS_MIN_UNITS = 20;

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const silent: Progress = { update() {}, finish() {} };

/** A progress bar for `total` units (silent when not useful). */
export function createProgress(total: number, label: string): Progress {
  const stream = process.stderr;
  if (!stream.isTTY || total <= PROGRESS_MIN_UNITS) return silent;
  let last = 0;
  let shown = false;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    stream.write(`\r${label} [${bar}] ${Math.floor((done / total) * 100)}% ${done}/${total} runs`);
    shown = true;
  };
  return {
    update(done) {
      const now = performance.now();
      if (done < total && now - last < 100) return;
      last = now;
      draw(done);
    },
    finish() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
