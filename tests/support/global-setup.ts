import { generateMedia } from "./videos.js";

export default async function globalSetup(): Promise<void> {
  const started = performance.now();
  await generateMedia();
  console.log(`fake-camera videos ready in ${Math.round(performance.now() - started)} ms`);
}
