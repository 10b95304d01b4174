// The fake camera's video for the live-app run: one MNIST digit on paper in the app's
// default box, 640×480 at 30 fps, with fresh sensor noise in every frame. Encoded by
// ffmpeg as .y4m (what Chromium's fake camera plays, looping, at the file's rate).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { centredSquareRoi } from "@livedigits/core";
import { drawDigitFrame, mnistTestDigits } from "@livedigits/core/testing";
import { encodeY4m } from "@livedigits/core/testing/fake-camera";
import { videoDir } from "./paths.js";

export const CAMERA_FPS = 30;
const WIDTH = 640;
const HEIGHT = 480;
/** One second of video, looped by Chromium. */
const FRAMES = CAMERA_FPS;

export interface CameraVideo {
  readonly file: string;
  readonly label: number;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

/**
 * Writes the video unless the same recipe was written before; returns what it shows.
 * The default is MNIST test #0, a plain 7: this video times the app, so the digit
 * should be one every model reads (accuracy is reports/accuracy.md's business).
 */
export async function cameraVideo(label = 7): Promise<CameraVideo> {
  const file = join(videoDir, `digit-${label}-${WIDTH}x${HEIGHT}-${CAMERA_FPS}fps.y4m`);
  const video: CameraVideo = { file, label, width: WIDTH, height: HEIGHT, fps: CAMERA_FPS };
  const recipe = JSON.stringify({ ...video, frames: FRAMES, look: "dark-on-light, gradient 0.15, noise 4" });
  const recipeFile = `${file}.recipe.json`;
  if (existsSync(file) && existsSync(recipeFile) && readFileSync(recipeFile, "utf8") === recipe) return video;

  const sample = mnistTestDigits(100).find((s) => s.label === label);
  if (!sample) throw new Error(`No ${label} among the first 100 MNIST test digits.`);
  const roi = centredSquareRoi(WIDTH, HEIGHT);
  const frames = Array.from(
    { length: FRAMES },
    (_, i) => drawDigitFrame(sample.image, { width: WIDTH, height: HEIGHT, roi, paper: 225, ink: 35, gradient: 0.15, noise: 4, seed: i + 1 }).data,
  );
  mkdirSync(videoDir, { recursive: true });
  await encodeY4m(file, frames, { width: WIDTH, height: HEIGHT, fps: CAMERA_FPS });
  writeFileSync(recipeFile, recipe);
  return video;
}
