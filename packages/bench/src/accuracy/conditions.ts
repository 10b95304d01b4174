// "Camera MNIST": the conditions under which each MNIST test digit is shown to the
// readers, one at a time and all at once, each as dark ink on paper and as light
// chalk on a slate. A condition changes one thing from a clean, well-lit sheet.
import type { RgbaImage } from "@livedigits/core";
import type { Random } from "@livedigits/core/synthetic";
import { digitInk, type Placement } from "./marks.js";
import { renderFrame, type Camera, type Lighting, type Rgb, type Sheet } from "./scene.js";

export interface Look {
  readonly placement: Placement;
  readonly sheet: Omit<Sheet, "lightOnDark">;
  readonly ink: Rgb;
  readonly lighting: Lighting;
  readonly camera: Camera;
}

export interface Condition {
  readonly name: string;
  /** What changes from the clean look, in words for the report. */
  readonly description: string;
  readonly look: (random: Random) => Look;
}

const WHITE_PAPER: Rgb = [0.88, 0.88, 0.86];
const DARK_INK: Rgb = [0.12, 0.12, 0.14];

/** A clean, well-lit sheet, a digit of ordinary size near the centre, a decent camera. */
export function cleanLook(random: Random): Look {
  return {
    placement: { size: random.uniform(0.55, 0.75), offset: [random.uniform(-0.04, 0.04), random.uniform(-0.04, 0.04)], rotation: random.uniform(-4, 4), keystone: 0, pen: 0 },
    sheet: { paper: WHITE_PAPER, texture: 0.015, rule: "plain" },
    ink: DARK_INK,
    lighting: { exposure: random.uniform(0.85, 1), gradient: random.uniform(-0.1, 0.1), angle: random.uniform(0, 2 * Math.PI), shadow: null },
    camera: { blur: 0.6, noise: 0.012, jpegQuality: null },
  };
}

type Change = (look: Look, random: Random) => Look;

const changes: Record<string, { description: string; change: Change }> = {
  clean: { description: "digit 55–75% of the box near its centre, white paper, even light", change: (look) => look },
  size: {
    description: "digit 25–90% of the box, anywhere inside it",
    change: (look, random) => {
      const size = random.uniform(0.25, 0.9);
      const room = (1 - size) / 2;
      return { ...look, placement: { ...look.placement, size, offset: [random.uniform(-room, room), random.uniform(-room, room)] } };
    },
  },
  "broad pen": { description: "strokes 6–10 px wider (felt-tip, marker)", change: (look, random) => ({ ...look, placement: { ...look.placement, pen: random.uniform(3, 5) } }) },
  "fine pen": { description: "strokes 2–6 px narrower (ballpoint, pencil)", change: (look, random) => ({ ...look, placement: { ...look.placement, pen: -random.uniform(1, 3) } }) },
  "paper texture": { description: "grainy, blotchy paper (±10% brightness)", change: (look) => ({ ...look, sheet: { ...look.sheet, texture: 0.1 } }) },
  "lined paper": { description: "ruled lines every 9–11% of the box", change: (look) => ({ ...look, sheet: { ...look.sheet, rule: "lined" } }) },
  "squared paper": { description: "a 13–18% grid", change: (look) => ({ ...look, sheet: { ...look.sheet, rule: "squared" } }) },
  "uneven light": {
    description: "brightness falls ±25–40% across the box",
    change: (look, random) => ({ ...look, lighting: { ...look.lighting, gradient: random.uniform(0.5, 0.8) } }),
  },
  shadow: {
    description: "a shadow edge across the box (30–55% of the light left)",
    change: (look, random) => ({
      ...look,
      lighting: { ...look.lighting, shadow: { angle: random.uniform(0, 2 * Math.PI), offset: random.uniform(-0.3, 0.3), depth: random.uniform(0.3, 0.55) } },
    }),
  },
  "low contrast": {
    description: "ink only 20–35% darker than the paper (pencil, faded marker), dim light",
    change: (look, random) => {
      const keep = 1 - random.uniform(0.2, 0.35);
      return { ...look, ink: WHITE_PAPER.map((v) => v * keep) as unknown as Rgb, lighting: { ...look.lighting, exposure: random.uniform(0.55, 0.8) } };
    },
  },
  blur: { description: "out of focus: Gaussian blur σ 2–3.5 px", change: (look, random) => ({ ...look, camera: { ...look.camera, blur: random.uniform(2, 3.5) } }) },
  "sensor noise": { description: "noise σ 5–9% of full scale (dim room, cheap webcam)", change: (look, random) => ({ ...look, camera: { ...look.camera, noise: random.uniform(0.05, 0.09) } }) },
  JPEG: { description: "JPEG quality 10–30", change: (look, random) => ({ ...look, camera: { ...look.camera, jpegQuality: Math.floor(random.uniform(10, 30)) } }) },
  "rotation and perspective": {
    description: "turned ±20°, paper leaning back or forward (keystone ±25%)",
    change: (look, random) => ({ ...look, placement: { ...look.placement, rotation: random.uniform(-20, 20), keystone: random.uniform(-0.25, 0.25) } }),
  },
  "coloured ink": {
    description: "blue, red or green ink",
    change: (look, random) => ({ ...look, ink: ([[0.15, 0.25, 0.7], [0.75, 0.15, 0.15], [0.1, 0.45, 0.2]] as const)[random.int(3)]! }),
  },
};

/** Every change in a milder form, each with probability 0.4: a bad day rather than one bad thing. */
function combined(look: Look, random: Random): Look {
  let out = look;
  for (const [name, { change }] of Object.entries(changes)) {
    if (name === "clean" || !random.chance(0.4)) continue;
    const changed = change(out, random);
    out = name === "blur" || name === "sensor noise" ? { ...changed, camera: { ...changed.camera, blur: Math.min(changed.camera.blur, 2.5), noise: Math.min(changed.camera.noise, 0.06) } } : changed;
  }
  // A camera's auto-exposure: dim light on top of a shadow and faint ink would leave nothing a person could read.
  return { ...out, lighting: { ...out.lighting, exposure: Math.max(out.lighting.exposure, 0.8) } };
}

export const CONDITIONS: readonly Condition[] = [
  ...Object.entries(changes).map(([name, { description, change }]) => ({ name, description, look: (random: Random) => change(cleanLook(random), random) })),
  { name: "all at once", description: "each change above with probability 0.4 (blur ≤ 2.5 px, noise ≤ 6%, exposure ≥ 80%)", look: (random: Random) => combined(cleanLook(random), random) },
];

/** Renders an MNIST digit (white on black, 28×28) in a condition, as dark ink on paper or light on a slate. */
export function renderCondition(condition: Condition, digit: Float32Array, lightOnDark: boolean, random: Random): RgbaImage {
  const look = condition.look(random);
  const marks = [{ coverage: digitInk(digit, look.placement), ink: look.ink }];
  return renderFrame({ ...look.sheet, lightOnDark }, marks, look.lighting, look.camera, random);
}
