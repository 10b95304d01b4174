// The way into the teacher's settings: press and hold the top-right corner (a tap does
// nothing, so the class does not open them by accident), then the PIN when one is set.

/** How long the corner must be held (ms). */
export const LONG_PRESS_MS = 1500;

export class TeacherGesture {
  settingsOpen = $state(false);
  askingPin = $state(false);
  /** The settings or the PIN prompt are on screen: the class's screen steps aside. */
  readonly open = $derived(this.settingsOpen || this.askingPin);
  readonly #pin: () => string | null;
  readonly #longPressMs: number;
  #pressTimer: ReturnType<typeof setTimeout> | undefined;

  /** `pin`: the PIN to ask for, or null when there is none. */
  constructor(pin: () => string | null, longPressMs = LONG_PRESS_MS) {
    this.#pin = pin;
    this.#longPressMs = longPressMs;
  }

  /** The corner is pressed (pointer down, or Enter/Space on it). */
  press(): void {
    clearTimeout(this.#pressTimer);
    this.#pressTimer = setTimeout(() => {
      if (this.#pin()) this.askingPin = true;
      else this.settingsOpen = true;
    }, this.#longPressMs);
  }

  /** The corner is let go (or the pointer left it) before the long press was complete. */
  release(): void {
    clearTimeout(this.#pressTimer);
  }

  pinEntered(right: boolean): void {
    this.askingPin = false;
    this.settingsOpen = right;
  }

  close(): void {
    this.settingsOpen = false;
  }
}
