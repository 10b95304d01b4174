import type { BackendName, BackendOption } from "./backend-names.js";
import { selectBackend, type BackendSetup } from "./backend.js";
import type { Frame } from "./frame.js";
import { DEFAULT_THRESHOLD } from "./defaults.js";
import { frameDigit, frameNumber, type ReadRegion } from "./framing.js";
import { saysNotADigit, type Classification } from "./calibrate.js";
import { DigitClassifier } from "./classifier.js";
import { loadDigitModel, loadNumberModel, type ModelSource } from "./model.js";
import type { NoDigitReason as FramingReason } from "./preprocess/locate.js";
import type { Polarity } from "./preprocess/polarity.js";
import type { Side } from "./preprocess/overflow.js";
import type { PolarityOption } from "./preprocess/preprocess.js";
import type { Roi } from "./preprocess/roi.js";
import { edgeSharpness, strokeSureness } from "./preprocess/soft-ink.js";
import { loneDigitBox, readDigits, type DigitReading } from "./segment/read-number.js";
import { estimateDigitHeight, piecesAroundColumns, segmentNumber } from "./segment/segmentation.js";
import { doubtBesideStrays, heightSureness } from "./segment/choose.js";
import { NUMBER_MODEL_MAX_DIGITS, numberStrip } from "./segment/number-strip.js";
import { StripReader } from "./segment/strip-reader.js";
import { confirmColumns, NUMBER_MODEL_CONFIRMED, NUMBER_MODEL_SPELLS, numberModelOverRefusedCuts, oneDigitSureness, readsEveryBlob, reconcileReadings } from "./segment/two-readings.js";
import type { NumberInk } from "./segment/number-ink.js";
import type { Box } from "./preprocess/locate.js";
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
  /**
   * The box may hold a number of up to this many digits (1–12). Default 1: one digit,
   * read exactly as before numbers were read.
   */
  readonly maxDigits?: number;
  /**
   * The number model's model.json (or an IOHandler), for numbers of several digits: it reads
   * the number's ink column by column, so digits that touch need no cut. Without it numbers
   * are read by cutting their ink into digits alone.
   */
  readonly numberModel?: ModelSource;
}

export type ReadingState = "digit" | "no-digit" | "unsure";

/** Why a reading holds no digit: the box's content was refused before the model ran, or the model judged it no digit. */
export type NoDigitReason = FramingReason | "not-a-digit" | "too-many-digits";

export type { DigitReading };

export interface Reading {
  /** The digit read, or null when there is none, the model is unsure, or a number of several digits was read. */
  readonly digit: number | null;
  /**
   * The number shown, its digits left to right ("7", "42", "007"), or null: a number
   * is shown only when every digit is sure (with maxDigits 1: String(digit) or null).
   */
  readonly text: string | null;
  /**
   * The digits read, left to right, shown or not (empty when the model did not run or
   * found no digit). With smoothing, the digits of the number shown.
   */
  readonly digits: readonly DigitReading[];
  /** With state 'unsure': the index in `digits` of the first digit below the threshold. */
  readonly unsureDigit?: number;
  /**
   * The calibrated probability of the most probable digit, less the doubt of ink too soft
   * for a pen's stroke (a smudge: see strokeSureness); 0 when the model did not
   * run. For a number of several digits, its least sure digit's confidence (see
   * DigitReading), which `probabilities`, `notDigit` and `modelInput` then describe too.
   */
  readonly confidence: number;
  /** Calibrated probabilities of 0…9, summing to 1 − notDigit (all zero when the model did not run). */
  readonly probabilities: readonly number[];
  /** The calibrated probability that the box holds no digit at all (a letter, a word, a hand…). */
  readonly notDigit: number;
  readonly polarity: Polarity;
  readonly state: ReadingState;
  /**
   * Why there is no digit: the box was refused before the model ran, the model found no
   * digit or the mark has a shape no digit has, an i or a j ('not-a-digit'), or the box holds
   * a number longer than maxDigits ('too-many-digits').
   */
  readonly reason?: NoDigitReason;
  /** With reason 'overflow': the sides of the box the digit's (or number's) strokes run out of. */
  readonly overflow?: readonly Side[];
  /** The box that was read, in frame pixels: the one asked for, or the one fitted to the digit found by a search. */
  readonly box: Roi;
  /** The digit's (or the whole number's) ink in frame pixels, when the model ran. */
  readonly inkBox: Roi | null;
  /** The 28×28 image the model saw (white ink on black), or null when it did not run. */
  readonly modelInput: Float32Array | null;
  readonly timestamp: number;
}

export type ReaderSettings = Pick<DigitReaderOptions, "threshold" | "polarity" | "smoothing" | "maxDigits">;

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
  /** Changes threshold, polarity, smoothing or maxDigits without reloading the model. */
  setOptions(settings: ReaderSettings): void;
  dispose(): void;
}

const NO_PROBABILITIES: readonly number[] = Object.freeze(new Array<number>(10).fill(0));

const POLARITY_OPTIONS: readonly PolarityOption[] = ["auto", "dark-on-light", "light-on-dark"];

/** The longest number a box may hold. */
export const MAX_DIGITS_LIMIT = 12;

/** What the smoother remembers of each frame: its text, and the digits that spelt it. */
type TextSmoother = FrameSmoother<string, readonly DigitReading[]>;

export async function createDigitReader(options: DigitReaderOptions): Promise<DigitReader> {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`createDigitReader needs its options, at least { model: the URL of model.json }; got ${describe(options)}.`);
  }
  // Checked before the model loads: a bad setting then costs nothing to refuse.
  const settings = checkSettings(options);
  const backend = await selectBackend(options.backend ?? "auto", options);
  const [digitModel, numberModel] = await Promise.allSettled([loadDigitModel(options.model), options.numberModel === undefined ? null : loadNumberModel(options.numberModel)]);
  if (digitModel.status === "rejected" || numberModel.status === "rejected") {
    if (digitModel.status === "fulfilled") digitModel.value.dispose();
    if (numberModel.status === "fulfilled") numberModel.value?.dispose();
    throw digitModel.status === "rejected" ? digitModel.reason : (numberModel as PromiseRejectedResult).reason;
  }
  const strips = numberModel.value === null ? null : new StripReader(numberModel.value);
  return new ModelDigitReader(new DigitClassifier(digitModel.value), strips, backend, settings);
}

/** Settings checked and ready to apply; undefined leaves one as it is. */
interface CheckedSettings {
  readonly threshold: number | undefined;
  readonly polarity: PolarityOption | undefined;
  readonly smoother: TextSmoother | null | undefined;
  readonly maxDigits: number | undefined;
}

/** Every setting checked before any is applied, so a bad one changes nothing. */
function checkSettings(settings: ReaderSettings): CheckedSettings {
  if (settings === null || typeof settings !== "object") {
    throw new TypeError(`Reader settings must be an object such as { threshold: 0.8 }; got ${describe(settings)}.`);
  }
  const { threshold, polarity, smoothing, maxDigits } = settings;
  if (threshold !== undefined) {
    if (typeof threshold !== "number") throw new TypeError(`threshold must be a number between 0 and 1; got ${describe(threshold)}.`);
    if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be between 0 and 1, got ${threshold}.`);
  }
  if (polarity !== undefined && !POLARITY_OPTIONS.includes(polarity)) {
    throw new RangeError(`polarity must be one of ${POLARITY_OPTIONS.map((p) => `"${p}"`).join(", ")}; got ${describe(polarity)}.`);
  }
  if (maxDigits !== undefined) {
    if (typeof maxDigits !== "number") throw new TypeError(`maxDigits must be a whole number from 1 to ${MAX_DIGITS_LIMIT}; got ${describe(maxDigits)}.`);
    if (!(Number.isInteger(maxDigits) && maxDigits >= 1 && maxDigits <= MAX_DIGITS_LIMIT)) {
      throw new RangeError(`maxDigits must be a whole number from 1 to ${MAX_DIGITS_LIMIT} (the longest number the box holds); got ${maxDigits}.`);
    }
  }
  let smoother: TextSmoother | null | undefined;
  if (typeof smoothing === "boolean") smoother = smoothing ? new FrameSmoother(defaultSmoothing) : null;
  else if (typeof smoothing === "object" && smoothing !== null) smoother = new FrameSmoother(smoothing);
  else if (smoothing !== undefined) {
    throw new TypeError(`smoothing must be true, false or { window, minAgreeing } (whole numbers of frames); got ${describe(smoothing)}.`);
  }
  return { threshold, polarity, smoother, maxDigits };
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

class ModelDigitReader implements DigitReader {
  #threshold = DEFAULT_THRESHOLD;
  #polarity: PolarityOption = "auto";
  #smoother: TextSmoother | null = null;
  #maxDigits = 1;
  #disposed = false;

  constructor(
    readonly classifier: DigitClassifier,
    readonly strips: StripReader | null,
    readonly backend: BackendName,
    settings: CheckedSettings,
  ) {
    this.#apply(settings);
  }

  setOptions(settings: ReaderSettings): void {
    this.#apply(checkSettings(settings));
  }

  #apply({ threshold, polarity, smoother, maxDigits }: CheckedSettings): void {
    if (threshold !== undefined) this.#threshold = threshold;
    if (polarity !== undefined) this.#polarity = polarity;
    if (smoother !== undefined) this.#smoother = smoother;
    if (maxDigits !== undefined && maxDigits !== this.#maxDigits) {
      this.#maxDigits = maxDigits;
      // What held steady as one digit says nothing about a number, nor the other way round.
      this.#smoother?.reset();
    }
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

  async #read(frame: Frame, region: ReadRegion | undefined, timestamp: number, smoother: TextSmoother | null): Promise<Reading> {
    if (this.#disposed) throw new Error("This DigitReader has been disposed.");
    if (this.#maxDigits > 1) return this.#readNumber(frame, region, timestamp, smoother);
    return this.#readDigit(frame, region, timestamp, smoother);
  }

  /** One digit in the box, framed and fitted as a whole: the reading of maxDigits 1. */
  async #readDigit(frame: Frame, region: ReadRegion | undefined, timestamp: number, smoother: TextSmoother | null, splitSureness = 1): Promise<Reading> {
    const prepared = frameDigit(frame, region, this.#polarity);
    if (prepared.state === "no-digit") {
      smoother?.push(null);
      return noDigit(prepared, timestamp);
    }
    const [classification] = (await this.classifier.classify([prepared.modelInput])) as [Classification];
    const { probabilities, notDigit, top, confidence: probability } = classification;
    // As for a number's digits: doubt about where the digit's ink ends (splitSureness < 1) lowers how sure it is;
    // so does ink too soft for a stroke (a smudge, which the model has never seen and may take for a digit).
    const inkSureness = splitSureness * strokeSureness(edgeSharpness(prepared.modelInput));
    const sureness = (p: number) => p * inkSureness;
    const confidence = sureness(probability);
    // "Not a digit" outweighing every digit is a verdict, not doubt: nothing is shown and the reason says why.
    const notADigit = saysNotADigit(classification);
    const sure = !notADigit && confidence >= this.#threshold ? top : null;
    const text = smoother ? smoother.push(sure === null ? null : String(sure)) : sure === null ? null : String(sure);
    const digit = text === null ? null : Number(text);
    const shown = digit ?? top;
    return {
      digit,
      text,
      digits: notADigit && digit === null ? [] : [{ digit: shown, confidence: sureness(probabilities[shown]!), probabilities, notDigit, box: prepared.inkBox, modelInput: prepared.modelInput }],
      confidence: digit === null ? confidence : sureness(probabilities[digit]!),
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

  /** A number of up to maxDigits digits: its ink framed as a whole, then segmented and read digit by digit. */
  async #readNumber(frame: Frame, region: ReadRegion | undefined, timestamp: number, smoother: TextSmoother | null): Promise<Reading> {
    const framed = frameNumber(frame, region, this.#polarity);
    if (framed.state === "no-digit") {
      // A box the number path finds empty or its ink too small may still hold a lone digit, read as maxDigits 1
      // reads it; ink running out of the box is never read, and clutter's middle is no lone digit.
      if (framed.reason === "empty" || framed.reason === "too-small") return this.#readDigit(frame, digitSquare(region, null), timestamp, smoother);
      smoother?.push(null);
      return noDigit(framed, timestamp);
    }
    const { box, scale } = framed;
    const toFrame = (b: { minX: number; minY: number; maxX: number; maxY: number }): Roi => ({
      x: box.x + b.minX * scale,
      y: box.y + b.minY * scale,
      width: (b.maxX - b.minX + 1) * scale,
      height: (b.maxY - b.minY + 1) * scale,
    });
    const segmentation = segmentNumber(framed.number);
    // A number of one digit is read as a lone digit is, in doubt where the number model reads two digits in its ink…
    const lone = loneDigitBox(segmentation);
    if (lone) return this.#readDigit(frame, digitSquare(region, toFrame(lone)), timestamp, smoother, await this.#oneDigitSureness(framed.number));
    const cut = await readDigits(segmentation, toFrame, this.classifier, (cutNarrow) => segmentNumber(framed.number, undefined, cutNarrow));
    const { columns, partsAt } =
      this.strips !== null && cut.digits.length > 0 && cut.digits.length <= NUMBER_MODEL_MAX_DIGITS ? await this.#readColumns(framed.number, toFrame) : { columns: [], partsAt: [] };
    // The number model's reading counts only where it reads every blob of the ink (it may pass over a thin or faint digit).
    const heard = readsEveryBlob(columns, segmentation.blobs.map((b) => toFrame(b.box))) ? columns : [];
    // Where the number model reads another number than the likeliest cuts, the cuts that spell it, if any: two
    // touching digits the cuts took for no digit, or cut where they join less surely than elsewhere.
    const columnsText = textOf(heard);
    const spelt = heard.length > 0 && columnsText !== textOf(cut.digits) && heard.every((d) => d.confidence >= NUMBER_MODEL_SPELLS) ? cut.spelling(columnsText) : null;
    const strays = segmentation.strays.map(toFrame);
    if (cut.digits.length === 1 && spelt === null) {
      // … keeping the doubt of the other ways its ink could be cut (two touching digits read as one).
      const [{ box, confidence, probabilities, digit }] = doubtBesideStrays(cut.digits, strays) as [DigitReading];
      const splitSureness = confidence / Math.max(probabilities[digit]!, 1e-9);
      return this.#readDigit(frame, digitSquare(region, box), timestamp, smoother, splitSureness * oneDigitSureness(columns.length));
    }
    // The two readings agree on the spelt cuts. Otherwise ink the digit model finds no digit in (a letter's strokes,
    // or digits written into each other) is refused, unless the number model, which knows only digits, is all but
    // certain of what it reads there.
    let read = spelt
      ? reconcileReadings(spelt, heard, this.#threshold)
      : cut.digits.length <= 1
        ? cut.digits
        : cut.digits.some(isNoDigit)
          ? numberModelOverRefusedCuts(cut.digits, heard)
          : reconcileReadings(cut.digits, heard, this.#threshold, cut.shortOfADigit);
    // Left unshown — in doubt, or read otherwise by the cuts — the number model's reading may still be shown where the
    // digit model reads the ink between the places it says its digits part as the same digits: the cuts missed where
    // touching digits join, it did not.
    const confirmable = heard.length > 1 && heard.length <= this.#maxDigits && heard.every((d) => d.confidence >= NUMBER_MODEL_CONFIRMED);
    if (confirmable && !this.#shows(read)) {
      read = (await this.#confirmColumns(framed.number, heard, partsAt, toFrame)) ?? read;
    }
    const digits = doubtBesideStrays(read, strays);
    const refusal: NoDigitReason | null = digits.length === 0 ? "empty" : digits.some(isNoDigit) ? "not-a-digit" : digits.length > this.#maxDigits ? "too-many-digits" : null;
    if (refusal) {
      smoother?.push(null);
      const refused = { ...noDigit({ ...framed, reason: refusal }, timestamp), inkBox: framed.inkBox };
      if (refusal !== "not-a-digit") return refused;
      // As for one digit: what the model saw of the piece it found no digit in.
      const piece = digits.reduce((a, b) => (b.notDigit > a.notDigit ? b : a));
      return { ...refused, confidence: piece.confidence, probabilities: piece.probabilities, notDigit: piece.notDigit, modelInput: piece.modelInput };
    }
    const unsure = digits.findIndex((d) => d.confidence < this.#threshold);
    const sureText = unsure === -1 ? textOf(digits) : null;
    const text = smoother ? smoother.push(sureText, digits) : sureText;
    const shownDigits = text === null || text === sureText ? digits : steadyDigits(text, digits, smoother);
    let weakest = 0;
    shownDigits.forEach((d, k) => {
      if (d.confidence < shownDigits[weakest]!.confidence) weakest = k;
    });
    const { confidence, probabilities, notDigit, modelInput } = shownDigits[weakest]!;
    return {
      digit: text !== null && text.length === 1 ? Number(text) : null,
      text,
      digits: shownDigits,
      ...(text === null && unsure !== -1 ? { unsureDigit: unsure } : {}),
      confidence,
      probabilities,
      notDigit,
      polarity: framed.polarity,
      state: text === null ? "unsure" : "digit",
      box,
      inkBox: framed.inkBox,
      modelInput,
      timestamp,
    };
  }

  /** How far ink the cuts read as one digit is one digit, as the number model reads it (1 without it). */
  async #oneDigitSureness(number: NumberInk): Promise<number> {
    return this.strips === null ? 1 : oneDigitSureness((await this.strips.read(numberStrip(number))).digits.length);
  }

  /**
   * The number model's digits of the number's strip, as DigitReadings in frame pixels, and the working
   * image's columns where it says they part (halfway between one digit's columns and the next's).
   */
  async #readColumns(number: NumberInk, toFrame: (b: Box) => Roi): Promise<{ columns: DigitReading[]; partsAt: number[] }> {
    const { digits } = await this.strips!.read(numberStrip(number));
    return {
      columns: digits.map(({ digit, confidence, probabilities, box, modelInput }) => ({ digit, confidence, probabilities, notDigit: 0, box: toFrame(box), modelInput })),
      partsAt: digits.slice(1).map((d, k) => (digits[k]!.box.maxX + d.box.minX) / 2),
    };
  }

  /** The number model's digits as the digit model reads the ink between them, cut where it reads them alike (see confirmColumns); null otherwise. */
  async #confirmColumns(number: NumberInk, columns: readonly DigitReading[], partsAt: readonly number[], toFrame: (b: Box) => Roi): Promise<DigitReading[] | null> {
    const options = piecesAroundColumns(number, partsAt);
    if (options.some((o) => o.length === 0)) return null;
    const verdicts = await this.classifier.classify(options.flat().map((o) => o.input));
    // A piece much shorter than the number's digits is more often a wrong cut than a small digit (as for the cuts' own pieces).
    const digitHeight = estimateDigitHeight(number.pieces);
    let next = 0;
    return confirmColumns(
      columns,
      options.map((digitOptions) =>
        digitOptions.map(({ left, right, box, input }) => {
          const verdict = verdicts[next++]!;
          return { ...verdict, confidence: verdict.confidence * heightSureness(box, digitHeight), left, right, box: toFrame(box), modelInput: input };
        }),
      ),
      this.#threshold,
    );
  }

  /** Whether these digits make a number to show: each a digit, each sure, no more than maxDigits. */
  #shows(digits: readonly DigitReading[]): boolean {
    return digits.length > 0 && digits.length <= this.#maxDigits && digits.every((d) => !isNoDigit(d) && d.confidence >= this.#threshold);
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.classifier.model.dispose();
    this.strips?.model.dispose();
  }
}

function textOf(digits: readonly DigitReading[]): string {
  return digits.map((d) => d.digit).join("");
}

/** A digit of a number that the digit model says is no digit at all. */
function isNoDigit(d: DigitReading): boolean {
  return saysNotADigit({ notDigit: d.notDigit, confidence: d.probabilities[d.digit]! });
}

/**
 * Where a box made for a number holds one digit: the square a lone digit's box would be (the box's
 * height, within it), centred on the digit's ink or the box's centre — a wide box's extra paper would
 * otherwise change how the paper and the ink are judged. Searches and "auto" are left as they are.
 */
function digitSquare(region: ReadRegion | undefined, ink: Roi | null): ReadRegion | undefined {
  if (region === undefined || region === "auto" || "searchIn" in region) return region;
  const side = Math.min(region.width, region.height);
  const centreX = ink ? ink.x + ink.width / 2 : region.x + region.width / 2;
  const centreY = ink ? ink.y + ink.height / 2 : region.y + region.height / 2;
  const x = Math.min(Math.max(centreX - side / 2, region.x), region.x + region.width - side);
  const y = Math.min(Math.max(centreY - side / 2, region.y), region.y + region.height - side);
  return { x, y, width: side, height: side };
}

/** A reading of a box refused before the model ran (or whose ink the model found no number in). */
function noDigit(
  refused: { readonly box: Roi; readonly polarity: Polarity; readonly reason: NoDigitReason; readonly overflow?: readonly Side[] },
  timestamp: number,
): Reading {
  return {
    digit: null,
    text: null,
    digits: [],
    confidence: 0,
    probabilities: NO_PROBABILITIES,
    notDigit: 0,
    polarity: refused.polarity,
    state: "no-digit",
    reason: refused.reason,
    ...(refused.overflow ? { overflow: refused.overflow } : {}),
    box: refused.box,
    inkBox: null,
    modelInput: null,
    timestamp,
  };
}

/**
 * The digits to show with a steady text this frame did not read: this frame's own
 * pieces where it found as many (each with its probability of the steady digit, as a
 * single digit's reading does), else those of the latest frame that read the text.
 */
function steadyDigits(text: string, digits: readonly DigitReading[], smoother: TextSmoother | null): readonly DigitReading[] {
  if (digits.length === text.length) {
    return digits.map((d, k) => {
      const digit = Number(text[k]);
      return { ...d, digit, confidence: d.probabilities[digit]! };
    });
  }
  return smoother?.latestDetail(text) ?? digits;
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}
