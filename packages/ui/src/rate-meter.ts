// Readings per second and time per reading over a sliding window, for the status
// line. Pure, so it is tested without a worker or a clock.

export class RateMeter {
  readonly #windowMs: number;
  #events: { time: number; durationMs: number }[] = [];

  constructor(windowMs = 2000) {
    this.#windowMs = windowMs;
  }

  /** Records one event (a reading) at `now` (ms) that took `durationMs`. */
  tick(now: number, durationMs = 0): void {
    this.#events.push({ time: now, durationMs });
    this.#forget(now);
  }

  /**
   * Events per second from the spacing of the events in the window, so the
   * first second after a start is not under-counted as a fraction of the window.
   */
  perSecond(now: number): number {
    this.#forget(now);
    const n = this.#events.length;
    if (n < 2) return 0;
    const span = this.#events[n - 1]!.time - this.#events[0]!.time;
    return span > 0 ? ((n - 1) * 1000) / span : 0;
  }

  /** Mean duration of the events in the window; null when there are none. */
  meanDuration(now: number): number | null {
    this.#forget(now);
    if (this.#events.length === 0) return null;
    return this.#events.reduce((sum, event) => sum + event.durationMs, 0) / this.#events.length;
  }

  reset(): void {
    this.#events = [];
  }

  #forget(now: number): void {
    const oldest = now - this.#windowMs;
    let drop = 0;
    while (drop < this.#events.length && this.#events[drop]!.time <= oldest) drop++;
    if (drop) this.#events.splice(0, drop);
  }
}
