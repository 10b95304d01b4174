// An unattended kiosk restarts its camera whatever stopped it (unplugged, the stream
// ended without a word, another app took it), and reloads itself when the digit reader
// could not load (e.g. the network dropped during the first visit).
import type { CameraState } from "@livedigits/ui";

/** What the watchdog needs of a Camera. */
export interface WatchedCamera {
  readonly state: CameraState;
  readonly stream: MediaStream | null;
  start(): Promise<void>;
}

export interface CameraWatchdogOptions {
  /** Why the reader cannot work, or null while it can. */
  readonly readerError: () => string | null;
  /** How often the camera is checked (ms). */
  readonly checkMs?: number;
  /** A camera that failed is tried again this often (ms), so that its message does not flicker; plugging one in starts it at once. */
  readonly retryMs?: number;
  /** A reader that failed is retried by reloading the page after this long (ms). */
  readonly reloadAfterMs?: number;
  readonly reload?: () => void;
  readonly visible?: () => boolean;
}

export const CHECK_MS = 2000;
export const CAMERA_RETRY_MS = 5000;
export const RELOAD_AFTER_FAILURE_MS = 60_000;

export class CameraWatchdog {
  readonly #camera: WatchedCamera;
  readonly #readerError: () => string | null;
  readonly #checkMs: number;
  readonly #retryMs: number;
  readonly #reloadAfterMs: number;
  readonly #reload: () => void;
  readonly #visible: () => boolean;
  #lastRetry = 0;
  #readerFailedAt: number | null = null;

  constructor(camera: WatchedCamera, options: CameraWatchdogOptions) {
    this.#camera = camera;
    this.#readerError = options.readerError;
    this.#checkMs = options.checkMs ?? CHECK_MS;
    this.#retryMs = options.retryMs ?? CAMERA_RETRY_MS;
    this.#reloadAfterMs = options.reloadAfterMs ?? RELOAD_AFTER_FAILURE_MS;
    this.#reload = options.reload ?? (() => location.reload());
    this.#visible = options.visible ?? (() => document.visibilityState === "visible");
  }

  /** Checks every few seconds from now on. Returns the cleanup: `$effect(() => watchdog.connect())`. */
  connect(): () => void {
    const timer = setInterval(() => this.check(Date.now()), this.#checkMs);
    return () => clearInterval(timer);
  }

  /** One look at the camera and the reader at time `now` (ms). */
  check(now: number): void {
    if (this.#readerError() === null) this.#readerFailedAt = null;
    else if (this.#readerFailedAt === null) this.#readerFailedAt = now;
    else if (now - this.#readerFailedAt >= this.#reloadAfterMs) {
      this.#readerFailedAt = null;
      this.#reload();
    }

    // A hidden page gave its camera back on purpose; it takes it again when shown.
    if (!this.#visible()) return;
    const camera = this.#camera;
    const track = camera.stream?.getVideoTracks()[0];
    const ended = camera.state === "running" && (!track || track.readyState === "ended");
    const failed = (camera.state === "error" || camera.state === "no-camera") && now - this.#lastRetry >= this.#retryMs;
    if (ended || failed) {
      this.#lastRetry = now;
      void camera.start();
    }
  }
}
