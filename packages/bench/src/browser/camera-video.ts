// The fake camera's video for the live-app run: one MNIST digit on paper in the app's
// one-digit box, or a number in its wide box, 640×480 at 30 fps, with fresh sensor noise
// in every frame. Encoded by ffmpeg as .y4m (what Chromium's fake camera plays, looping, at the file's rate).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { centredSquareRoi } from "@livedigits/core";
import { drawDigitFrame, mnistTestDigits } from "@livedigits/core/testing";
import { encodeY4m } from "@livedigits/core/testing/fake-camera";
import { digitsFor, drawNumberFrame, numberBox } from "./number-frames.js";
import { videoDir } from "./paths.js";

export const CAMERA_FPS = 30;
const WIDTH = 640;
const HEIGHT = 480;
/** One second of video, looped by Chromium. */
const FRAMES = CAMERA_FPS;

export interface CameraVideo {
  readonly file: string;
  /** What the video shows: one digit ("7") or a number ("2026"). */
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

/**
 * Writes the video unless the same recipe was written before; returns what it shows.
 * The default is MNIST test #0, a plain 7: this video times the app, so the digit
 * should be one every model reads (accuracy is reports/accuracy.md's business).
 * A number of several digits is written from the first test digits of its classes,
 * a little apart, in the wide box the apps read numbers in (number-frames.ts).
 */
export async function cameraVideo(text = "7"): Promise<CameraVideo> {
  if (!/^\d+$/.test(text)) throw new RangeError(`The camera's video shows digits, got "${text}".`);
  const isNumber = text.length > 1;
  const file = join(videoDir, `${isNumber ? "number" : "digit"}-${text}-${WIDTH}x${HEIGHT}-${CAMERA_FPS}fps.y4m`);
  const video: CameraVideo = { file, text, width: WIDTH, height: HEIGHT, fps: CAMERA_FPS };
  const look = { paper: 225, ink: 35, gradient: 0.15, noise: 4 };
  const recipe = JSON.stringify({ ...video, frames: FRAMES, look: "dark-on-light, gradient 0.15, noise 4", ...(isNumber && { box: "wide", digitHeight: 0.55 }) });
  const recipeFile = `${file}.recipe.json`;
  if (existsSync(file) && existsSync(recipeFile) && readFileSync(recipeFile, "utf8") === recipe) return video;

  const pool = mnistTestDigits(100);
  const fields = digitsFor(text, pool);
  const frames = Array.from({ length: FRAMES }, (_, i) =>
    isNumber
      ? drawNumberFrame(fields, { width: WIDTH, height: HEIGHT, box: numberBox(WIDTH, HEIGHT), digitHeight: 0.55, offset: [0, 0], ...look, seed: i + 1 })
      : drawDigitFrame(fields[0]!, { width: WIDTH, height: HEIGHT, roi: centredSquareRoi(WIDTH, HEIGHT), ...look, seed: i + 1 }).data,
  );
  mkdirSync(videoDir, { recursive: true });
  await encodeY4m(file, frames, { width: WIDTH, height: HEIGHT, fps: CAMERA_FPS });
  writeFileSync(recipeFile, recipe);
  return video;
}
