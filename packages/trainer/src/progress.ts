/**
 * One line per epoch that fills as batches finish, with samples/s and ETA.
 * On a terminal it redraws in place; in logs (CI, background runs) it prints
 * every tenth of the epoch instead.
 */
export class ProgressBar {
  readonly #label: string;
  readonly #total: number;
  readonly #start = performance.now();
  readonly #stream = process.stderr;
  #lastDecile = -1;

  constructor(label: string, total: number) {
    this.#label = label;
    this.#total = total;
  }

  update(done: number, extra = ""): void {
    const fraction = Math.min(1, done / this.#total);
    const seconds = (performance.now() - this.#start) / 1000;
    const rate = done / Math.max(seconds, 1e-9);
    const eta = rate > 0 ? (this.#total - done) / rate : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const line = `${this.#label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${rate.toFixed(0)} samples/s ETA ${formatSeconds(eta)} ${extra}`;
    if (this.#stream.isTTY) {
      this.#stream.write(`\r${line}\x1b[K`);
      if (done >= this.#total) this.#stream.write("\n");
    } else {
      const decile = Math.floor(fraction * 10);
      if (decile !== this.#lastDecile) {
        this.#lastDecile = decile;
        this.#stream.write(`${line}\n`);
      }
    }
  }
}

export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
