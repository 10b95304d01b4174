// The kiosk's settings, from three layers: defaults, what the teacher saved (localStorage),
// and URL parameters, which win so that a bookmarked link boots a kiosk straight into a mode:
//   ?mode=practice&sound=0&mirror=1&threshold=0.85&roi=0.3,0.3,0.4,0.4&pin=1234
// Some parameters only make sense in a link and are never saved: practice (a fixed
// question, for tests and lessons), seed (the question order) and attract (seconds of idle).
import { formatRoi, isValidRoi, parseRoi, type NormalisedRoi } from "@livedigits/ui/roi-geometry";
import { isSavedCameraId, isThreshold, parseSwitch, parseThreshold } from "@livedigits/ui/settings-fields";

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

export function settingsFromUrl(query: string | URLSearchParams): UrlSettings {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const settings: Mutable<KioskSettings> = {};
  const session: { -readonly [K in keyof SessionOptions]: SessionOptions[K] } = { ...DEFAULT_SESSION };
  const problems: string[] = [];
  const ignore = (name: string, raw: string, rule: string) => problems.push(`Ignored ${name}=${raw}: ${rule}`);

  const mode = params.get("mode");
  if (mode !== null) {
    if (isMode(mode)) settings.mode = mode;
    else ignore("mode", mode, `it must be one of ${MODES.join(", ")}.`);
  }
  for (const name of ["sound", "mirror"] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = parseSwitch(raw);
    if (value === null) ignore(name, raw, "it must be 1 or 0 (on/off, true/false also work).");
    else settings[name] = value;
  }
  const threshold = params.get("threshold");
  if (threshold !== null) {
    const value = parseThreshold(threshold);
    if (value === null) ignore("threshold", threshold, "it must be a number from 0 to 1, e.g. 0.8.");
    else settings.threshold = value;
  }
  const roi = params.get("roi");
  if (roi !== null) {
    const value = parseRoi(roi);
    if (value === null) ignore("roi", roi, "it must be x,y,width,height as shares of the picture, e.g. 0.3,0.3,0.4,0.4.");
    else settings.roi = value;
  }
  const pin = params.get("pin");
  if (pin !== null) {
    if (pin === "") settings.pin = null;
    else if (isPin(pin)) settings.pin = pin;
    else ignore("pin", "…", "it must be 3 to 8 digits.");
  }
  const practice = params.get("practice");
  if (practice !== null) {
    if (/^[0-9]$/.test(practice.trim())) {
      session.practiceDigit = Number(practice.trim());
      settings.mode ??= "practice";
    } else ignore("practice", practice, "it must be one digit, 0 to 9.");
  }
  const seed = params.get("seed");
  if (seed !== null) {
    if (/^\d{1,9}$/.test(seed.trim())) session.seed = Number(seed.trim());
    else ignore("seed", seed, "it must be a whole number.");
  }
  const attract = params.get("attract");
  if (attract !== null) {
    const value = Number(attract);
    if (attract.trim() !== "" && Number.isFinite(value) && value >= 1 && value <= 86_400) session.attractSeconds = value;
    else ignore("attract", attract, "it must be seconds, from 1 to 86400.");
  }
  return { settings, session, problems };
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
