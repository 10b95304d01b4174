// The bench's camera frames, fetched as raw RGBA and turned into ImageBitmaps: what
// the app's reader worker receives from the video, so reads include drawing the box.
import type { FrameSizeName, FrameSpec } from "./protocol.js";

export interface LoadedFrame {
  readonly spec: FrameSpec;
  readonly bitmap: ImageBitmap;
}

export async function loadFrames(specs: readonly FrameSpec[]): Promise<LoadedFrame[]> {
  return Promise.all(
    specs.map(async (spec) => {
      const response = await fetch(spec.url);
      if (!response.ok) throw new Error(`Frame ${spec.url}: HTTP ${response.status}`);
      const pixels = new Uint8ClampedArray(await response.arrayBuffer());
      const bitmap = await createImageBitmap(new ImageData(pixels, spec.width, spec.height));
      return { spec, bitmap };
    }),
  );
}

export function framesOfSize(frames: readonly LoadedFrame[], size: FrameSizeName, withDigitOnly: boolean): LoadedFrame[] {
  const chosen = frames.filter((f) => f.spec.size === size && (!withDigitOnly || f.spec.label !== null));
  if (chosen.length === 0) throw new Error(`No ${size} frames were given to the bench page.`);
  return chosen;
}
