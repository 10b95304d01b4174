// Every reading of a fixed set of frames, in full, and their digest: for a change meant to make the reader faster
// and read exactly as before. Run it at the commit before and at the change, and compare the digests (or diff the
// files). The frames: development camera numbers (dev:numbers' seed), each read with maxDigits 6, with maxDigits 1
// and by a search around its box, and every frame of the browser bench, in its box and as a whole photo, with
// maxDigits 1 and 6. On the cpu backend, which gives the same floats on every run.
// Run: pnpm --filter @livedigits/bench digest [--count N] [--out FILE]
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createDigitReader, type Reading } from "@livedigits/core";
import { fileModel, shippedModelPath, shippedNumberModelPath } from "@livedigits/core/node";
import { makeBenchFrames } from "./browser/bench-frames.js";
import { cameraNumber, DEV_SEED, mnistHeldOutByLabel } from "./numbers/camera-numbers.js";

/** How far past a development number's box the search looks. */
const SEARCH_MARGIN = 40;

/** One line that holds everything a reading says, its 28×28 input as a digest. */
function describeReading(tag: string, r: Reading): string {
  const input = r.modelInput ? createHash("md5").update(new Uint8Array(r.modelInput.buffer, r.modelInput.byteOffset, r.modelInput.byteLength)).digest("hex") : "-";
  const digits = r.digits.map((d) => `${d.digit}:${d.confidence}`).join(",");
  return [tag, r.state, r.text, r.reason ?? "", r.confidence, r.notDigit, r.polarity, JSON.stringify(r.inkBox), JSON.stringify(r.box), digits, input].join(" ");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: "string", default: "300" }, out: { type: "string" } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number of development numbers, 0 or more, got '${values.count}'.`);
  const reader = await createDigitReader({ model: fileModel(shippedModelPath), numberModel: fileModel(shippedNumberModelPath), backend: "cpu" });
  const lines: string[] = [];
  try {
    const byLabel = mnistHeldOutByLabel();
    for (let i = 0; i < count; i++) {
      const { frame, box } = cameraNumber(i, DEV_SEED, byLabel);
      reader.setOptions({ maxDigits: 6 });
      lines.push(describeReading(`number ${i}`, await reader.read(frame, box)));
      reader.setOptions({ maxDigits: 1 });
      lines.push(describeReading(`digit ${i}`, await reader.read(frame, box)));
      const around = { x: box.x - SEARCH_MARGIN, y: box.y - SEARCH_MARGIN, width: box.width + 2 * SEARCH_MARGIN, height: box.height + 2 * SEARCH_MARGIN };
      lines.push(describeReading(`search ${i}`, await reader.read(frame, { searchIn: around })));
    }
    const frames = makeBenchFrames();
    for (const spec of [...frames.specs, ...frames.numbers]) {
      // The served bytes are RGBA already, which the reader takes as they are.
      const image = { width: spec.width, height: spec.height, data: frames.files.get(spec.url)! };
      for (const maxDigits of [1, 6]) {
        reader.setOptions({ maxDigits });
        lines.push(describeReading(`${spec.url} maxDigits ${maxDigits}`, await reader.read(image, "box" in spec ? spec.box : undefined)));
        lines.push(describeReading(`${spec.url} maxDigits ${maxDigits} auto`, await reader.read(image, "auto")));
      }
    }
  } finally {
    reader.dispose();
  }
  const text = lines.join("\n") + "\n";
  if (values.out) writeFileSync(values.out, text);
  console.log(`${lines.length} readings, digest ${createHash("sha256").update(text).digest("hex")}${values.out ? `, written to ${values.out}` : ""}`);
}

await main();
