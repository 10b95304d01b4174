import { existsSync } from "node:fs";
import { chromiumPath } from "./paths.js";
import { generateMedia } from "./videos.js";

export default async function globalSetup(): Promise<void> {
  // Playwright cannot download its own browsers here: say how to get Debian's before anything else fails.
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not at ${chromiumPath}. Install it (apt-get install -y chromium ffmpeg, as .ci/run does) or set CHROMIUM_PATH.`);
  }
  const started = performance.now();
  await generateMedia();
  console.log(`fake-camera videos ready in ${Math.round(performance.now() - started)} ms`);
}
