// The kiosk's settings, from three layers: defaults, what the teacher saved (localStorage),
// and URL parameters, which win so that a bookmarked link boots a kiosk straight into a mode:
//   ?mode=practice&sound=0&mirror=1&threshold=0.85&roi=0.3,0.3,0.4,0.4&pin=1234
// Some parameters only make sense in a link and are never saved: practice (a fixed
// question, for tests and lessons), seed (the question order) and attract (seconds of idle).
import { formatRoi, isValidRoi, type NormalisedRoi } from "@livedigits/ui/roi-geometry";
import {
  choiceField,
  isSavedCameraId,
  isThreshold,
  roiField,
  switchField,
  thresholdField,
  urlParams,
  type UrlFields,
} from "@livedigits/ui/settings-fields";

export type KioskMode = "show" | "practice";
export const MODES: readonly KioskMode[] = ["show", "practice"];

export interface KioskSettings {
  readonly mode: KioskMode;
  /** Spoken feedback (speechSynthesis). */
  readonly sound: boolean;
  /** Show the camera picture mirrored (natural for a camera facing the class). */
  readonly mirror: boolean;
  /** Minimum confidence to show a digit, 0…1. */
  readonly threshold: number;
  /** The reading box; null means the default box for the camera's frame size. */
  readonly roi: NormalisedRoi | null;
  readonly cameraId: string | null;
  /** Digits that must be typed to open the teacher settings; null: no PIN. */
  readonly pin: string | null;
}

export const DEFAULT_SETTINGS: KioskSettings = {
  mode: "show",
  sound: true,
  mirror: false,
  threshold: 0.8,
  roi: null,
  cameraId: null,
  pin: null,
};

/** Link-only options: they set up one session and are never saved. */
export interface SessionOptions {
  /** Every practice question asks for this digit (deterministic, for tests or a lesson on one digit). */
  readonly practiceDigit: number | null;
  /** Seed of the practice question order; null: a random one. */
  readonly seed: number | null;
  /** Seconds without a digit before the attract screen shows. */
  readonly attractSeconds: number;
}

export const DEFAULT_SESSION: SessionOptions = { practiceDigit: null, seed: null, attractSeconds: 180 };

export const STORAGE_KEY = "livedigits.kiosk.settings.v1";

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

export interface UrlSettings {
  readonly settings: Partial<KioskSettings>;
  readonly session: SessionOptions;
  /** One sentence per ignored parameter (shown to the teacher in the settings, never to the class). */
  readonly problems: readonly string[];
}

/** A number from a link within [min, max] (and written as `pattern` says, when given), or undefined. */
function numberIn(raw: string, min: number, max: number, pattern?: RegExp): number | undefined {
  const text = raw.trim();
  const value = Number(text);
  return text !== "" && (!pattern || pattern.test(text)) && value >= min && value <= max ? value : undefined;
}

/** The parameters a link may set, each read the same way as in every other app; the last three are link-only. */
const URL_FIELDS: UrlFields<Pick<KioskSettings, "mode" | "sound" | "mirror" | "threshold" | "roi" | "pin"> & { practice: number; seed: number; attract: number }> = {
  mode: choiceField(MODES),
  sound: switchField,
  mirror: switchField,
  threshold: thresholdField,
  roi: roiField,
  // An empty pin removes the PIN; a wrong one is not repeated on the class's screen.
  pin: { parse: (raw) => (raw === "" ? null : isPin(raw) ? raw : undefined), rule: "it must be 3 to 8 digits.", secret: true },
  practice: { parse: (raw) => numberIn(raw, 0, 9, /^[0-9]$/), rule: "it must be one digit, 0 to 9." },
  seed: { parse: (raw) => numberIn(raw, 0, Infinity, /^\d{1,9}$/), rule: "it must be a whole number." },
  attract: { parse: (raw) => numberIn(raw, 1, 86_400), rule: "it must be seconds, from 1 to 86400." },
};

/** Reads ?mode=practice&sound=0&mirror=1&threshold=0.85&roi=0.3,0.3,0.4,0.4&pin=1234&practice=7&seed=42&attract=60. */
export function settingsFromUrl(query: string | URLSearchParams): UrlSettings {
  const { values, problems } = urlParams(query, URL_FIELDS);
  const { practice, seed, attract, ...settings } = values;
  return {
    // A fixed practice digit means practice mode, unless the link says otherwise.
    settings: practice === undefined ? settings : { mode: "practice", ...settings },
    session: { practiceDigit: practice ?? null, seed: seed ?? null, attractSeconds: attract ?? DEFAULT_SESSION.attractSeconds },
    problems,
  };
}

/** Reads what serializeSettings wrote; anything missing, invalid or from another version is left out. */
export function settingsFromStorage(text: string | null): Partial<KioskSettings> {
  if (!text) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const value = stored as Record<string, unknown>;
  const settings: Mutable<KioskSettings> = {};
  if (typeof value.mode === "string" && isMode(value.mode)) settings.mode = value.mode;
  if (typeof value.sound === "boolean") settings.sound = value.sound;
  if (typeof value.mirror === "boolean") settings.mirror = value.mirror;
  if (isThreshold(value.threshold)) settings.threshold = value.threshold;
  if (value.roi === null || isValidRoi(value.roi)) settings.roi = value.roi;
  if (isSavedCameraId(value.cameraId)) settings.cameraId = value.cameraId;
  if (value.pin === null || (typeof value.pin === "string" && isPin(value.pin))) settings.pin = value.pin;
  return settings;
}

export function serializeSettings(settings: KioskSettings): string {
  return JSON.stringify(settings);
}

/** Later layers win. */
export function resolveSettings(...layers: readonly Partial<KioskSettings>[]): KioskSettings {
  return Object.assign({}, DEFAULT_SETTINGS, ...layers) as KioskSettings;
}

/** The link that boots another kiosk into these settings (not the camera, which differs per device, nor the PIN). */
export function settingsToUrl(settings: KioskSettings): URLSearchParams {
  const params = new URLSearchParams({ mode: settings.mode, sound: settings.sound ? "1" : "0", threshold: String(settings.threshold) });
  if (settings.mirror) params.set("mirror", "1");
  if (settings.roi) params.set("roi", formatRoi(settings.roi));
  return params;
}

export function isPin(value: string): boolean {
  return /^[0-9]{3,8}$/.test(value);
}

function isMode(value: string): value is KioskMode {
  return (MODES as readonly string[]).includes(value);
}
