/**
 * One live session: the camera, the reader in its worker, the box and the settings
 * they share, as one reactive object. An app keeps its settings where it likes (any
 * store with `value` and `update`, e.g. PersistedSettings) and wires the rest in a
 * few lines:
 *
 * ```svelte
 * <script lang="ts">
 *   const session = new LiveSession({ settings: store, base: import.meta.env.BASE_URL, start: "if-allowed" });
 *   $effect(() => session.connect());
 * </script>
 *
 * <CameraView stream={session.camera.stream} mirror={session.settings.mirror}
 *   bind:video={session.video} bind:frameWidth={session.frameWidth} bind:frameHeight={session.frameHeight}>
 *   {#if session.live}<RoiBox roi={session.box} mirror={session.settings.mirror} onchange={(box) => session.moveBox(box)} />{/if}
 * </CameraView>
 * <ReadingDisplay reading={session.reading} />
 * <ThresholdControl value={session.settings.threshold} onchange={(threshold) => session.update({ threshold })} />
 * ```
 *
 * A still picture (a photo) is read instead of the camera with `showStill(bitmap)` until
 * `closeStill()`: searched whole for the digit first, its box then fitted to the digit
 * found, where the person can still move it. That box is its own and is not saved, and
 * reading the picture leaves the live smoothing history alone. `inkBox` is where the
 * last reading found the digit's ink, for the apps to outline (InkBox).
 *
 * `connect()` listens to the camera, sends setting changes to the reader, reads every
 * camera frame while the camera runs (or the still picture whenever its box or a
 * setting changes), and returns the cleanup that stops the camera and the worker.
 * Settings an app's store lacks take the shared defaults (DEFAULT_LIVE_SETTINGS).
 */
import type { BackendOption, Reading, ReaderSettings } from "@livedigits/core";
import { untrack } from "svelte";
import { Camera, cameraPermissionStatus } from "./camera.svelte.js";
import { LiveReader } from "./live-reader.svelte.js";
import { defaultRoi, fromFrameRoi, normalisedRoi, searchAreaAround, type NormalisedRegion, type NormalisedRoi } from "./roi-geometry.js";
import { DEFAULT_LIVE_SETTINGS, type LiveSettings } from "./settings-fields.js";

/** Where an app keeps its settings: PersistedSettings fits, as does any store with these two members. */
export interface LiveSettingsStore {
  readonly value: Partial<LiveSettings>;
  update(patch: Partial<LiveSettings>): void;
}

/**
 * When the camera starts by itself, on connect: "at-once" (a kiosk: nobody to press Start),
 * "if-allowed" (where permission was given before: no click needed on a return visit),
 * or "manual" (the app or the person starts it). Either start waits until the page is shown.
 */
export type CameraStart = "at-once" | "if-allowed" | "manual";

export interface LiveSessionOptions {
  readonly settings: LiveSettingsStore;
  /** The app's base URL (Vite's import.meta.env.BASE_URL): the model is served at base + "model/", wasm at base + "wasm/". */
  readonly base?: string;
  readonly backend?: BackendOption;
  readonly start?: CameraStart;
  /**
   * Where the camera's box holds no digit to read (it cuts one, holds it small, or is
   * empty), look for the digit in the box grown by this share of its size on each side:
   * in a kiosk, a child need not line up precisely. Without it, the box is read as it is.
   */
  readonly searchMargin?: number;
}

/** The whole picture, as a box: where a still picture is shown to be read until the digit is found. */
const WHOLE_PICTURE = normalisedRoi({ x: 0, y: 0, width: 1, height: 1 });

export class LiveSession {
  readonly camera: Camera;
  readonly reader: LiveReader;
  /** The video element and its frame size: bound by CameraView. */
  video = $state<HTMLVideoElement | null>(null);
  frameWidth = $state(0);
  frameHeight = $state(0);
  /** A still picture (a photo) read instead of the camera; null while the camera is the source. */
  still = $state.raw<ImageBitmap | null>(null);
  /** The box on the still picture, not saved: null until the search of the whole picture has fitted it. */
  #stillBox = $state.raw<NormalisedRoi | null>(null);

  readonly #store: LiveSettingsStore;
  readonly #start: CameraStart;
  readonly #searchMargin: number | null;

  /** The settings in force: the app's store over the shared defaults. */
  readonly settings: LiveSettings = $derived.by(() => ({ ...DEFAULT_LIVE_SETTINGS, ...this.#store.value }));
  // Primitives, so that moving the box (which changes the settings) does not resend them.
  readonly #threshold = $derived(this.settings.threshold);
  readonly #polarity = $derived(this.settings.polarity);
  readonly #smoothing = $derived(this.settings.smoothing);
  readonly #maxDigits = $derived(this.settings.maxDigits);
  /** What the reader is told: threshold, polarity, smoothing and the longest number. */
  readonly readerSettings: ReaderSettings = $derived({ threshold: this.#threshold, polarity: this.#polarity, smoothing: this.#smoothing, maxDigits: this.#maxDigits });

  /** The box on the camera picture: the person's, or the default one, shaped for a number where numbers are read. */
  readonly cameraBox: NormalisedRoi = $derived(this.settings.roi ?? defaultRoi(this.frameWidth, this.frameHeight, this.#maxDigits));
  /** The box being read: on the still picture while there is one (the whole of it while it is searched), otherwise on the camera picture. */
  readonly box: NormalisedRoi = $derived(this.still ? (this.#stillBox ?? WHOLE_PICTURE) : this.cameraBox);
  /** Where the camera's frames are read: the box, and with a search margin the area around it. */
  readonly #cameraRegion: NormalisedRegion = $derived.by(() =>
    this.#searchMargin === null ? this.cameraBox : { box: this.cameraBox, searchIfRefused: searchAreaAround(this.cameraBox, this.#searchMargin) },
  );
  /** Where the still picture is read: all of it until its box is fitted, then its box. */
  readonly #stillRegion: NormalisedRegion = $derived(this.#stillBox ?? "auto");
  /** The camera runs and its picture has arrived. */
  readonly live: boolean = $derived.by(() => this.camera.state === "running" && this.frameWidth > 0);
  /** The reading to show: of the camera picture while live, of the still picture while there is one, else none. */
  readonly reading: Reading | null = $derived.by(() => (this.live || this.still ? this.reader.reading : null));
  /** Where the reading found the digit's ink, as shares of the picture read; null when the model did not run. */
  readonly inkBox: NormalisedRoi | null = $derived.by(() => {
    const ink = this.reading?.inkBox;
    const [width, height] = this.still ? [this.still.width, this.still.height] : [this.frameWidth, this.frameHeight];
    return ink && width > 0 && height > 0 ? fromFrameRoi(ink, width, height) : null;
  });

  constructor(options: LiveSessionOptions) {
    this.#store = options.settings;
    this.#start = options.start ?? "manual";
    this.#searchMargin = options.searchMargin ?? null;
    // A bad margin is refused here, not at the first camera frame.
    if (this.#searchMargin !== null) searchAreaAround(WHOLE_PICTURE, this.#searchMargin);
    const base = options.base ?? "/";
    const settings = { ...DEFAULT_LIVE_SETTINGS, ...options.settings.value };
    this.camera = new Camera({ deviceId: settings.cameraId });
    this.reader = new LiveReader({
      model: `${base}model/model.json`,
      numberModel: `${base}model/number/model.json`,
      wasmPaths: `${base}wasm/`,
      backend: options.backend ?? "auto",
      settings: { threshold: settings.threshold, polarity: settings.polarity, smoothing: settings.smoothing, maxDigits: settings.maxDigits },
    });
  }

  /**
   * Runs the session: `$effect(() => session.connect())`. The returned cleanup stops
   * the camera and the reader's worker; a session is connected once.
   */
  connect(): () => void {
    return untrack(() => {
      const disconnectCamera = this.camera.connect();
      const stopEffects = $effect.root(() => {
        $effect(() => {
          this.reader.setOptions(this.readerSettings);
        });
        // Read the video while the camera runs and no still picture is shown.
        $effect(() => {
          const video = this.video;
          if (!video || !this.live || this.still) return;
          return this.reader.watch(video, () => this.#cameraRegion);
        });
        // Read the still picture again whenever its box or a setting changes (the settings effect, earlier, sends them first).
        $effect(() => {
          void this.readerSettings;
          if (this.still) this.reader.readStill(this.still, this.#stillRegion);
        });
        // The search of a still picture found where to read: its box takes that place (showStill cleared older readings).
        $effect(() => {
          const { still, reading } = this;
          if (still && reading && this.#stillBox === null) this.#stillBox = fromFrameRoi(reading.box, still.width, still.height);
        });
        // Nothing to read: forget the last reading, so it does not flash when reading resumes.
        $effect(() => {
          if (!this.live && !this.still) untrack(() => this.reader.clear());
        });
      });
      if (this.#start === "at-once") void this.camera.startWhenVisible();
      else if (this.#start === "if-allowed") void this.startIfAllowed();
      return () => {
        stopEffects();
        disconnectCamera();
        this.reader.dispose();
      };
    });
  }

  /**
   * Starts the camera where it is allowed already, unless it started or a still picture came
   * meanwhile; on a hidden page (a background tab), once the page is shown.
   */
  async startIfAllowed(): Promise<void> {
    const permission = await cameraPermissionStatus();
    if (permission?.state === "granted" && this.camera.state === "idle" && !this.still) await this.camera.startWhenVisible();
  }

  /** Changes settings; the app's store keeps them. */
  update(patch: Partial<LiveSettings>): void {
    this.#store.update(patch);
  }

  /** Moves the box being read: the camera's is saved, a still picture's is kept for that picture only. */
  moveBox(box: NormalisedRoi): void {
    if (this.still) this.#stillBox = box;
    else this.update({ roi: box });
  }

  /** Back to the default box on the camera picture. */
  resetBox(): void {
    this.update({ roi: null });
  }

  /** Starts the camera the person chose, and remembers it. */
  chooseCamera(deviceId: string): void {
    this.update({ cameraId: deviceId });
    void this.camera.start(deviceId);
  }

  /** One tap to the other camera (front and rear on a phone), remembered; nothing where there is only one. */
  switchCamera(): void {
    const next = this.camera.nextCamera();
    if (next !== null) this.chooseCamera(next);
  }

  /**
   * Reads a still picture instead of the camera, which stops (one picture at a time): the
   * whole picture is searched for the digit, and the box then fitted to it.
   * The image stays the caller's: close it after closeStill or the next showStill.
   */
  showStill(image: ImageBitmap): void {
    this.camera.stop();
    this.reader.clear(); // the camera's last reading must not pass for the picture's
    this.#stillBox = null;
    this.still = image;
  }

  /** Back to the camera after a still picture. */
  closeStill(): void {
    this.still = null;
    this.#stillBox = null;
    this.reader.clear();
    void this.camera.start();
  }
}
