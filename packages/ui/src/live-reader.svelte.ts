// Reads digits from a playing video (or a photo) in a Web Worker. One frame is in
// flight at a time: frames that arrive meanwhile are dropped, never queued, so the
// answer is always about what the camera sees now, on fast and slow devices alike.
import type { BackendName, BackendOption, Reading, ReaderSettings } from "@livedigits/core";
import { RateMeter } from "./rate-meter.js";
import type { FromReaderWorker, ToReaderWorker } from "./reader-protocol.js";
import { toFrameRegion, type NormalisedRegion } from "./roi-geometry.js";

export interface LiveReaderOptions {
  /** URL of model.json, served by the app. */
  readonly model: string;
  /** URL of the number model's model.json, served by the app (numbers of several digits read column by column). */
  readonly numberModel?: string;
  /** Folder URL (ending in "/") where the app serves tfjs-backend-wasm's .wasm files. */
  readonly wasmPaths: string;
  readonly backend?: BackendOption;
  readonly settings?: ReaderSettings;
}

export type ReaderStatus = "loading" | "ready" | "failed";

type ReadRequest = Extract<ToReaderWorker, { type: "read" }>;

export class LiveReader {
  /** The latest reading of the video or photo being watched. */
  reading = $state.raw<Reading | null>(null);
  backend = $state<BackendName | null>(null);
  status = $state<ReaderStatus>("loading");
  /** Why the reader cannot work at all (e.g. the model failed to load); reading stops. */
  error = $state<string | null>(null);
  /** Why the last frame could not be read; cleared by the next reading. */
  readError = $state<string | null>(null);
  /** Readings per second, over the last two seconds. */
  fps = $state(0);
  /** Time the worker took per reading over the last two seconds (ms). */
  msPerReading = $state<number | null>(null);
  /**
   * Camera frames that arrived while the reader was ready, since it was created
   * (with the two counts below, what benchmarks read off the status line).
   */
  framesSeen = $state(0);
  /** Of framesSeen, those dropped because a reading was still in flight (or never handed to the reader). */
  framesSkipped = $state(0);
  /** Readings received (camera and photo), since the reader was created. */
  readingsDone = $state(0);

  readonly #worker: Worker;
  #inFlight = false;
  #nextId = 1;
  /** Readings of frames sent before this id belong to a video or photo no longer watched. */
  #acceptFrom = 1;
  /** A photo waiting for the frame in flight (or the model) to finish; only the newest is kept. */
  #pendingStill: { image: ImageBitmap; region: NormalisedRegion } | null = null;
  readonly #rate = new RateMeter(2000);

  constructor(options: LiveReaderOptions) {
    this.#worker = new Worker(new URL("./reader.worker.ts", import.meta.url), { type: "module", name: "livedigits-reader" });
    this.#worker.addEventListener("message", (event: MessageEvent<FromReaderWorker>) => this.#receive(event.data));
    this.#worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.#fail(`The reader could not start: ${event.message || "its script failed to load"}.`);
    });
    this.#post({
      type: "init",
      config: { model: options.model, ...(options.numberModel ? { numberModel: options.numberModel } : {}), wasmPaths: options.wasmPaths, backend: options.backend ?? "auto", settings: options.settings ?? {} },
    });
  }

  /** Threshold, polarity and smoothing apply from the next reading; the model stays loaded. */
  setOptions(options: ReaderSettings): void {
    this.#post({ type: "setOptions", options: { ...options } });
  }

  /**
   * Reads the video frame by frame while it plays, in the box (or search area) `region()`
   * returns at that moment. Returns the function that stops watching.
   */
  watch(video: HTMLVideoElement, region: () => NormalisedRegion): () => void {
    let watching = true;
    let frameRequest = 0;
    let lastPresented: number | undefined;
    const hasFrameCallback = "requestVideoFrameCallback" in video;
    const next = () => {
      if (!watching) return;
      // Called once per new video frame where supported; otherwise once per display frame.
      frameRequest = hasFrameCallback ? video.requestVideoFrameCallback(onFrame) : requestAnimationFrame(onFrame);
    };
    const onFrame = (_now: number, metadata?: VideoFrameCallbackMetadata) => {
      // A busy page gets one callback for several new frames: presentedFrames says how many.
      const presented = metadata?.presentedFrames;
      const arrived = presented !== undefined && lastPresented !== undefined ? Math.max(1, presented - lastPresented) : 1;
      lastPresented = presented;
      void this.#readVideoFrame(video, region(), arrived);
      next();
    };
    next();
    return () => {
      watching = false;
      if (hasFrameCallback) video.cancelVideoFrameCallback(frameRequest);
      else cancelAnimationFrame(frameRequest);
      this.#forgetReadings();
    };
  }

  /** Reads one picture (a photo) in the box, or where the region says to look, without smoothing. The image stays the caller's. */
  readStill(image: ImageBitmap, region: NormalisedRegion): void {
    this.#forgetReadings();
    this.#pendingStill = { image, region };
    void this.#sendPendingStill();
  }

  /** Forgets the current reading and any photo waiting to be read, e.g. when the camera stops or the photo closes. */
  clear(): void {
    this.#forgetReadings();
    this.#pendingStill = null;
    this.reading = null;
  }

  dispose(): void {
    this.#worker.terminate();
    this.#pendingStill = null;
  }

  /** `arrived`: new camera frames since the last call; all but the newest were never offered. */
  async #readVideoFrame(video: HTMLVideoElement, region: NormalisedRegion, arrived: number): Promise<void> {
    if (this.status !== "ready" || video.videoWidth === 0) return;
    this.framesSeen += arrived;
    this.framesSkipped += arrived - 1;
    if (this.#inFlight || this.#pendingStill) {
      this.framesSkipped++;
      return;
    }
    this.#inFlight = true;
    let frame: ImageBitmap;
    try {
      frame = await createImageBitmap(video);
    } catch {
      this.#inFlight = false; // no picture at this instant (the stream just changed): the next frame will do
      this.framesSkipped++;
      return;
    }
    this.#sendRead(frame, region, false);
  }

  async #sendPendingStill(): Promise<void> {
    const pending = this.#pendingStill;
    if (!pending || this.#inFlight || this.status !== "ready") return;
    this.#pendingStill = null;
    this.#inFlight = true;
    let copy: ImageBitmap;
    try {
      copy = await createImageBitmap(pending.image); // transferring it would take the caller's image away
    } catch (error) {
      this.#inFlight = false;
      this.readError = `The photo could not be read: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    this.#sendRead(copy, pending.region, true);
  }

  #sendRead(frame: ImageBitmap, region: NormalisedRegion, still: boolean): void {
    const request: ReadRequest = {
      type: "read",
      id: this.#nextId++,
      frame,
      region: toFrameRegion(region, frame.width, frame.height),
      timestamp: performance.now(),
      still,
    };
    this.#post(request, [frame]);
  }

  #receive(message: FromReaderWorker): void {
    switch (message.type) {
      case "ready":
        this.backend = message.backend;
        this.status = "ready";
        void this.#sendPendingStill();
        return;
      case "failed":
        this.#fail(message.message);
        return;
      case "reading":
        this.#inFlight = false;
        if (message.id >= this.#acceptFrom) {
          const now = performance.now();
          this.readingsDone++;
          this.reading = message.reading;
          this.readError = null;
          this.#rate.tick(now, message.ms);
          this.fps = this.#rate.perSecond(now);
          this.msPerReading = this.#rate.meanDuration(now);
        }
        void this.#sendPendingStill();
        return;
      case "read-error":
        this.#inFlight = false;
        if (message.id >= this.#acceptFrom) this.readError = message.message;
        void this.#sendPendingStill();
        return;
    }
  }

  #forgetReadings(): void {
    this.#acceptFrom = this.#nextId;
    this.#rate.reset();
    this.fps = 0;
  }

  #fail(message: string): void {
    this.status = "failed";
    this.error = message;
    this.#inFlight = false;
  }

  #post(message: ToReaderWorker, transfer: Transferable[] = []): void {
    this.#worker.postMessage(message, transfer);
  }
}
