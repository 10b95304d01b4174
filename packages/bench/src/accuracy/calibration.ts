// Does "92% sure" mean right 92% of the time? Readings are put in equal-width
// confidence bins; each bin's accuracy against its mean confidence is the
// reliability table, and their gap weighted by the bin's share of readings is
// the expected calibration error (ECE).

/** Running sums per confidence bin, so tallies of several sets can be added. */
export interface CalibrationTally {
  /** Readings per bin. */
  readonly counts: number[];
  /** Sum of the readings' confidence per bin. */
  readonly confidenceSums: number[];
  /** Readings whose top digit was right, per bin. */
  readonly rights: number[];
}

export interface ReliabilityBin {
  /** The bin holds confidences in [lower, upper); the last bin includes 1. */
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  /** null for an empty bin. */
  readonly meanConfidence: number | null;
  readonly accuracy: number | null;
}

export interface Calibration {
  /** Readings where the model ran. */
  readonly count: number;
  /** Σ over bins of (bin count / count) · |accuracy − mean confidence|; null with no readings. */
  readonly ece: number | null;
  /** Share of those readings whose top digit was right, and their mean confidence. */
  readonly accuracy: number | null;
  readonly meanConfidence: number | null;
  readonly bins: readonly ReliabilityBin[];
}

export const DEFAULT_BIN_COUNT = 10;

export function emptyCalibrationTally(binCount = DEFAULT_BIN_COUNT): CalibrationTally {
  if (!Number.isInteger(binCount) || binCount < 1) throw new RangeError(`binCount must be a whole number ≥ 1, got ${binCount}.`);
  return { counts: new Array<number>(binCount).fill(0), confidenceSums: new Array<number>(binCount).fill(0), rights: new Array<number>(binCount).fill(0) };
}

/** Counts one reading: its confidence (0…1) and whether its top digit was the label. */
export function recordConfidence(tally: CalibrationTally, confidence: number, correct: boolean): void {
  if (!Number.isFinite(confidence)) throw new RangeError(`confidence must be a number in 0…1, got ${confidence}.`);
  // A float32 softmax can overshoot 1 by a rounding step.
  confidence = Math.min(1, Math.max(0, confidence));
  const bins = tally.counts.length;
  const bin = Math.min(bins - 1, Math.floor(confidence * bins));
  tally.counts[bin]!++;
  tally.confidenceSums[bin]! += confidence;
  if (correct) tally.rights[bin]!++;
}

export function addCalibrationTallies(...tallies: readonly CalibrationTally[]): CalibrationTally {
  const bins = tallies[0]?.counts.length ?? DEFAULT_BIN_COUNT;
  const sum = emptyCalibrationTally(bins);
  for (const t of tallies) {
    if (t.counts.length !== bins) throw new RangeError(`Cannot add tallies of ${bins} and ${t.counts.length} bins.`);
    for (let b = 0; b < bins; b++) {
      sum.counts[b]! += t.counts[b]!;
      sum.confidenceSums[b]! += t.confidenceSums[b]!;
      sum.rights[b]! += t.rights[b]!;
    }
  }
  return sum;
}

export function calibration(tally: CalibrationTally): Calibration {
  const binCount = tally.counts.length;
  const count = tally.counts.reduce((a, b) => a + b, 0);
  const bins = tally.counts.map((n, b): ReliabilityBin => ({
    lower: b / binCount,
    upper: (b + 1) / binCount,
    count: n,
    meanConfidence: n ? tally.confidenceSums[b]! / n : null,
    accuracy: n ? tally.rights[b]! / n : null,
  }));
  if (count === 0) return { count, ece: null, accuracy: null, meanConfidence: null, bins };
  const ece = bins.reduce((sum, bin) => (bin.count ? sum + (bin.count / count) * Math.abs(bin.accuracy! - bin.meanConfidence!) : sum), 0);
  const rights = tally.rights.reduce((a, b) => a + b, 0);
  const confidence = tally.confidenceSums.reduce((a, b) => a + b, 0);
  return { count, ece, accuracy: rights / count, meanConfidence: confidence / count, bins };
}

/** What calibration needs of a reading; core's Reading and the prototype's both have it. */
export interface ScoredReading {
  readonly confidence: number;
  readonly probabilities: readonly number[];
  /** The probability of "not a digit" (0 where the model did not run). */
  readonly notDigit?: number;
  readonly state: string;
  readonly reason?: string;
}

/**
 * A reading's confidence and whether its most probable digit is the label, or
 * null when the model did not run (the box was refused before it: empty, cut…,
 * or a mark no digit is shaped like, whose "not a digit" comes with no probabilities).
 * The top digit is the argmax of the probabilities, since a reading names no
 * digit below the threshold or when "not a digit" wins.
 */
export function readingOutcome(reading: ScoredReading, label: number): { confidence: number; correct: boolean } | null {
  const modelRan = (reading.state !== "no-digit" || reading.reason === "not-a-digit") && ((reading.notDigit ?? 0) > 0 || reading.probabilities.some((p) => p > 0));
  if (!modelRan) return null;
  let top = 0;
  for (let d = 1; d < Math.min(10, reading.probabilities.length); d++) if (reading.probabilities[d]! > reading.probabilities[top]!) top = d;
  return { confidence: reading.confidence, correct: top === label };
}
