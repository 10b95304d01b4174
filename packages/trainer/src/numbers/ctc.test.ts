import { describe, expect, it } from "vitest";
import { ctcLossAndGradient } from "./ctc.js";

/** P(label) by brute force: every path of `steps` symbols that collapses to the label. */
function bruteForceLikelihood(logits: number[], steps: number, classes: number, label: number[]): number {
  const blank = classes - 1;
  const probs: number[][] = [];
  for (let t = 0; t < steps; t++) {
    const row = logits.slice(t * classes, (t + 1) * classes).map(Math.exp);
    const sum = row.reduce((a, b) => a + b, 0);
    probs.push(row.map((v) => v / sum));
  }
  let total = 0;
  const path = new Array<number>(steps).fill(0);
  const visit = (t: number, p: number) => {
    if (t === steps) {
      const collapsed = path.filter((c, i) => c !== blank && (i === 0 || c !== path[i - 1]));
      if (collapsed.length === label.length && collapsed.every((c, i) => c === label[i])) total += p;
      return;
    }
    for (let c = 0; c < classes; c++) {
      path[t] = c;
      visit(t + 1, p * probs[t]![c]!);
    }
  };
  visit(0, 1);
  return total;
}

describe("ctcLossAndGradient", () => {
  const steps = 5;
  const classes = 4; // symbols 0, 1, 2 and the blank
  const logits = Array.from({ length: steps * classes }, (_, i) => Math.sin(i * 1.7) * 2);

  it.each([[[0]], [[1, 2]], [[1, 1]], [[2, 0, 1]], [[]]])("gives −log P of label %j as summing every path does", (label: number[]) => {
    const { losses } = ctcLossAndGradient(Float32Array.from(logits), 1, steps, classes, [label]);
    expect(losses[0]).toBeCloseTo(-Math.log(bruteForceLikelihood(logits, steps, classes, label)), 5);
  });

  it("gives the gradient finite differences give", () => {
    const label = [1, 1, 2];
    const { gradient } = ctcLossAndGradient(Float32Array.from(logits), 1, steps, classes, [label]);
    const h = 1e-3;
    for (const i of [0, 3, 7, 12, 19]) {
      const up = [...logits];
      const down = [...logits];
      up[i]! += h;
      down[i]! -= h;
      const numeric = (-Math.log(bruteForceLikelihood(up, steps, classes, label)) + Math.log(bruteForceLikelihood(down, steps, classes, label))) / (2 * h);
      expect(gradient[i]).toBeCloseTo(numeric, 3);
    }
  });

  it("averages over the batch and leaves a label with no path out", () => {
    const two = Float32Array.from([...logits, ...logits]);
    const { losses, gradient } = ctcLossAndGradient(two, 2, steps, classes, [[1, 2], [0, 0, 0, 0, 0]]);
    const single = ctcLossAndGradient(Float32Array.from(logits), 1, steps, classes, [[1, 2]]);
    expect(losses[0]).toBeCloseTo(single.losses[0]!, 6);
    expect(losses[1]).toBe(0); // five 0s need nine steps
    expect(gradient[0]).toBeCloseTo(single.gradient[0]! / 2, 6);
    expect(gradient.slice(steps * classes).every((g) => g === 0)).toBe(true);
  });
});
