// The kiosk's settings, from three layers: defaults, what the teacher saved (localStorage),
// and URL parameters, which win so that a bookmarked link boots a kiosk straight into a mode:
//   ?mode=practice&sound=0&mirror=1&threshold=0.85&roi=0.3,0.3,0.4,0.4&pin=1234 (&polarity=light-on-dark for a slate)
// Some parameters only make sense in a link and are never saved: practice (a fixed
// question, for tests and lessons), seed (the question order) and attract (seconds of idle).
import { formatRoi } from "@livedigits/ui/roi-geometry";
import {
  choiceField,
  DEFAULT_LIVE_SETTINGS,
  LIVE_URL_FIELDS,
  storedLiveSettings,
  storedObject,
  switchField,
  urlParams,
  type LiveSettings,
  type UrlFields,
} from "@livedigits/ui/settings-fields";

export type KioskMode = "show" | "practice";
export const MODES: readonly KioskMode[] = ["show", "practice"];

/**
 * What a live view reads (threshold, box, mirror, camera; ink and steadiness, which the
 * teacher's settings leave automatic and steady, only a link changes), and the kiosk's own.
 */
export interface KioskSettings extends LiveSettings {
  readonly mode: KioskMode;
  /** Spoken feedback (speechSynthesis). */
  readonly sound: boolean;
  /** Digits that must be typed to open the teacher settings; null: no PIN. */
  readonly pin: string | null;
}

export const DEFAULT_SETTINGS: KioskSettings = { ...DEFAULT_LIVE_SETTINGS, mode: "show", sound: true, pin: null };

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

/**
 * The parameters a link may set, each read the same way as in every other app: the live
 * view's (threshold, ink, steadiness, mirror, box), the kiosk's, and three link-only ones.
 */
const URL_FIELDS: UrlFields<Pick<KioskSettings, "mode" | "threshold" | "polarity" | "smoothing" | "mirror" | "roi" | "sound" | "pin"> & { practice: number; seed: number; attract: number }> = {
  mode: choiceField(MODES),
  ...LIVE_URL_FIELDS,
  sound: switchField,
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
  const stored = storedObject(text);
  const settings: Mutable<KioskSettings> = storedLiveSettings(stored);
  if (typeof stored.mode === "string" && isMode(stored.mode)) settings.mode = stored.mode;
  if (typeof stored.sound === "boolean") settings.sound = stored.sound;
  if (stored.pin === null || (typeof stored.pin === "string" && isPin(stored.pin))) settings.pin = stored.pin;
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
