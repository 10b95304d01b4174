// Test support (Node only): the .y4m videos Chromium's fake camera plays
// (--use-file-for-fake-video-capture), encoded by ffmpeg from RGBA frames.
import { spawn } from "node:child_process";

export interface VideoFormat {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

/** RGBA frames → a .y4m file (yuv420p, which is what Chromium's fake camera reads). Needs ffmpeg (FFMPEG_PATH to override). */
export function encodeY4m(file: string, frames: readonly (Uint8Array | Uint8ClampedArray)[], { width, height, fps }: VideoFormat): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ["-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgba", "-s", `${width}x${height}`, "-r", String(fps)];
    args.push("-i", "pipe:0", "-pix_fmt", "yuv420p", "-f", "yuv4mpegpipe", file);
    const ffmpeg = spawn(process.env.FFMPEG_PATH ?? "ffmpeg", args, { stdio: ["pipe", "ignore", "pipe"] });
    let errors = "";
    ffmpeg.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    ffmpeg.on("error", (error) => reject(new Error(`ffmpeg could not run (apt-get install ffmpeg): ${error.message}`)));
    ffmpeg.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg failed (${code}) writing ${file}: ${errors}`))));
    for (const frame of frames) ffmpeg.stdin.write(frame);
    ffmpeg.stdin.end();
  });
}
