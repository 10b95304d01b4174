// The kiosk's screen: fullscreen on the first tap or key, and a cursor that hides when
// the mouse rests, so that nothing but the digit is on the class's screen.

/** The cursor hides after this long without moving (ms). */
export const CURSOR_IDLE_MS = 3000;

/** The parts of the page the screen watches and drives (the real document and window by default). */
export interface ScreenPage {
  readonly document: Pick<Document, "fullscreenElement" | "fullscreenEnabled" | "documentElement" | "addEventListener" | "removeEventListener">;
  readonly window: Pick<Window, "innerWidth" | "innerHeight" | "screen" | "matchMedia" | "addEventListener" | "removeEventListener">;
}

export class KioskScreen {
  /** The kiosk made the page fullscreen (requestFullscreen). */
  fullscreen = $state(false);
  /** The browser shows the page fullscreen by itself (e.g. started with --kiosk): no hint needed. */
  browserFullscreen = $state(false);
  cursorHidden = $state(false);
  readonly #page: ScreenPage;
  readonly #cursorIdleMs: number;
  #cursorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: { page?: ScreenPage; cursorIdleMs?: number } = {}) {
    this.#page = options.page ?? { document, window };
    this.#cursorIdleMs = options.cursorIdleMs ?? CURSOR_IDLE_MS;
  }

  /** Follows fullscreen changes and starts the cursor's idle time. Returns the cleanup: `$effect(() => screen.connect())`. */
  connect(): () => void {
    const { document, window } = this.#page;
    const onChange = () => {
      this.fullscreen = document.fullscreenElement !== null;
      this.browserFullscreen =
        window.matchMedia("(display-mode: fullscreen)").matches || (window.innerWidth >= window.screen.width && window.innerHeight >= window.screen.height);
    };
    onChange();
    document.addEventListener("fullscreenchange", onChange);
    window.addEventListener("resize", onChange);
    this.#hideCursorLater();
    return () => {
      document.removeEventListener("fullscreenchange", onChange);
      window.removeEventListener("resize", onChange);
      clearTimeout(this.#cursorTimer);
    };
  }

  /** The mouse moved or something was pressed: the cursor shows until it rests again. */
  activity(): void {
    this.cursorHidden = false;
    this.#hideCursorLater();
  }

  /** Asks for fullscreen unless the page is fullscreen already or may not be. */
  enterFullscreen(): void {
    const { document } = this.#page;
    if (document.fullscreenElement || !document.fullscreenEnabled) return;
    document.documentElement.requestFullscreen({ navigationUI: "hide" }).catch(() => {
      // Refused (no user gesture, or a policy): the hint stays and the next tap tries again.
    });
  }

  #hideCursorLater(): void {
    clearTimeout(this.#cursorTimer);
    this.#cursorTimer = setTimeout(() => (this.cursorHidden = true), this.#cursorIdleMs);
  }
}
