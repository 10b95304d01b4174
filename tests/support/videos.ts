// The fake camera's videos: MNIST test digits rendered as ink on paper inside the
// app's default box, encoded by ffmpeg as the .y4m files Chromium's fake camera plays.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { centredSquareRoi } from "@livedigits/core";
import { PNG } from "pngjs";
import { blankFrame, drawDigitFrame, mnistTestDigits } from "@livedigits/core/testing";
import { encodeY4m } from "@livedigits/core/testing/fake-camera";
import { videoDir } from "./paths.js";

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 480;
/** The box the app starts with on a 640×480 camera. */
export const DEFAULT_BOX = centredSquareRoi(FRAME_WIDTH, FRAME_HEIGHT);
const FRAMES_PER_VIDEO = 10;
const FPS = 10;

export interface Look {
  readonly name: string;
  readonly paper: number;
  readonly ink: number;
  /** The digit's 28×28 field as a share of the box side. */
  readonly size: number;
  readonly offset: readonly [number, number];
}

/** Dark ink on light paper and light ink on dark (a slate), at two sizes and positions. */
export const LOOKS: readonly Look[] = [
  { name: "dark-on-light", paper: 225, ink: 35, size: 0.8, offset: [0, 0] },
  { name: "light-on-dark", paper: 45, ink: 220, size: 0.8, offset: [0, 0] },
  { name: "dark-on-light-small-offset", paper: 215, ink: 50, size: 0.6, offset: [0.06, -0.05] },
  { name: "light-on-dark-small-offset", paper: 55, ink: 210, size: 0.6, offset: [-0.05, 0.06] },
];

export interface DigitVideo {
  readonly kind: "digit";
  readonly file: string;
  readonly label: number;
  /** Index in the MNIST test set. */
  readonly sample: number;
  readonly look: Look;
}

export interface BlankVideo {
  readonly kind: "blank";
  readonly file: string;
  readonly paper: number;
}

/** One video per digit 0…9: the first of its class in the MNIST test set, looks taken in turn. */
export function digitVideos(): DigitVideo[] {
  const samples = mnistTestDigits(100);
  return Array.from({ length: 10 }, (_, label) => {
    const sample = samples.findIndex((s) => s.label === label);
    const look = LOOKS[label % LOOKS.length]!;
    return { kind: "digit", file: join(videoDir, `digit-${label}-${look.name}.y4m`), label, sample, look };
  });
}

export function blankVideos(): BlankVideo[] {
  return [
    { kind: "blank", file: join(videoDir, "blank-light-paper.y4m"), paper: 225 },
    { kind: "blank", file: join(videoDir, "blank-dark-slate.y4m"), paper: 45 },
  ];
}

/** A photo of a digit (the first MNIST test digit, a 7) for the "open a photo" way out. */
export const PHOTO = { label: 7, sample: 0, file: join(videoDir, "photo-7.png") } as const;

/** Writes every video (and the photo) whose recipe changed since the last run. */
export async function generateMedia(): Promise<void> {
  mkdirSync(videoDir, { recursive: true });
  const digits = digitVideos();
  const samples = mnistTestDigits(100);
  const jobs: { file: string; recipe: string; render: (seed: number) => Uint8Array | Uint8ClampedArray }[] = [];
  for (const video of digits) {
    const field = samples[video.sample]!.image;
    const { paper, ink, size, offset } = video.look;
    jobs.push({
      file: video.file,
      recipe: JSON.stringify(video),
      render: (seed) => drawDigitFrame(field, { roi: DEFAULT_BOX, paper, ink, size, offset, gradient: 0.15, noise: 4, seed }).data,
    });
  }
  for (const video of blankVideos()) {
    jobs.push({
      file: video.file,
      recipe: JSON.stringify(video),
      render: (seed) => blankFrame({ roi: DEFAULT_BOX, paper: video.paper, gradient: 0.15, noise: 4, seed }).data,
    });
  }
  for (const job of jobs) {
    const recipeFile = `${job.file}.recipe.json`;
    const recipe = JSON.stringify({ job: job.recipe, frames: FRAMES_PER_VIDEO, fps: FPS, width: FRAME_WIDTH, height: FRAME_HEIGHT });
    if (existsSync(job.file) && existsSync(recipeFile) && readFileSync(recipeFile, "utf8") === recipe) continue;
    await encodeY4m(job.file, Array.from({ length: FRAMES_PER_VIDEO }, (_, i) => job.render(i + 1)), { width: FRAME_WIDTH, height: FRAME_HEIGHT, fps: FPS });
    writeFileSync(recipeFile, recipe);
  }
  if (!existsSync(PHOTO.file)) writePhoto();
}

function writePhoto(): void {
  const frame = drawDigitFrame(mnistTestDigits(PHOTO.sample + 1)[PHOTO.sample]!.image, {
    roi: DEFAULT_BOX,
    paper: 230,
    ink: 30,
    size: 0.8,
    gradient: 0.1,
    noise: 3,
  });
  const png = new PNG({ width: frame.width, height: frame.height });
  png.data.set(frame.data);
  writeFileSync(PHOTO.file, PNG.sync.write(png));
}
