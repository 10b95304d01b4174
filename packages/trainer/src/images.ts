import { readFile } from "node:fs/promises";
import type { RgbaImage } from "@livedigits/core";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";

/** Decodes a PNG or JPEG file to RGBA pixels (pure JS: no canvas in Node). */
export async function decodeImage(path: string): Promise<RgbaImage> {
  const bytes = await readFile(path);
  if (bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    return { width: image.width, height: image.height, data: image.data };
  }
  throw new Error(`${path} is neither PNG nor JPEG.`);
}

/** Photos may have transparency: composite onto white, as paper would show through. */
export function flattenAlpha(image: RgbaImage): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const a = image.data[i + 3]! / 255;
    for (let c = 0; c < 3; c++) data[i + c] = image.data[i + c]! * a + 255 * (1 - a);
    data[i + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}

export function invertImage(image: RgbaImage): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  for (let i = 0; i < data.length; i += 4) {
    for (let c = 0; c < 3; c++) data[i + c] = 255 - image.data[i + c]!;
    data[i + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}
