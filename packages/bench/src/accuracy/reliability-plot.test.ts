import { describe, expect, it } from "vitest";
import { calibration, emptyCalibrationTally, recordConfidence } from "./calibration.js";
import { reliabilitySvg } from "./reliability-plot.js";
import type { CalibrationSet } from "./run.js";

function set(name: string, confidences: readonly (readonly [number, boolean])[]): CalibrationSet {
  const tally = emptyCalibrationTally();
  for (const [confidence, correct] of confidences) recordConfidence(tally, confidence, correct);
  return { name, description: "", byReader: { livedigits: calibration(tally), prototype: calibration(emptyCalibrationTally()) } };
}

describe("reliabilitySvg", () => {
  it("draws one panel per set and one dot per non-empty bin, at (mean confidence, share right)", () => {
    const svg = reliabilitySvg([set("A & B", [[0.95, true], [0.95, true], [0.85, false], [0.35, false]]), set("C", [[0.55, true]])]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(svg.match(/<g class="panel">/g)).toHaveLength(2);
    expect(svg.match(/<circle class="livedigits"/g)).toHaveLength(4);
    expect(svg).not.toContain('<circle class="prototype"');
    expect(svg).toContain("A &amp; B");
    // (2·0.05 + 0.85 + 0.35) / 4
    expect(svg).toContain("ECE livedigits 32.5%, prototype –");
  });
});
