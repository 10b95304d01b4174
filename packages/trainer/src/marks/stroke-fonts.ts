// Single-stroke fonts from the npm package `hersheytext`, as polylines that can be
// drawn with any pen. The package ships the Hershey fonts twice (hersheytext.json
// and svg_fonts/Hershey*.svg are the same glyphs, scaled); only the JSON copies are
// used, so one font cannot sit on both sides of the split below.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type Point = readonly [x: number, y: number];
export type Polyline = readonly Point[];

/** Script fonts join their letters like cursive handwriting; print fonts stand them apart. */
export type StrokeFontStyle = "script" | "print";

/**
 * One glyph in font units: cap height 1, baseline at y = 0, y pointing down
 * (capitals span y −1…0), x from the glyph's own origin.
 */
export interface StrokeGlyph {
  readonly strokes: readonly Polyline[];
  /** How far the next glyph starts to the right. */
  readonly advance: number;
}

export interface StrokeFont {
  readonly name: string;
  readonly style: StrokeFontStyle;
  glyph(char: string): StrokeGlyph | undefined;
}

const STYLES = {
  // Hershey (hersheytext.json)
  futural: "print",
  futuram: "print",
  timesr: "print",
  timesi: "print",
  timesrb: "print",
  timesib: "print",
  scripts: "script",
  scriptc: "script",
  cursive: "script",
  // EMS (svg_fonts/)
  ems_allure: "script",
  ems_elfin: "script",
  ems_felix: "script",
  ems_nixish: "print",
  ems_nixish_italic: "print",
  ems_osmotron: "print",
  ems_readability: "print",
  ems_readability_italic: "print",
  ems_tech: "print",
} as const satisfies Record<string, StrokeFontStyle>;

export type StrokeFontName = keyof typeof STYLES;

/**
 * Fonts the trainer may draw letters, words and symbols from. Gothic, Greek,
 * Cyrillic, Japanese and the symbol-only fonts are left out: nobody writes those
 * on a kiosk's paper.
 */
export const TRAINING_STROKE_FONTS: readonly StrokeFontName[] = [
  "futural",
  "timesr",
  "timesi",
  "timesrb",
  "scripts",
  "cursive",
  "ems_allure",
  "ems_felix",
  "ems_nixish",
  "ems_nixish_italic",
  "ems_readability",
  "ems_readability_italic",
];

/**
 * Fonts only the bench draws, so its letters and words measure what training
 * generalises to. futuram, scriptc and timesib are the package's "Hershey Sans Med",
 * "Hershey Script Med" and "Hershey Serif Bold Italic".
 */
export const BENCH_STROKE_FONTS: readonly StrokeFontName[] = ["ems_elfin", "ems_osmotron", "ems_tech", "scriptc", "futuram", "timesib"];

export function strokeFontStyle(name: StrokeFontName): StrokeFontStyle {
  return STYLES[name];
}

const loaded = new Map<StrokeFontName, StrokeFont>();

/** The font by name, parsed on first use. */
export function loadStrokeFont(name: StrokeFontName): StrokeFont {
  let font = loaded.get(name);
  if (!font) {
    if (!(name in STYLES)) throw new Error(`Unknown stroke font '${name}'; known: ${Object.keys(STYLES).join(", ")}`);
    const glyphs = name.startsWith("ems_") ? svgFontGlyphs(name) : hersheyJsonGlyphs(name);
    const normalised = normalise(glyphs, name);
    font = { name, style: STYLES[name], glyph: (char) => normalised.get(char) };
    loaded.set(name, font);
  }
  return font;
}

export interface LaidOutText {
  /** Polylines in font units (cap height 1, baseline y = 0, y down), starting at x = 0. */
  readonly strokes: readonly Polyline[];
  /** Sum of the advances: where a next letter would start. */
  readonly width: number;
}

/**
 * Lays out text left to right with the font's advance widths; a space advances by
 * half a cap height. Characters the font lacks are skipped.
 */
export function textToPolylines(text: string, font: StrokeFont | StrokeFontName, letterSpacing = 0): LaidOutText {
  const resolved = typeof font === "string" ? loadStrokeFont(font) : font;
  const strokes: Polyline[] = [];
  let x = 0;
  for (const char of text) {
    if (char === " ") {
      x += 0.5;
      continue;
    }
    const glyph = resolved.glyph(char);
    if (!glyph) continue;
    for (const line of glyph.strokes) strokes.push(line.map(([px, py]) => [px + x, py] as const));
    x += glyph.advance + letterSpacing;
  }
  return { strokes, width: x };
}

type RawGlyphs = Map<string, StrokeGlyph>;

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve("hersheytext/package.json"));

let hersheyJson: Record<string, { chars: { d: string; o: number }[] }> | undefined;

/** hersheytext.json: chars[code − 33] for "!"…"~", y down, advance 2·o. */
function hersheyJsonGlyphs(name: string): RawGlyphs {
  hersheyJson ??= JSON.parse(readFileSync(join(packageRoot, "hersheytext.json"), "utf8")) as NonNullable<typeof hersheyJson>;
  const font = hersheyJson[name];
  if (!font) throw new Error(`hersheytext.json has no font '${name}'`);
  const glyphs: RawGlyphs = new Map();
  font.chars.forEach(({ d, o }, index) => glyphs.set(String.fromCharCode(index + 33), { strokes: parsePath(d, false), advance: 2 * o }));
  return glyphs;
}

const SVG_FILES: Record<string, string> = {
  ems_allure: "EMSAllure.svg",
  ems_elfin: "EMSElfin.svg",
  ems_felix: "EMSFelix.svg",
  ems_nixish: "EMSNixish.svg",
  ems_nixish_italic: "EMSNixishItalic.svg",
  ems_osmotron: "EMSOsmotron.svg",
  ems_readability: "EMSReadability.svg",
  ems_readability_italic: "EMSReadabilityItalic.svg",
  ems_tech: "EMSTech.svg",
};

/** svg_fonts/*.svg: <glyph unicode horiz-adv-x d>, y up (flipped here). */
function svgFontGlyphs(name: string): RawGlyphs {
  const svg = readFileSync(join(packageRoot, "svg_fonts", SVG_FILES[name]!), "utf8");
  const defaultAdvance = Number(/<font\b[^>]*horiz-adv-x="([^"]+)"/.exec(svg)?.[1] ?? 500);
  const glyphs: RawGlyphs = new Map();
  for (const [, attributes] of svg.matchAll(/<glyph\b([^>]*?)\/?>/g)) {
    const unicode = /\bunicode="([^"]*)"/.exec(attributes!)?.[1];
    if (unicode === undefined) continue;
    const char = decodeEntities(unicode);
    const d = / d="([^"]*)"/.exec(attributes!)?.[1] ?? "";
    const advance = Number(/horiz-adv-x="([^"]+)"/.exec(attributes!)?.[1] ?? defaultAdvance);
    glyphs.set(char, { strokes: parsePath(d, true), advance });
  }
  return glyphs;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|apos|quot|lt|gt);/g, (_, entity: string) => ({ amp: "&", apos: "'", quot: '"', lt: "<", gt: ">" })[entity]!);
}

/** Absolute M, L, H, V, C and Z commands (all these fonts use); curves become 8 segments. */
function parsePath(d: string, flipY: boolean): Polyline[] {
  const lines: Point[][] = [];
  let line: Point[] | undefined;
  let command = "";
  let current: Point = [0, 0];
  const tokens = d.match(/[MLHVCZmlhvcz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let k = 0;
  const number = () => Number(tokens[k++]);
  const add = (point: Point) => {
    current = point;
    line!.push(point);
  };
  while (k < tokens.length) {
    if (/[A-Za-z]/.test(tokens[k]!)) command = tokens[k++]!;
    if (command !== command.toUpperCase()) throw new Error(`Relative path command '${command}' in a stroke font`);
    switch (command) {
      case "M":
        line = [];
        lines.push(line);
        add([number(), number()]);
        command = "L"; // further pairs after M are lines
        break;
      case "L":
        add([number(), number()]);
        break;
      case "H":
        add([number(), current[1]]);
        break;
      case "V":
        add([current[0], number()]);
        break;
      case "C": {
        const [x0, y0] = current;
        const [x1, y1, x2, y2, x3, y3] = [number(), number(), number(), number(), number(), number()];
        for (let s = 1; s <= 8; s++) {
          const t = s / 8;
          const u = 1 - t;
          add([u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3]);
        }
        break;
      }
      case "Z":
        if (line && line.length > 0) add(line[0]!);
        command = "";
        break;
      default:
        throw new Error(`Unexpected path data '${tokens[k]}' in a stroke font`);
    }
  }
  return lines.map((points) => (flipY ? points.map(([x, y]) => [x, -y] as const) : points)).filter((points) => points.length > 0);
}

/** Scales a font so its "H" is one unit tall and stands on y = 0, y down. */
function normalise(glyphs: RawGlyphs, name: string): Map<string, StrokeGlyph> {
  const reference = glyphs.get("H");
  if (!reference) throw new Error(`Stroke font '${name}' has no "H" to measure its cap height`);
  const ys = reference.strokes.flat().map(([, y]) => y);
  const top = Math.min(...ys);
  const baseline = Math.max(...ys);
  const scale = 1 / (baseline - top);
  const out = new Map<string, StrokeGlyph>();
  for (const [char, glyph] of glyphs) {
    out.set(char, {
      strokes: glyph.strokes.map((line) => line.map(([x, y]) => [x * scale, (y - baseline) * scale] as const)),
      advance: glyph.advance * scale,
    });
  }
  return out;
}
