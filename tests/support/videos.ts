// The fake camera's videos: MNIST test digits rendered as ink on paper inside the
// apps' default box, numbers written with them, a handwritten word, a hand, and a real photo
// filling the frame, encoded by ffmpeg as the .y4m files Chromium's fake camera plays.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { centredSquareRoi } from "@livedigits/core";
import { PNG } from "pngjs";
import { blankFrame, drawDigitFrame, drawHandFrame, mnistTestDigits } from "@livedigits/core/testing";
import { encodeY4m } from "@livedigits/core/testing/fake-camera";
import { drawNumberFrame, drawWordFrame, HAT_STROKES, type NumberLayout, type WordLayout } from "./ink.js";
import { videoDir } from "./paths.js";

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 480;
/**
 * Core's default box on a 640×480 camera, a centred square, where the one-digit videos draw
 * their digit: the middle of the apps' default box, which is as tall and twice as wide.
 */
export const DEFAULT_BOX = centredSquareRoi(FRAME_WIDTH, FRAME_HEIGHT);
/** The box the apps start with on a 640×480 camera, reading numbers: where the number and word videos write. */
export const NUMBER_BOX = { x: DEFAULT_BOX.x - DEFAULT_BOX.width / 2, y: DEFAULT_BOX.y, width: 2 * DEFAULT_BOX.width, height: DEFAULT_BOX.height } as const;
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

/**
 * A 3 drawn well left of the frame's centre, where the picture's mirror image puts it well
 * right of it: what is drawn over a mirrored picture must follow.
 */
export const OFF_CENTRE_VIDEO = {
  label: 3,
  box: { x: 100, y: 144, width: 192, height: 192 },
  file: join(videoDir, "digit-3-left-of-centre.y4m"),
} as const;

export interface NumberVideo {
  readonly kind: "number";
  readonly file: string;
  /** The number written, e.g. "2026". */
  readonly text: string;
  /** Indexes in the MNIST test set, one per digit: the first of its class, the second for a digit written again. */
  readonly samples: readonly number[];
  readonly layout: Omit<NumberLayout, "roi">;
}

/** Numbers written on light paper in the apps' default box: 42 and 2026 for the page, 15 for the kiosk's 7 + 8. */
export function numberVideos(): NumberVideo[] {
  const samples = mnistTestDigits(200);
  const written: [string, Omit<NumberLayout, "roi">][] = [
    ["42", { size: 0.75, gap: 0.12 }],
    ["15", { size: 0.75, gap: 0.12 }],
    ["2026", { size: 0.6, gap: 0.08 }],
  ];
  return written.map(([text, layout]) => {
    const seen = new Map<number, number>();
    const indexes = [...text].map((char) => {
      const label = Number(char);
      const nth = seen.get(label) ?? 0;
      seen.set(label, nth + 1);
      return samples.map((sample, index) => (sample.label === label ? index : -1)).filter((index) => index >= 0)[nth]!;
    });
    return { kind: "number", file: join(videoDir, `number-${text}-dark-on-light.y4m`), text, samples: indexes, layout };
  });
}

export function numberVideo(text: string): NumberVideo {
  const video = numberVideos().find((v) => v.text === text);
  if (!video) throw new Error(`No video of the number ${text}.`);
  return video;
}

/** A handwritten word ("hat", printed with a pen, no font) in the apps' default box: not a digit, nor a number. */
export const WORD_VIDEO = {
  word: "hat",
  layout: { xHeight: 0.3, pen: 0.14, slant: 0.12 } satisfies Omit<WordLayout, "roi">,
  file: join(videoDir, "word-hat-dark-on-light.y4m"),
} as const;

/** A hand held into the apps' default box from its left, near the camera, over blank paper: no digit, something in the way. */
export const HAND_VIDEO = {
  skin: 150,
  paper: 225,
  file: join(videoDir, "hand-in-the-box.y4m"),
} as const;

/** A photo of a number (the 2026 of the videos), for the photo path reading numbers too. */
export const NUMBER_PHOTO = { text: "2026", file: join(videoDir, "photo-2026.png") } as const;

/** A photo of a digit (the first MNIST test digit, a 7) for the "open a photo" way out. */
export const PHOTO = { label: 7, sample: 0, file: join(videoDir, "photo-7.png") } as const;

/**
 * Real photos of handwritten digits by people outside the project (see its README), kept
 * beside the repository; absent on some machines, where the tests that need them skip.
 */
export const realDigitsDir = process.env.REAL_DIGITS_DIR ?? fileURLToPath(new URL("../../../shared/real-digits/", import.meta.url));

/**
 * A phone photo of a 5 (518×518, dark pen on paper) scaled to fill the camera's frame, as a
 * sheet held close: the 5 runs out of the default box at the top, left and right.
 */
export const FILLING_PHOTO = {
  label: 5,
  photo: join(realDigitsDir, "photos/Abhighule24/5_0.jpg"),
  file: join(videoDir, "real-photo-5-filling-the-frame.y4m"),
} as const;

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
  const offCentre = samples.find((sample) => sample.label === OFF_CENTRE_VIDEO.label)!.image;
  jobs.push({
    file: OFF_CENTRE_VIDEO.file,
    recipe: JSON.stringify(OFF_CENTRE_VIDEO),
    render: (seed) => drawDigitFrame(offCentre, { roi: OFF_CENTRE_VIDEO.box, paper: 225, ink: 35, size: 0.8, gradient: 0.15, noise: 4, seed }).data,
  });
  const numberSamples = mnistTestDigits(200);
  for (const video of numberVideos()) {
    const fields = video.samples.map((index) => numberSamples[index]!.image);
    jobs.push({
      file: video.file,
      recipe: JSON.stringify({ ...video, roi: NUMBER_BOX }),
      render: (seed) =>
        drawNumberFrame(fields, { roi: NUMBER_BOX, ...video.layout }, { width: FRAME_WIDTH, height: FRAME_HEIGHT, paper: 225, ink: 35, gradient: 0.15, noise: 4, seed }).data,
    });
  }
  jobs.push({
    file: WORD_VIDEO.file,
    recipe: JSON.stringify({ ...WORD_VIDEO, strokes: HAT_STROKES, roi: NUMBER_BOX }),
    render: (seed) =>
      drawWordFrame(HAT_STROKES, { roi: NUMBER_BOX, ...WORD_VIDEO.layout }, { width: FRAME_WIDTH, height: FRAME_HEIGHT, paper: 225, ink: 35, gradient: 0.15, noise: 4, seed }).data,
  });
  jobs.push({
    file: HAND_VIDEO.file,
    recipe: JSON.stringify({ ...HAND_VIDEO, roi: NUMBER_BOX }),
    render: (seed) => drawHandFrame({ roi: NUMBER_BOX, skin: HAND_VIDEO.skin, paper: HAND_VIDEO.paper, width: FRAME_WIDTH, height: FRAME_HEIGHT, gradient: 0.15, noise: 4, seed }).data,
  });
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
  const numberPhoto = numberVideo(NUMBER_PHOTO.text);
  const numberPhotoRecipe = `${NUMBER_PHOTO.file}.recipe.json`;
  const numberPhotoJob = JSON.stringify({ ...numberPhoto, roi: NUMBER_BOX, photo: true });
  if (!existsSync(NUMBER_PHOTO.file) || !existsSync(numberPhotoRecipe) || readFileSync(numberPhotoRecipe, "utf8") !== numberPhotoJob) {
    const fields = numberPhoto.samples.map((index) => numberSamples[index]!.image);
    const frame = drawNumberFrame(fields, { roi: NUMBER_BOX, ...numberPhoto.layout }, { width: FRAME_WIDTH, height: FRAME_HEIGHT, paper: 230, ink: 30, gradient: 0.1, noise: 3, seed: 1 });
    writePng(NUMBER_PHOTO.file, frame);
    writeFileSync(numberPhotoRecipe, numberPhotoJob);
  }
  if (existsSync(FILLING_PHOTO.photo)) {
    const recipeFile = `${FILLING_PHOTO.file}.recipe.json`;
    const recipe = JSON.stringify({ photo: FILLING_PHOTO.photo, fill: "cover", frames: FRAMES_PER_VIDEO, fps: FPS, width: FRAME_WIDTH, height: FRAME_HEIGHT });
    if (!existsSync(FILLING_PHOTO.file) || !existsSync(recipeFile) || readFileSync(recipeFile, "utf8") !== recipe) {
      const frame = photoFillingFrame(FILLING_PHOTO.photo);
      await encodeY4m(FILLING_PHOTO.file, Array.from({ length: FRAMES_PER_VIDEO }, () => frame), { width: FRAME_WIDTH, height: FRAME_HEIGHT, fps: FPS });
      writeFileSync(recipeFile, recipe);
    }
  }
}

/** The photo's RGBA pixels scaled to cover the camera's frame and centred, its overhang cut off (ffmpeg decodes it). */
function photoFillingFrame(photo: string): Uint8Array {
  const cover = `scale=${FRAME_WIDTH}:${FRAME_HEIGHT}:force_original_aspect_ratio=increase,crop=${FRAME_WIDTH}:${FRAME_HEIGHT}`;
  const args = ["-loglevel", "error", "-i", photo, "-vf", cover, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgba", "pipe:1"];
  const pixels = execFileSync(process.env.FFMPEG_PATH ?? "ffmpeg", args, { maxBuffer: FRAME_WIDTH * FRAME_HEIGHT * 4 * 2 });
  if (pixels.length !== FRAME_WIDTH * FRAME_HEIGHT * 4) throw new Error(`ffmpeg gave ${pixels.length} bytes for ${photo}, not one ${FRAME_WIDTH}×${FRAME_HEIGHT} RGBA frame.`);
  return new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length);
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
  writePng(PHOTO.file, frame);
}

function writePng(file: string, frame: { readonly width: number; readonly height: number; readonly data: Uint8Array | Uint8ClampedArray }): void {
  const png = new PNG({ width: frame.width, height: frame.height });
  png.data.set(frame.data);
  writeFileSync(file, PNG.sync.write(png));
}
