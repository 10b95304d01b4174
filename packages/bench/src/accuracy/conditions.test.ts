import { mnistTestDigits } from "@livedigits/core/testing";
import { Random } from "@livedigits/core/synthetic";
import { describe, expect, it } from "vitest";
import { CLUTTER, renderClutter } from "./clutter.js";
import { CONDITIONS, renderCondition } from "./conditions.js";
import { BOX, FRAME_HEIGHT, FRAME_WIDTH } from "./scene.js";

const [seven] = mnistTestDigits(1);

/** Median gray (0…255) of the box, and the gray at its darkest and lightest `share` (5% unless told). */
function boxStats(data: ArrayLike<number>, share = 0.05) {
  const values: number[] = [];
  for (let y = BOX.y; y < BOX.y + BOX.height; y++) {
    for (let x = BOX.x; x < BOX.x + BOX.width; x++) {
      const i = (y * FRAME_WIDTH + x) * 4;
      values.push((data[i]! + data[i + 1]! + data[i + 2]!) / 3);
    }
  }
  values.sort((a, b) => a - b);
  const k = Math.floor(values.length * share);
  return { median: values[values.length >> 1]!, dark: values[k]!, light: values[values.length - 1 - k]! };
}

describe("Camera MNIST conditions", () => {
  it("has sixteen distinct, described conditions", () => {
    expect(CONDITIONS.length).toBe(16);
    expect(new Set(CONDITIONS.map((c) => c.name)).size).toBe(CONDITIONS.length);
    for (const c of CONDITIONS) expect(c.description.length).toBeGreaterThan(5);
  });

  it("draws a 640×480 frame: dark ink on a light sheet, or light on dark", () => {
    const condition = CONDITIONS.find((c) => c.name === "clean")!;
    const paper = renderCondition(condition, seven!.image, false, new Random(1));
    const slate = renderCondition(condition, seven!.image, true, new Random(1));
    expect([paper.width, paper.height, paper.data.length]).toEqual([FRAME_WIDTH, FRAME_HEIGHT, FRAME_WIDTH * FRAME_HEIGHT * 4]);
    const onPaper = boxStats(paper.data);
    const onSlate = boxStats(slate.data);
    expect(onPaper.median).toBeGreaterThan(170); // the sheet is most of the box
    expect(onPaper.dark).toBeLessThan(80); // and the digit's ink is dark
    expect(onSlate.median).toBeLessThan(70);
    expect(onSlate.light).toBeGreaterThan(150);
  });

  it("is the same frame for the same seed, and another for another seed", () => {
    const condition = CONDITIONS.find((c) => c.name === "all at once")!;
    const a = renderCondition(condition, seven!.image, false, new Random(7));
    const b = renderCondition(condition, seven!.image, false, new Random(7));
    const c = renderCondition(condition, seven!.image, false, new Random(8));
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).equals(Buffer.from(c.data))).toBe(false);
  });

  it("keeps the digit inside the box at every size", () => {
    const condition = CONDITIONS.find((c) => c.name === "size")!;
    const random = new Random(3);
    for (let k = 0; k < 20; k++) {
      const frame = renderCondition(condition, seven!.image, false, random);
      // Just outside the box, the frame is plain sheet: no ink darker than the paper's shading.
      for (const y of [BOX.y - 3, BOX.y + BOX.height + 2]) {
        for (let x = BOX.x; x < BOX.x + BOX.width; x++) expect(frame.data[(y * FRAME_WIDTH + x) * 4]!).toBeGreaterThan(120);
      }
    }
  });
});

describe("clutter", () => {
  it("draws something different from the empty sheet for every kind but the empty sheet", () => {
    // The darkest 1%: a letter in a fine pen covers less of the box than 5%.
    for (const seed of [5, 6, 7, 8]) {
      const empty = boxStats(renderClutter(CLUTTER[0]!, false, new Random(seed)).data, 0.01);
      for (const kind of CLUTTER.slice(1)) {
        const stats = boxStats(renderClutter(kind, false, new Random(seed)).data, 0.01);
        expect(stats.dark, `${kind.name}, seed ${seed}`).toBeLessThan(empty.dark - 10);
      }
    }
  });
});
