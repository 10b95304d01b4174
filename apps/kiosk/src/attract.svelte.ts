// The attract screen: when nobody has held up a digit or touched the kiosk for a while,
// it invites the class to write a digit, and goes away at the next digit or touch.

export interface AttractOptions {
  /** Time without activity before the attract screen shows (ms). */
  readonly idleMs: number;
  /** While this is true (e.g. the teacher's settings are open), the attract screen stays away. */
  readonly held?: () => boolean;
}

export class AttractScreen {
  #idle = $state(false);
  readonly #idleMs: number;
  readonly #held: () => boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the attract screen shows now. */
  readonly showing = $derived.by(() => this.#idle && !this.#held());

  constructor(options: AttractOptions) {
    this.#idleMs = options.idleMs;
    this.#held = options.held ?? (() => false);
  }

  /** Starts counting the idle time. Returns the cleanup: `$effect(() => attract.connect())`. */
  connect(): () => void {
    this.activity();
    return () => clearTimeout(this.#timer);
  }

  /** A digit is held up, or someone touched the kiosk: the idle time starts again. */
  activity(): void {
    this.#idle = false;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.#idle = true), this.#idleMs);
  }
}
