// Debian's Chromium, headless, as a visitor's browser would run: no flags that unlock
// features (WebGPU stays as Chromium ships it), a fake camera only where asked for.
import { chromium, type Browser } from "playwright-core";
import { chromiumPath } from "./paths.js";

export interface ChromiumOptions {
  /** .y4m file the fake camera plays (its frame rate is the camera's). */
  readonly cameraVideo?: string;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  const args = [
    "--no-sandbox", // the bench runs as root in CI containers
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
  if (options.cameraVideo) {
    args.push(
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${options.cameraVideo}`,
    );
  }
  try {
    return await chromium.launch({ executablePath: chromiumPath, args });
  } catch (error) {
    throw new Error(
      `Chromium could not start from ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
