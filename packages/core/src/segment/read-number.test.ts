import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs-core";
import { PNG } from "pngjs";
import * as tfl from "@tensorflow/tfjs-layers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileModel, shippedModelPath, shippedNumberModelPath } from "../node.js";
import { centredSquareRoi, type Roi } from "../preprocess/roi.js";
import { createDigitReader, type DigitReader, type Reading } from "../reader.js";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "../testing/frames.js";
import { drawNumberFrame, type NumberFrameOptions, type WrittenNumber } from "./number-frames.js";

/** A box for numbers, as the apps draw it: as tall as the digit's square, wider. */
const box: Roi = { x: 80, y: 150, width: 480, height: 180 };
const samples = mnistTestDigits(400);
/** The `n`th MNIST test image of `label`. */
function mnist(label: number, n = 0): Float32Array {
  const found = samples.filter((s) => s.label === label)[n];
  if (!found) throw new Error(`fewer than ${n + 1} MNIST test images of ${label} among the first ${samples.length}`);
  return found.image;
}
/** A number's fields, each digit a different MNIST writer (`writer` picks which). */
function fieldsOf(text: string, writer = 0): Float32Array[] {
  return [...text].map((c, i) => mnist(Number(c), (writer + i) % 8));
}
function frameOf(text: string, number: Omit<WrittenNumber, "fields"> = {}, options: Partial<NumberFrameOptions> = {}, writer = 0) {
  return drawNumberFrame({ fields: fieldsOf(text, writer), ...number }, { roi: box, noise: 4, ...options });
}

let reader: DigitReader;
beforeAll(async () => {
  reader = await createDigitReader({ model: fileModel(shippedModelPath), maxDigits: 6 });
});
afterAll(() => reader.dispose());

const SEPARATED = ["42", "2026", "007", "1234", "98765", "31", "560", "7", "84", "190"];

describe("reading a number of up to maxDigits digits in the box", () => {
  it("reads separated numbers, ink on paper and chalk on a slate, with each digit's box in the frame", async () => {
    let right = 0;
    for (const [i, text] of SEPARATED.entries()) {
      const dark = i % 2 === 0;
      const { frame, digitBoxes } = frameOf(text, { gaps: Array(text.length).fill(0.3), shifts: [...text].map((_, k) => 0.05 * Math.sin(k + i)) }, { paper: dark ? 225 : 35, ink: dark ? 30 : 215, seed: i + 1 }, i);
      const reading = await reader.read(frame, box);
      if (reading.text === text) {
        right++;
        expect(reading.state).toBe("digit");
        expect(reading.digits.map((d) => d.digit).join("")).toBe(text);
        expect(reading.digit).toBe(text.length === 1 ? Number(text) : null);
        // Each digit's box lies on the digit drawn there.
        reading.digits.forEach((d, k) => expect(overlap(d.box, digitBoxes[k]!), `${text}, digit ${k}`).toBeGreaterThan(0.6));
      }
    }
    expect(right).toBeGreaterThanOrEqual(9);
  });

  it("reads numbers whose neighbours touch, and slanted ones; where unsure how to cut them, shows nothing rather than a wrong number", async () => {
    const numbers = ["42", "2026", "357", "1860", "94", "503", "771", "68"];
    let right = 0;
    for (const [i, text] of numbers.entries()) {
      const { frame } = frameOf(text, { gaps: Array(text.length).fill(-0.03), slant: i % 2 ? 0.2 : 0 }, { seed: i + 1 }, i + 2);
      const reading = await reader.read(frame, box);
      if (reading.text === text) right++;
      else expect(reading.text, `${text} shown wrong`).toBeNull();
    }
    expect(right).toBeGreaterThanOrEqual(5);
  });

  it("a 1 written close beside its neighbour is a digit of its own, never part of the next one", async () => {
    const numbers = ["18", "219", "71", "119", "614", "31"];
    let right = 0;
    for (const [i, text] of numbers.entries()) {
      const { frame } = frameOf(text, { gaps: Array(text.length).fill(0.04), slant: i % 2 ? 0.15 : 0 }, { seed: i + 1 }, i + 1);
      const reading = await reader.read(frame, box);
      if (reading.text === text) right++;
      else expect(reading.text, `${text} shown wrong`).toBeNull();
    }
    expect(right).toBeGreaterThanOrEqual(4);
  });

  it("a 1 written right against its neighbour, too narrow together to cut and read whole as no digit, is cut after all", async () => {
    // [number, MNIST writer]: the 1 and its neighbour read whole are "not a digit".
    const cases: [string, number][] = [["816", 1], ["0119", 5], ["918", 3]];
    for (const [text, writer] of cases) {
      const { frame } = frameOf(text, { gaps: Array(text.length - 1).fill(0) }, { seed: 1 }, writer);
      expect((await reader.read(frame, box)).text, text).toBe(text);
    }
  });

  it("two touching digits the model would read whole as one are held back where their width says two", async () => {
    // [number, gap (negative: overlapping), frame seed, MNIST writer]: pairs read whole, surely, as one digit.
    const cases: [string, number, number, number][] = [
      ["97", -0.2, 2, 4], ["65", -0.1, 4, 3], ["65", -0.15, 4, 3], ["78", -0.06, 6, 8], ["78", -0.15, 6, 8], ["78", -0.2, 6, 8],
      ["20", -0.15, 13, 12], ["33", -0.15, 14, 13], ["54", -0.2, 15, 17], ["35", -0.2, 19, 21], ["60", -0.06, 20, 19],
    ];
    const shown: string[] = [];
    for (const [text, gap, seed, writer] of cases) {
      const { frame } = frameOf(text, { gaps: [gap], slant: seed % 2 ? 0 : 0.1 }, { seed }, writer);
      const reading = await reader.read(frame, box);
      if (reading.text !== null && reading.text !== text) shown.push(`${text} (gap ${gap}) as ${reading.text}`);
    }
    expect(shown).toEqual([]);
  });

  it("reads a digit in pieces as one digit: a 5 whose flag is apart, a dotted pen", async () => {
    const five = mnist(5, 1).slice();
    // A gap across the 5 below its flag.
    for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) if (y >= 9 && y <= 10) five[y * 28 + x] = 0;
    const dotted = mnist(3, 2).map((v, i) => ((i % 28) + Math.floor(i / 28)) % 4 < 2 ? v : 0);
    const { frame } = drawNumberFrame({ fields: [mnist(2, 3), five, dotted], gaps: [0.35, 0.35] }, { roi: box });
    expect((await reader.read(frame, box)).text).toBe("253");
  });

  it("a number longer than maxDigits is no-digit, reason 'too-many-digits'", async () => {
    const two = await createDigitReader({ model: fileModel(shippedModelPath), maxDigits: 2 });
    try {
      const { frame } = frameOf("2026", { gaps: [0.3, 0.3, 0.3] });
      expect(await two.read(frame, box)).toMatchObject({ state: "no-digit", reason: "too-many-digits", text: null, digit: null, digits: [] });
      const { frame: short } = frameOf("42", { gaps: [0.3] });
      expect((await two.read(short, box)).text).toBe("42");
    } finally {
      two.dispose();
    }
  });

  it("an unsure digit holds the number back and is named by unsureDigit", async () => {
    const { frame } = frameOf("2026", { gaps: [0.3, 0.3, 0.3] });
    const loose = await reader.read(frame, box);
    expect(loose.text).toBe("2026");
    const weakest = loose.digits.reduce((w, d, k) => (d.confidence < loose.digits[w]!.confidence ? k : w), 0);
    const probe = await createDigitReader({ model: fileModel(shippedModelPath), maxDigits: 6, threshold: Math.min(1, loose.digits[weakest]!.confidence + 1e-6) });
    try {
      const strict = await probe.read(frame, box);
      expect(strict).toMatchObject({ state: "unsure", text: null, digit: null, unsureDigit: weakest });
      expect(strict.digits.map((d) => d.digit).join("")).toBe("2026");
      expect(strict.confidence).toBeCloseTo(loose.digits[weakest]!.confidence, 6);
    } finally {
      probe.dispose();
    }
  });

  it("a mark much shorter than the number's other digits is in doubt (a lowercase letter beside tall ones)", async () => {
    const { frame } = frameOf("417", { gaps: [0.35, 0.35], sizes: [1, 0.5, 1] });
    const reading = await reader.read(frame, box);
    expect(reading).toMatchObject({ state: "unsure", text: null, unsureDigit: 1 });
    // Written as tall as the others, the same 1 is read.
    expect((await reader.read(frameOf("417", { gaps: [0.35, 0.35] }).frame, box)).text).toBe("417");
  });

  it("a 0 written small beside tall digits, as many hands write it, is read with them", async () => {
    const { frame } = frameOf("5100", { gaps: [0.3, 0.3, 0.3], sizes: [1, 1, 0.55, 0.55], shifts: [0, 0, 0.2, 0.2] });
    expect((await reader.read(frame, box)).text).toBe("5100");
  });

  it("a digit is 'not a digit' only where the model says so, not where the cut is in doubt", async () => {
    // Every piece reads 7 at 0.43 and 'not a digit' at 0.42: cutting touching digits in doubt
    // lowers a digit's sureness, never makes the model call it no digit.
    const model = await constantModel([0, 0, 0, 0, 0, 0, 0, Math.log(27), 0, 0, Math.log(26.5)]);
    const doubtful = await createDigitReader({ model, backend: "wasm", maxDigits: 6 });
    try {
      const { frame } = frameOf("2026", { gaps: [-0.15, -0.15, -0.15] });
      const reading = await doubtful.read(frame, box);
      expect(reading.digits.some((d) => d.confidence < d.notDigit), "some digit's sureness below 'not a digit'").toBe(true);
      expect(reading).toMatchObject({ state: "unsure", text: null });
      expect(reading.reason).toBeUndefined();
    } finally {
      doubtful.dispose();
    }
  });

  it("keeps the framing: blank paper is empty, a number running out of the box is overflow", async () => {
    expect(await reader.read(blankFrame({ roi: box, paper: 210, noise: 5 }), box)).toMatchObject({ state: "no-digit", reason: "empty", text: null, digits: [] });
    // The number sticks out of the box's right side by most of its last digit.
    const { frame } = frameOf("2026", { gaps: [0.3, 0.3, 0.3] }, { offset: [0.32, 0] });
    expect(await reader.read(frame, box)).toMatchObject({ state: "no-digit", reason: "overflow", overflow: ["right"] });
  });

  it("ink a faint pen left of a digit, beside the number on its line, keeps the rest from being shown", async () => {
    // "7090" with a pen running dry: the 0 left nothing the camera sees, the 7 only a thin wisp of its stroke.
    const wisp = mnist(7, 1).map((v, i) => (Math.floor(i / 28) >= 14 && Math.floor(i / 28) <= 21 && v > 0.95 ? v : 0));
    const { frame } = drawNumberFrame({ fields: [wisp, mnist(9, 0), mnist(0, 1)], gaps: [1.5, 0.3] }, { roi: box, noise: 4, seed: 3 });
    const reading = await reader.read(frame, box);
    expect(reading.text, `read ${reading.text}`).toBeNull();
    expect(reading).toMatchObject({ state: "no-digit", reason: "clutter" });
  });

  it("specks a broken pen left of a digit, each too small to be a mark, keep the rest of the number from being shown", async () => {
    // "905" where the pen skipped: of the 5, the heart of one row in four, so it falls apart into specks.
    const broken = mnist(5, 1).map((v, i) => (Math.floor(i / 28) % 4 === 0 && v > 0.9 ? v : 0));
    const written = { fields: [mnist(9, 1), mnist(0, 3), broken], gaps: [0.3, 0.6] };
    const { frame } = drawNumberFrame(written, { roi: box, noise: 4, seed: 8 });
    const reading = await reader.read(frame, box);
    expect(reading.text, `read ${reading.text}`).toBeNull();
    expect(reading).toMatchObject({ state: "no-digit", reason: "clutter" });
    // Without the specks the number is read.
    const clean = drawNumberFrame({ ...written, fields: written.fields.slice(0, 2), gaps: [0.3] }, { roi: box, noise: 4, seed: 8 }).frame;
    expect((await reader.read(clean, box)).text).toBe("90");
  });

  it("a speck on the number's line, too small to be a digit and too far to be part of one, keeps the digit beside it in doubt", async () => {
    // "206" with a fine pen: the camera kept only a dot of the 6, beyond the 0.
    const dot = mnist(6, 2).map((v, i) => (Math.floor(i / 28) >= 16 && Math.floor(i / 28) <= 18 && i % 28 >= 12 && i % 28 <= 15 && v > 0.5 ? v : 0));
    const written = { fields: [mnist(2, 3), mnist(0, 2), dot], gaps: [0.3, 0.6] };
    const { frame } = drawNumberFrame(written, { roi: box, noise: 4, seed: 4 });
    const reading = await reader.read(frame, box);
    expect(reading.text, `read ${reading.text}`).toBeNull();
    expect(reading).toMatchObject({ state: "unsure", unsureDigit: 1 });
    expect(reading.digits.map((d) => d.digit).join("")).toBe("20");
    // Without the dot the number is read.
    const clean = drawNumberFrame({ ...written, fields: written.fields.slice(0, 2), gaps: [0.3] }, { roi: box, noise: 4, seed: 4 }).frame;
    expect((await reader.read(clean, box)).text).toBe("20");
  });

  it("a digit written below a number is no part of its line, and no number is shown rather than the line alone", async () => {
    const upper = frameOf("2026", { gaps: [0.3, 0.3, 0.3] }, { digitHeight: 0.3, offset: [0, -0.22], seed: 5 }).frame;
    const lower = frameOf("7", {}, { digitHeight: 0.3, offset: [0.1, 0.22], seed: 6 }).frame;
    // Dark ink on light paper: the darker of the two frames holds both numbers' ink.
    const both = { ...upper, data: upper.data.map((v, i) => Math.min(v, lower.data[i]!)) };
    const reading = await reader.read(both, box);
    expect(reading.text).toBeNull();
    expect(reading).toMatchObject({ state: "no-digit", reason: "clutter" });
  });

  it("'auto' finds a number anywhere in a photo and fits the box round all of it", async () => {
    const spots: [string, Roi][] = [
      ["2026", { x: 20, y: 30, width: 360, height: 140 }],
      ["58", { x: 330, y: 280, width: 280, height: 170 }],
      ["314", { x: 150, y: 160, width: 330, height: 150 }],
    ];
    for (const [i, [text, spot]] of spots.entries()) {
      const { frame, digitBoxes } = drawNumberFrame({ fields: fieldsOf(text, i), gaps: Array(text.length).fill(0.3) }, { roi: spot, paper: i % 2 ? 40 : 225, ink: i % 2 ? 220 : 30, noise: 4 });
      const reading = await reader.read(frame, "auto");
      expect(reading.text, `${text} at ${JSON.stringify(spot)}`).toBe(text);
      for (const digit of digitBoxes) expect(overlap(digit, reading.box)).toBeGreaterThan(0.95);
    }
  });

  it("with smoothing, the whole number must hold: a frame reading one digit otherwise counts against it", async () => {
    const smooth = await createDigitReader({ model: fileModel(shippedModelPath), maxDigits: 6, smoothing: { window: 3, minAgreeing: 2 } });
    try {
      const number = frameOf("42", { gaps: [0.3] }).frame;
      const other = frameOf("47", { gaps: [0.3] }).frame;
      const texts: (string | null)[] = [];
      for (const [t, frame] of [number, number, other, other, other].entries()) texts.push((await smooth.readForVideo(frame, t * 33, box)).text);
      // "47" shares its 4 with "42", yet is another number: it takes over only once it holds.
      expect(texts).toEqual([null, "42", "42", "47", "47"]);
      const held = await smooth.readForVideo(number, 200, box);
      expect(held.text).toBe("47");
      expect(held.digits.map((d) => d.digit)).toEqual([4, 7]);
    } finally {
      smooth.dispose();
    }
  });

  it("leaks no tensors over many numbers read", async () => {
    const frames = ["42", "2026", "7"].map((text, i) => frameOf(text, { gaps: Array(text.length).fill(i === 1 ? -0.03 : 0.3) }, { width: 320, height: 240, roi: { x: 20, y: 60, width: 280, height: 110 } }).frame);
    const small = { x: 20, y: 60, width: 280, height: 110 };
    await reader.read(frames[0]!, small);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 60; i++) await reader.read(frames[i % frames.length]!, small);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("with the number model", () => {
  let both: DigitReader;
  beforeAll(async () => {
    both = await createDigitReader({ model: fileModel(shippedModelPath), numberModel: fileModel(shippedNumberModelPath), maxDigits: 12 });
  });
  afterAll(() => both.dispose());

  /** Crowded numbers: each digit's ink box overlapping its neighbour's by a fifth of the height. */
  const CROWDED = ["42", "2026", "357", "1860", "94", "503", "771", "68", "2419", "836", "5047", "90"];
  const crowdedFrame = (text: string, i: number) => frameOf(text, { gaps: Array(text.length).fill(-0.2), slant: i % 2 ? 0.15 : 0 }, { seed: i + 1 }, i + 3);
  const crowded = (text: string, i: number) => crowdedFrame(text, i).frame;

  it("reads crowded numbers the cuts cannot take apart, and shows no wrong number", async () => {
    let right = 0;
    let rightByCutting = 0;
    for (const [i, text] of CROWDED.entries()) {
      const reading = await both.read(crowded(text, i), box);
      if (reading.text === text) right++;
      else expect(reading.text, `${text} shown wrong`).toBeNull();
      if ((await reader.read(crowded(text, i), box)).text === text) rightByCutting++;
    }
    expect(right).toBeGreaterThanOrEqual(rightByCutting + 3);
  });

  it("reads digits written into each other, which the cuts find no digit in, where the number model is all but certain of each", async () => {
    // Crowded harder than above, three ways: the cuts find no digit in some piece of many of these.
    let refusedByCutting = 0;
    let readAnyway = 0;
    for (const [i, text] of [...CROWDED, ...CROWDED, ...CROWDED].entries()) {
      const { frame } = frameOf(text, { gaps: Array(text.length).fill(-0.25 - 0.05 * Math.floor(i / CROWDED.length)) }, { seed: i + 11 }, i + 5);
      if ((await reader.read(frame, box)).reason !== "not-a-digit") continue;
      refusedByCutting++;
      const reading = await both.read(frame, box);
      if (reading.text === text) readAnyway++;
      else expect(reading.text, `${text} (frame ${i}) shown as ${reading.text}`).toBeNull();
    }
    expect(refusedByCutting).toBeGreaterThanOrEqual(12);
    expect(readAnyway).toBeGreaterThanOrEqual(2);
  });

  it("reads touching numbers the cuts miss where the digit model reads the ink between the number model's digits as the same digits", async () => {
    // Crowded from touching to overlapping by a quarter of the height, half of them slanted. Without the digit
    // model's check of the number model's digits, the reader showed 21 of these 48 right.
    let right = 0;
    for (const [i, text] of [...CROWDED, ...CROWDED, ...CROWDED, ...CROWDED].entries()) {
      const gaps = Array(text.length).fill(-0.1 - 0.05 * Math.floor(i / CROWDED.length));
      const fields = [...text].map((c, k) => mnist(Number(c), (i + 5 + k) % 8));
      const { frame } = drawNumberFrame({ fields, gaps, slant: i % 2 ? 0.15 : 0 }, { roi: box, noise: 4, seed: i + 11 });
      const reading = await both.read(frame, box);
      if (reading.text === text) right++;
      else expect(reading.text, `${text} (frame ${i}) shown as ${reading.text}`).toBeNull();
    }
    expect(right).toBeGreaterThanOrEqual(27);
  });

  it("reads touching numbers through the camera where the ink between the number model's digits, cut along the least ink there, reads as the same digits", async () => {
    // Golden frames (packages/bench/src/golden-frames.ts): development camera numbers whose neighbours touch, which the
    // reader refused while it tried the number model's reading only where the cuts read another number, cut straight down.
    // Each is the number box (384×192) with 64 px of the frame around it.
    for (const text of ["041", "782", "5583"]) {
      const png = PNG.sync.read(readFileSync(new URL(`../testing/golden/touching-number-${text}.png`, import.meta.url)));
      const frame = { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
      const reading = await both.read(frame, { x: 64, y: 64, width: png.width - 128, height: png.height - 128 });
      expect(reading.text, `${text}: ${reading.state} ${reading.reason ?? ""}`).toBe(text);
    }
  });

  it("gives each digit of a number it reads its box in the frame, left to right, and the 28×28 around it", async () => {
    const { frame, digitBoxes } = crowdedFrame("2026", 1);
    const reading = await both.read(frame, box);
    expect(reading.text).toBe("2026");
    reading.digits.forEach((d, k) => {
      const written = digitBoxes[k]!;
      const centre = d.box.x + d.box.width / 2;
      expect(centre, `digit ${k}`).toBeGreaterThan(written.x);
      expect(centre, `digit ${k}`).toBeLessThan(written.x + written.width);
      expect(d.modelInput).toHaveLength(784);
    });
  });

  it("two digits written into one blob, which the cuts take for one digit, show no digit where the number model reads two", async () => {
    // A 1 written into its neighbour, as the cuts read it alone: one digit, shown.
    const pairs: [string, number][] = [["71", 0], ["71", 1], ["18", 1], ["18", 2], ["10", 0], ["10", 1], ["81", 2], ["15", 0]];
    let wrongByCutting = 0;
    for (const [text, writer] of pairs) {
      const { frame } = frameOf(text, { gaps: [-0.3] }, { seed: writer + 1 }, writer);
      const cutAlone = await reader.read(frame, box);
      if (cutAlone.text !== null && cutAlone.text !== text) wrongByCutting++;
      const reading = await both.read(frame, box);
      if (reading.text !== text) expect(reading.text, `${text} (writer ${writer}) shown as ${reading.text}`).toBeNull();
    }
    expect(wrongByCutting).toBeGreaterThanOrEqual(6);
  });

  it("a speck left out beside the number keeps the digit beside it in doubt, though both readers agree on the rest", async () => {
    // "206" with a fine pen: the camera kept only a dot of the 6; both readers read "20".
    const dot = mnist(6, 1).map((v, i) => (Math.floor(i / 28) >= 16 && Math.floor(i / 28) <= 18 && i % 28 >= 10 && i % 28 <= 16 && v > 0.5 ? v : 0));
    const { frame } = drawNumberFrame({ fields: [mnist(2, 2), mnist(0, 1), dot], gaps: [0.3, 0.6] }, { roi: box, noise: 4, seed: 5 });
    const reading = await both.read(frame, box);
    expect(reading.text, `read ${reading.text}`).toBeNull();
    expect(reading.digits.map((d) => d.digit).join("")).toBe("20");
    expect(reading).toMatchObject({ state: "unsure", unsureDigit: 1 });
  });

  it("still finds blank paper empty, and reads a lone digit as a lone digit", async () => {
    expect(await both.read(blankFrame({ roi: box, paper: 210, noise: 5 }), box)).toMatchObject({ state: "no-digit", reason: "empty", text: null });
    const { frame } = frameOf("7");
    expect((await both.read(frame, box)).text).toBe((await reader.read(frame, box)).text);
  });

  it("reads a number longer than the number model learnt by the cuts alone", async () => {
    const { frame } = frameOf("2718281", { gaps: Array(7).fill(0.3) }, { seed: 3 }, 1);
    reader.setOptions({ maxDigits: 12 });
    const alone = await reader.read(frame, box).finally(() => reader.setOptions({ maxDigits: 6 }));
    expect(alone.text).toBe("2718281");
    const withModel = await both.read(frame, box);
    expect(withModel.text).toBe(alone.text);
    expect(withModel.digits.map((d) => d.confidence)).toEqual(alone.digits.map((d) => d.confidence));
  });

  it("leaks no tensors over many numbers read", async () => {
    const frames = CROWDED.slice(0, 3).map((text, i) => crowded(text, i));
    await both.read(frames[0]!, box);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 30; i++) await both.read(frames[i % frames.length]!, box);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe("maxDigits: 1 reads exactly as before", () => {
  it("gives the same reading as a reader without maxDigits, with text String(digit) or null", async () => {
    const single = await createDigitReader({ model: fileModel(shippedModelPath), maxDigits: 1 });
    const plain = await createDigitReader({ model: fileModel(shippedModelPath) });
    try {
      const roi = centredSquareRoi(640, 480);
      const frames = [
        ...samples.slice(0, 12).map(({ image }, i) => drawDigitFrame(image, { roi, size: 0.5 + 0.04 * i, paper: i % 2 ? 30 : 230, ink: i % 2 ? 220 : 30, seed: i + 1 })),
        drawDigitFrame(samples[3]!.image, { roi, paper: 170, ink: 120, size: 0.5 }),
        blankFrame({ roi }),
      ];
      for (const frame of frames) {
        const a = await single.read(frame, roi);
        const b = await plain.read(frame, roi);
        expect(withoutTime(a)).toEqual(withoutTime(b));
        expect(a.text).toBe(a.digit === null ? null : String(a.digit));
        if (a.state !== "no-digit") expect(a.digits).toHaveLength(1);
        if (a.digit !== null) expect(a.digits[0]).toMatchObject({ digit: a.digit, confidence: a.confidence, box: a.inkBox, modelInput: a.modelInput });
      }
    } finally {
      single.dispose();
      plain.dispose();
    }
  });
});

describe("maxDigits is checked like every option", () => {
  it("refuses what is not a whole number from 1 to 12, naming the option, and changes nothing else", async () => {
    expect(() => reader.setOptions({ maxDigits: 0 })).toThrow(RangeError);
    expect(() => reader.setOptions({ maxDigits: 13 })).toThrow(/maxDigits must be a whole number from 1 to 12/);
    expect(() => reader.setOptions({ maxDigits: 2.5 })).toThrow(/got 2.5/);
    expect(() => reader.setOptions({ maxDigits: Number.NaN })).toThrow(RangeError);
    expect(() => reader.setOptions({ maxDigits: "6" as unknown as number })).toThrow(TypeError);
    await expect(createDigitReader({ model: fileModel(shippedModelPath), maxDigits: -1 })).rejects.toThrow(/maxDigits/);
    const probe = await createDigitReader({ model: fileModel(shippedModelPath) });
    try {
      const { frame } = frameOf("42", { gaps: [0.3] });
      expect(() => probe.setOptions({ maxDigits: 4, threshold: 7 })).toThrow(/threshold/);
      // Still one digit at a time: the refused setting took maxDigits with it.
      expect((await probe.read(frame, box)).text?.length ?? 0).toBeLessThanOrEqual(1);
      probe.setOptions({ maxDigits: 4 });
      expect((await probe.read(frame, box)).text).toBe("42");
    } finally {
      probe.dispose();
    }
  });
});

/** A model answering the same for every input: softmax of `biases` (11 outputs: 'not a digit' last). */
async function constantModel(biases: number[]): Promise<tf.io.IOHandler> {
  const model = tfl.sequential({
    layers: [tfl.layers.flatten({ inputShape: [28, 28, 1] }), tfl.layers.dense({ units: biases.length, activation: "softmax", kernelInitializer: "zeros" })],
  });
  model.layers[1]!.setWeights([tf.zeros([784, biases.length]), tf.tensor1d(biases)]);
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  model.dispose();
  return tf.io.fromMemory(saved!);
}

function withoutTime(reading: Reading): Reading {
  return { ...reading, timestamp: 0 };
}

/** Share of `a` inside `b`. */
function overlap(a: Roi, b: Roi): number {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (w * h) / (a.width * a.height);
}
