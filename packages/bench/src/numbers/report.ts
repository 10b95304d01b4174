import { CONDITIONS } from "../accuracy/conditions.js";
import { MAX_NUMBER_LENGTH, NUMBER_BOX } from "./camera-numbers.js";
import { APP_MAX_DIGITS, type ClutterNumbers } from "./clutter-numbers.js";
import { percent, type NumberGroup, type NumberScore, type NumbersResult } from "./run.js";

/** Targets from issue #14, for the camera numbers. */
export const NUMBER_TARGETS = { separated: 0.95, touching: 0.85, wrongShown: 0.01 } as const;

function ms(v: number | null): string {
  return v === null ? "–" : v.toFixed(v < 10 ? 1 : 0);
}

/** right · shown · right among shown · shown wrong · median ms */
function cells(s: NumberScore): string {
  if (s.count === 0) return "– | – | – | – | –";
  return `${percent(s.accuracy)} | ${percent(s.coverage)} | ${s.precision === null ? "–" : percent(s.precision)} | ${percent(s.wrongShown)} | ${ms(s.medianMs)}`;
}

const HEADER = "LiveDigits: right | shown | right among shown | shown wrong | ms | Tesseract: right | shown | right among shown | shown wrong | ms";
const RULE = "---:|---:|---:|---:|---:|---:|---:|---:|---:|---:";

function row(title: string, group: NumberGroup, count = group.scores.livedigits.count): string {
  return `| ${title} | ${count} | ${cells(group.scores.livedigits)} | ${cells(group.scores.tesseract)} |`;
}

function find(groups: readonly NumberGroup[], name: string): NumberGroup {
  return groups.find((g) => g.name === name)!;
}

export function renderNumbersReport(result: NumbersResult, command: string): string {
  const { camera, options: o } = result;
  const subset = o.tesseractEvery > 1;
  const tesseractCount = camera.compared.scores.tesseract.count;
  const separated = find(camera.byKind, "separated").scores.livedigits;
  const touching = find(camera.byKind, "touching").scores.livedigits;
  const lines = [
    "# Numbers where cameras are",
    "",
    `Written by \`${command}\` (packages/bench, src/numbers); do not edit by hand. ${new Date().toISOString().slice(0, 10)}, ${Math.round(result.seconds)} s, LiveDigits on the TF.js ${result.backend} backend in Node, seed ${o.seed}.`,
    "",
    "Every number goes through `read(frame, box)` with a box around the number, one frame at a time (no smoothing), at the default threshold 0.8. Two readers on the same frames in the same run:",
    "",
    "- **LiveDigits** — core's reader with the shipped digit and number models, `maxDigits` 6 for the camera numbers and each real number's length (at most 12) for those; a number is shown only when every digit passes the threshold.",
    "- **Tesseract** — tesseract.js 7 (wasm) with the English LSTM data of `@tesseract.js-data/eng` read from disk, digits-only whitelist, single-line mode (PSM 7), on the crop of the same box; whatever digits it returns are what it shows.",
    "",
    "**right**: the whole number read, every digit, nothing more or less, over all numbers. **shown**: a number was shown. **right among shown**: how far a shown number can be trusted. **shown wrong**: a wrong number shown, over all numbers. **ms**: median milliseconds per read on this machine (LiveDigits: the whole read of the frame; Tesseract: crop, PNG and recognise).",
    "",
    "## Summary",
    "",
    subset
      ? `Tesseract read every ${o.tesseractEvery}th camera number (${tesseractCount} of ${camera.all.scores.livedigits.count}; it is slow): its camera cells are over those, LiveDigits' over all; the row "same frames" has both on the same ${tesseractCount}.`
      : `Both readers read all ${camera.all.scores.livedigits.count} camera numbers.`,
    "",
    `| set | numbers | ${HEADER} |`,
    `|---|---:|${RULE}|`,
    row("Camera numbers, 1–6 digits", camera.all),
    ...(subset ? [row("… the same frames for both", camera.compared)] : []),
    ...camera.byKind.map((g) => row(`… ${KIND_TITLES[g.name] ?? g.name}`, g)),
    ...(result.real ? [row("Real numbers (shared/real-numbers, 3–11 digits)", result.real.overall)] : []),
    "",
    `Targets (#14) for LiveDigits on the camera numbers: separated ≥ ${percent(NUMBER_TARGETS.separated)} right (here ${percent(separated.accuracy)}), touching ≥ ${percent(NUMBER_TARGETS.touching)} (here ${percent(touching.accuracy)}), shown wrong ≤ ${percent(NUMBER_TARGETS.wrongShown)} (here ${percent(camera.all.scores.livedigits.wrongShown)}).`,
    "",
    "## Camera numbers",
    "",
    `${o.cameraCount} numbers of 1–6 digits, each written from MNIST *test* digits (picked at random per label) in a person's rhythm: a habit of spacing per number (crowded — ink boxes overlapping by up to a fifth of a digit's height — in 45% of numbers, otherwise open, up to 0.6 of a digit's height apart) varied per pair, a baseline drifting up or down with jitter, digit heights varying ±7% and growing or shrinking along the number, a slant of −6° to +14° and each digit turned ±2.5°. Whether neighbours touch is measured on the drawn ink (coverage ≥ 0.5, 8-connected, after the pen's change): ${percent(camera.touchingShare)} of the numbers of two or more digits have touching neighbours. The number reader's rules are chosen on a development set kept apart from these: numbers written the same way from the MNIST *training* digits that training holds out, under another seed (\`pnpm --filter @livedigits/bench dev:numbers\`).`,
    "",
    `The box is the apps' default box for numbers, ${NUMBER_BOX.width}×${NUMBER_BOX.height} px centred in the 640×480 frame (as tall as the digit box, twice as wide). The condition's digit size is a share of its height (55–75% in the clean look); a number too long or too turned for the box at that size is held smaller until it fits with ${Math.round(NUMBER_BOX.height * 0.06)} px to spare, as a person fits a long number into the box. Lengths run 1…6 in turn, polarity changes every 6 numbers and the condition every 12 (Camera MNIST's ${CONDITIONS.length} conditions), so every 192 numbers in a row cover each combination.`,
    "",
    "![Camera numbers: lengths 1–6 in four conditions (clean, squared paper, shadow, all at once), dark on light and light on dark](camera-numbers.png)",
    "",
    `| digits | numbers | neighbours touch | ${HEADER} |`,
    `|---|---:|---:|${RULE}|`,
    ...camera.byLength.map((g, i) => `| ${i + 1} | ${g.scores.livedigits.count} | ${i === 0 ? "–" : percent(camera.touchingByLength[i] ?? 0)} | ${cells(g.scores.livedigits)} | ${cells(g.scores.tesseract)} |`),
    "",
    `| condition | numbers | ${HEADER} |`,
    `|---|---:|${RULE}|`,
    ...camera.byCondition.map((g) => row(g.name, g)),
    ...camera.byPolarity.map((g) => row(`**${g.name}**`, g)),
    "",
  ];
  lines.push(...renderMistakes(result), ...renderClutter(result), ...renderReal(result));
  lines.push(`Reproduce with \`${command}\` (the numbers alone: \`pnpm bench --only numbers\`).`, "");
  return lines.join("\n");
}

const KIND_TITLES: Record<string, string> = {
  "one digit": "one digit",
  separated: `separated: 2–${MAX_NUMBER_LENGTH} digits, no neighbours touching`,
  touching: "touching: some neighbours' ink touches or overlaps",
};

function renderMistakes({ camera }: NumbersResult): string[] {
  const wrong = camera.livedigitsWrong;
  const lines = ["## Wrong numbers LiveDigits showed", ""];
  if (wrong.length === 0) return [...lines, "None.", ""];
  lines.push(
    `${wrong.length === 50 ? "The first 50" : `All ${wrong.length}`} (number = its index in the set, for \`cameraNumber(index, seed)\` in src/numbers/camera-numbers.ts):`,
    "",
    "| number | written | read | condition | polarity | neighbours touch |",
    "|---:|---|---|---|---|---|",
    ...wrong.map((m) => `| ${m.index} | ${m.text} | ${m.read} | ${m.condition} | ${m.lightOnDark ? "light on dark" : "dark on light"} | ${m.touching ? "yes" : "no"} |`),
    "",
  );
  return lines;
}

function renderClutter({ clutter, options }: NumbersResult): string[] {
  const frames = clutter.reduce((n, k) => n + k.frames, 0);
  const falseNumbers = clutter.reduce((n, k) => n + k.falseNumbers, 0);
  const shown = (k: ClutterNumbers) => k.shown.slice(0, 8).map(([text, times]) => (times > 1 ? `${text} ×${times}` : text)).join(", ") || "–";
  return [
    "## Clutter read as numbers",
    "",
    `The accuracy part's clutter (reports/accuracy.md: the same kinds and, per kind, its first ${options.clutterPerKind} frames, half light on dark, seed ${options.seed}) read by LiveDigits in the digit box with \`maxDigits\` ${APP_MAX_DIGITS}, as the web page and the extension read: every number shown is false. The accuracy part reads them with \`maxDigits\` 1 (the web page's one-digit setting); there a letter the model calls no digit is refused whole, here its strokes can be cut apart and read as digits.`,
    "",
    "| kind | frames | LiveDigits: false numbers | shown (most often first) |",
    "|---|---:|---:|---|",
    ...clutter.map((k) => `| ${k.name} | ${k.frames} | ${percent(k.frames ? k.falseNumbers / k.frames : 0)} | ${shown(k)} |`),
    `| **all kinds** | ${frames} | **${percent(frames ? falseNumbers / frames : 0)}** | |`,
    "",
  ];
}

function renderReal({ real }: NumbersResult): string[] {
  const lines = ["## Real numbers", ""];
  if (!real) return [...lines, "Skipped: ../shared/real-numbers was not found beside the project.", ""];
  const mark = (read: string | null, label: string) => (read === null ? "–" : read === label ? `${read} ✓` : `${read} ✗`);
  lines.push(
    "shared/real-numbers: 7 photos and scans of handwritten numbers by people outside the project (a development set: the reader's measure of a short digit, against most of the number's marks rather than the tallest, was found on it, so it flatters that rule; a held-out set by other writers judges it). Each number is read through a box drawn around it by eye (src/numbers/real-numbers-boxes.json), as taken; LiveDigits with `maxDigits` = the number's length. – : nothing shown.",
    "",
    "| image | number | LiveDigits | Tesseract |",
    "|---|---|---|---|",
    ...real.numbers.map((n) => `| ${n.image} | ${n.label} | ${mark(n.read.livedigits, n.label)} | ${mark(n.read.tesseract, n.label)} |`),
    "",
  );
  return lines;
}
