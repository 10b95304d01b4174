import type { BackendName, BackendOption } from "./backend-names.js";
import { selectBackend, type BackendSetup } from "./backend.js";
import type { Frame } from "./frame.js";
import { DEFAULT_THRESHOLD } from "./defaults.js";
import { frameDigit, type ReadRegion } from "./framing.js";
import { DigitClassifier, type Classification } from "./classifier.js";
import { loadDigitModel, type ModelSource } from "./model.js";
import type { NoDigitReason as FramingReason } from "./preprocess/locate.js";
import type { Polarity } from "./preprocess/polarity.js";
import type { Side } from "./preprocess/overflow.js";
import type { PolarityOption } from "./preprocess/preprocess.js";
import type { Roi } from "./preprocess/roi.js";
import { defaultSmoothing, FrameSmoother, type SmoothingOptions } from "./smoothing.js";

export interface DigitReaderOptions extends BackendSetup {
  /** model.json URL served by the app, or an IOHandler (see @livedigits/core/node for files). */
  readonly model: ModelSource;
  /** Minimum confidence to report a digit; below it the reading is 'unsure'. Default DEFAULT_THRESHOLD (@livedigits/core/defaults). */
  readonly threshold?: number;
  /** Default 'auto': decided per frame. */
  readonly polarity?: PolarityOption;
  /** Default 'auto': the best of webgpu, webgl, wasm, cpu that starts. */
  readonly backend?: BackendOption;
  /** readForVideo reports a digit only once it is steady over several frames. Default off. */
  readonly smoothing?: boolean | SmoothingOptions;
}

export type ReadingState = "digit" | "no-digit" | "unsure";

/** Why a reading holds no digit: the box's content was refused before the model ran, or the model judged it no digit. */
export type NoDigitReason = FramingReason | "not-a-digit";

export interface Reading {
  /** The digit read, or null when there is none or the model is unsure. */
  readonly digit: number | null;
  /** The calibrated probability of the most probable digit (0 when the model did not run). */
  readonly confidence: number;
  /** Calibrated probabilities of 0…9, summing to 1 − notDigit (all zero when the model did not run). */
  readonly probabilities: readonly number[];
  /** The calibrated probability that the box holds no digit at all (a letter, a word, a hand…). */
  readonly notDigit: number;
  readonly polarity: Polarity;
  readonly state: ReadingState;
  /** Why there is no digit: the box was refused before the model ran, or the model found no digit ('not-a-digit'). */
  readonly reason?: NoDigitReason;
  /** With reason 'overflow': the sides of the box the digit's strokes run out of. */
  readonly overflow?: readonly Side[];
  /** The box that was read, in frame pixels: the one asked for, or the one fitted to the digit found by a search. */
  readonly box: Roi;
  /** The digit's ink in frame pixels, when the model ran. */
  readonly inkBox: Roi | null;
  /** The 28×28 image the model saw (white ink on black), or null when it did not run. */
  readonly modelInput: Float32Array | null;
  readonly timestamp: number;
}

export type ReaderSettings = Pick<DigitReaderOptions, "threshold" | "polarity" | "smoothing">;

export interface DigitReader {
  readonly backend: BackendName;
  /**
   * Reads the digit in a still image: in a box (default: centred square, 40% of
   * the short side), or found anywhere ("auto") or within `{ searchIn }`.
   * Never smoothed, and leaves the video's smoothing history alone.
   */
  read(image: Frame, region?: ReadRegion): Promise<Reading>;
  /**
   * Reads the digit in a frame of live video, taken at `timestamp` (ms): with
   * smoothing on, the digit shown is the one steady over the last frames.
   */
  readForVideo(frame: Frame, timestamp: number, region?: ReadRegion): Promise<Reading>;
  /** Changes threshold, polarity or smoothing without reloading the model. */
  setOptions(settings: ReaderSettings): void;
  dispose(): void;
}

const NO_PROBABILITIES: readonly number[] = Object.freeze(new Array<number>(10).fill(0));

const POLARITY_OPTIONS: readonly PolarityOption[] = ["auto", "dark-on-light", "light-on-dark"];

export async function createDigitReader(options: DigitReaderOptions): Promise<DigitReader> {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`createDigitReader needs its options, at least { model: the URL of model.json }; got ${describe(options)}.`);
  }
  // Checked before the model loads: a bad setting then costs nothing to refuse.
  const settings = checkSettings(options);
  const backend = await selectBackend(options.backend ?? "auto", options);
  const model = await loadDigitModel(options.model);
  return new ModelDigitReader(new DigitClassifier(model), backend, settings);
}

/** Settings checked and ready to apply; undefined leaves one as it is. */
interface CheckedSettings {
  readonly threshold: number | undefined;
  readonly polarity: PolarityOption | undefined;
  readonly smoother: FrameSmoother | null | undefined;
}

/** Every setting checked before any is applied, so a bad one changes nothing. */
function checkSettings(settings: ReaderSettings): CheckedSettings {
  if (settings === null || typeof settings !== "object") {
    throw new TypeError(`Reader settings must be an object such as { threshold: 0.8 }; got ${describe(settings)}.`);
  }
  const { threshold, polarity, smoothing } = settings;
  if (threshold !== undefined) {
    if (typeof threshold !== "number") throw new TypeError(`threshold must be a number between 0 and 1; got ${describe(threshold)}.`);
    if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be between 0 and 1, got ${threshold}.`);
  }
  if (polarity !== undefined && !POLARITY_OPTIONS.includes(polarity)) {
    throw new RangeError(`polarity must be one of ${POLARITY_OPTIONS.map((p) => `"${p}"`).join(", ")}; got ${describe(polarity)}.`);
  }
  let smoother: FrameSmoother | null | undefined;
  if (typeof smoothing === "boolean") smoother = smoothing ? new FrameSmoother(defaultSmoothing) : null;
  else if (typeof smoothing === "object" && smoothing !== null) smoother = new FrameSmoother(smoothing);
  else if (smoothing !== undefined) {
    throw new TypeError(`smoothing must be true, false or { window, minAgreeing } (whole numbers of frames); got ${describe(smoothing)}.`);
  }
  return { threshold, polarity, smoother };
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

class ModelDigitReader implements DigitReader {
  #threshold = DEFAULT_THRESHOLD;
  #polarity: PolarityOption = "auto";
  #smoother: FrameSmoother | null = null;
  #disposed = false;

  constructor(
    readonly classifier: DigitClassifier,
    readonly backend: BackendName,
    settings: CheckedSettings,
  ) {
    this.#apply(settings);
  }

  setOptions(settings: ReaderSettings): void {
    this.#apply(checkSettings(settings));
  }

  #apply({ threshold, polarity, smoother }: CheckedSettings): void {
    if (threshold !== undefined) this.#threshold = threshold;
    if (polarity !== undefined) this.#polarity = polarity;
    if (smoother !== undefined) this.#smoother = smoother;
  }

  read(image: Frame, region?: ReadRegion): Promise<Reading> {
    return this.#read(image, region, now(), null);
  }

  readForVideo(frame: Frame, timestamp: number, region?: ReadRegion): Promise<Reading> {
    if (typeof timestamp !== "number" || !Number.isFinite(timestamp)) {
      return Promise.reject(new TypeError(`readForVideo needs the frame's timestamp in milliseconds (a finite number), got ${String(timestamp)}.`));
    }
    return this.#read(frame, region, timestamp, this.#smoother);
  }

  async #read(frame: Frame, region: ReadRegion | undefined, timestamp: number, smoother: FrameSmoother | null): Promise<Reading> {
    if (this.#disposed) throw new Error("This DigitReader has been disposed.");
    const prepared = frameDigit(frame, region, this.#polarity);
    if (prepared.state === "no-digit") {
      smoother?.push(null);
      return {
        digit: null,
        confidence: 0,
        probabilities: NO_PROBABILITIES,
        notDigit: 0,
        polarity: prepared.polarity,
        state: "no-digit",
        reason: prepared.reason,
        ...(prepared.overflow ? { overflow: prepared.overflow } : {}),
        box: prepared.box,
        inkBox: null,
        modelInput: null,
        timestamp,
      };
    }
    const [{ probabilities, notDigit, top, confidence }] = (await this.classifier.classify([prepared.modelInput])) as [Classification];
    // "Not a digit" outweighing every digit is a verdict, not doubt: nothing is shown and the reason says why.
    const notADigit = notDigit > confidence;
    const sure = !notADigit && confidence >= this.#threshold ? top : null;
    const digit = smoother ? smoother.push(sure) : sure;
    return {
      digit,
      confidence: digit === null ? confidence : probabilities[digit]!,
      probabilities,
      notDigit,
      polarity: prepared.polarity,
      state: digit !== null ? "digit" : notADigit ? "no-digit" : "unsure",
      ...(digit === null && notADigit ? { reason: "not-a-digit" as const } : {}),
      box: prepared.box,
      inkBox: prepared.inkBox,
      modelInput: prepared.modelInput,
      timestamp,
    };
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.classifier.model.dispose();
  }
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}
