// Keeps the screen awake while the kiosk shows (Screen Wake Lock API). The browser
// releases the lock whenever the page is hidden; it is asked for again when the page
// is shown. Where the API is missing or refuses, the kiosk works on without it.

interface Sentinel extends EventTarget {
  readonly released: boolean;
  release(): Promise<void>;
}

interface WakeLockApi {
  request(type: "screen"): Promise<Sentinel>;
}

export type WakeLockState = "unsupported" | "held" | "released" | "refused";

export class ScreenWakeLock {
  state = $state<WakeLockState>("released");
  #sentinel: Sentinel | null = null;
  #wanted = false;
  #pending = false;
  readonly #api: WakeLockApi | null;

  constructor(api: WakeLockApi | null = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock ?? null) {
    this.#api = api;
    if (!api) this.state = "unsupported";
  }

  /** Holds the lock from now on, re-acquiring it when the page becomes visible. Returns the cleanup. */
  keep(): () => void {
    this.#wanted = true;
    const onVisibility = () => {
      if (document.visibilityState === "visible") void this.#acquire();
    };
    document.addEventListener("visibilitychange", onVisibility);
    void this.#acquire();
    return () => {
      this.#wanted = false;
      document.removeEventListener("visibilitychange", onVisibility);
      const sentinel = this.#sentinel;
      this.#sentinel = null;
      void sentinel?.release().catch(() => {});
    };
  }

  async #acquire(): Promise<void> {
    if (!this.#api || !this.#wanted || this.#pending || document.visibilityState !== "visible") return;
    if (this.#sentinel && !this.#sentinel.released) return;
    this.#pending = true;
    try {
      const sentinel = await this.#api.request("screen");
      if (!this.#wanted) {
        void sentinel.release().catch(() => {});
        return;
      }
      this.#sentinel = sentinel;
      sentinel.addEventListener("release", () => {
        if (this.#sentinel === sentinel) this.#sentinel = null;
        this.state = "released";
      });
      this.state = "held";
    } catch {
      this.state = "refused"; // e.g. battery saver; tried again on the next visibility change
    } finally {
      this.#pending = false;
    }
  }
}
