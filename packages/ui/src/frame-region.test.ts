// @vitest-environment node
// Node's own environment: the real reader, with TF.js and the shipped model read from disk.
import { centredSquareRoi, createDigitReader, type DigitReader, type Roi } from "@livedigits/core";
import { fileModel } from "@livedigits/core/node";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "@livedigits/core/testing";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFrame, type BoxOrAround } from "./frame-region.js";

const BOX = centredSquareRoi(640, 480);
/** The box grown by half its size on each side, as the kiosk searches. */
const AROUND: BoxOrAround = { box: BOX, searchIfRefused: { x: BOX.x - BOX.width / 2, y: BOX.y - BOX.height / 2, width: 2 * BOX.width, height: 2 * BOX.height } };
const ZERO = mnistTestDigits(10).find((sample) => sample.label === 0)!.image;
const modelPath = fileURLToPath(new URL("../../core/model/model.json", import.meta.url));

let reader: DigitReader;

beforeAll(async () => {
  reader = await createDigitReader({ model: fileModel(modelPath), backend: "cpu", smoothing: true });
});

afterAll(() => reader.dispose());

/** A 0 on paper, drawn in `where`. */
function zeroIn(where: Roi, seed = 1) {
  return drawDigitFrame(ZERO, { roi: where, paper: 225, ink: 35, size: 0.8, noise: 4, seed });
}

function inside(inner: Roi, outer: Roi): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

describe("readFrame, a box with the area around it", () => {
  it("reads a digit held in the box in the box, exactly as the box alone is read", async () => {
    const frame = zeroIn(BOX);
    const reading = await readFrame(reader, frame, AROUND, null);
    const boxAlone = await reader.read(frame, BOX);
    expect([reading.digit, reading.box]).toEqual([0, BOX]);
    expect(reading.probabilities).toEqual(boxAlone.probabilities);
  });

  it("finds a digit held beside the box, which the box alone refuses", async () => {
    const beside = { ...BOX, x: BOX.x + 0.7 * BOX.width };
    const frame = zeroIn(beside);
    expect((await reader.read(frame, BOX)).state).toBe("no-digit");
    const reading = await readFrame(reader, frame, AROUND, null);
    expect(reading.digit).toBe(0);
    expect(inside(reading.inkBox!, beside), `ink ${JSON.stringify(reading.inkBox)} in ${JSON.stringify(beside)}`).toBe(true);
  });

  it("gives the box's own reading where there is no digit around it either", async () => {
    const reading = await readFrame(reader, blankFrame({ roi: BOX, paper: 225, noise: 4 }), AROUND, null);
    expect([reading.state, reading.reason, reading.box]).toEqual(["no-digit", "empty", BOX]);
  });

  it("smooths a video's digit in the box over frames, and shows one found beside it from its first frame", async () => {
    const held = [1, 2, 3].map((seed) => zeroIn(BOX, seed));
    const inBox = [];
    for (const [i, frame] of held.entries()) inBox.push((await readFrame(reader, frame, AROUND, 1000 + i * 33)).digit);
    expect(inBox.at(0)).toBeNull();
    expect(inBox.at(-1)).toBe(0);
    const beside = await readFrame(reader, zeroIn({ ...BOX, x: BOX.x + 0.7 * BOX.width }), AROUND, 2000);
    expect(beside.digit).toBe(0);
  });
});

describe("readFrame, a region of core's", () => {
  it("reads a still in the box, and a whole picture searched", async () => {
    const frame = zeroIn({ x: 40, y: 40, width: 160, height: 160 });
    expect((await readFrame(reader, frame, "auto", null)).digit).toBe(0);
    expect((await readFrame(reader, frame, BOX, null)).reason).toBe("empty");
  });
});
