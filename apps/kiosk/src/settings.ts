// The kiosk's settings, from three layers: defaults, what the teacher saved (localStorage),
// and URL parameters, which win so that a bookmarked link boots a kiosk straight into a mode:
//   ?mode=practice&level=within-20&sound=0&mirror=1&threshold=0.85&roi=0.2,0.3,0.6,0.4&pin=1234 (&polarity=light-on-dark for a slate)
// Some parameters only make sense in a link and are never saved: practice (a fixed
// question, for tests and lessons), seed (the question order) and attract (seconds of idle).
import { formatRoi } from "@livedigits/ui/roi-geometry";
import { DEFAULT_LEVEL, LEVELS, parseQuestion, type PracticeLevel, type Question } from "./practice.js";
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
  /** What Practice asks: digits and small sums, numbers to 99, sums and differences within 20, or times tables. */
  readonly level: PracticeLevel;
  /** Spoken feedback (speechSynthesis). */
  readonly sound: boolean;
  /** Digits that must be typed to open the teacher settings; null: no PIN. */
  readonly pin: string | null;
}

/**
 * The kiosk reads numbers of up to two digits unless a link says otherwise: every practice
 * answer has one or two, and the number fills the screen.
 */
export const DEFAULT_SETTINGS: KioskSettings = { ...DEFAULT_LIVE_SETTINGS, maxDigits: 2, mode: "show", level: DEFAULT_LEVEL, sound: true, pin: null };

/** Link-only options: they set up one session and are never saved. */
export interface SessionOptions {
  /** Every practice question is this one, e.g. "Show me 42" or "7 + 8 = ?" (deterministic, for tests or a lesson on one sum). */
  readonly practiceQuestion: Question | null;
  /** Seed of the practice question order; null: a random one. */
  readonly seed: number | null;
  /** Seconds without a digit before the attract screen shows. */
  readonly attractSeconds: number;
}

export const DEFAULT_SESSION: SessionOptions = { practiceQuestion: null, seed: null, attractSeconds: 180 };

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
 * view's (threshold, ink, steadiness, longest number, mirror, box), the kiosk's, and three link-only ones.
 */
const URL_FIELDS: UrlFields<
  Pick<KioskSettings, "mode" | "level" | "threshold" | "polarity" | "smoothing" | "maxDigits" | "mirror" | "roi" | "sound" | "pin"> & {
    practice: Question;
    seed: number;
    attract: number;
  }
> = {
  mode: choiceField(MODES),
  level: choiceField(LEVELS),
  ...LIVE_URL_FIELDS,
  sound: switchField,
  // An empty pin removes the PIN; a wrong one is not repeated on the class's screen.
  pin: { parse: (raw) => (raw === "" ? null : isPin(raw) ? raw : undefined), rule: "it must be 3 to 8 digits.", secret: true },
  practice: {
    parse: parseQuestion,
    rule: "it must be a number to show, 0 to 99, or a sum, difference or product with an answer from 0 to 99: 42, 12-5, 6x7, or 7%2B8 (a + in a link is written %2B).",
  },
  seed: { parse: (raw) => numberIn(raw, 0, Infinity, /^\d{1,9}$/), rule: "it must be a whole number." },
  attract: { parse: (raw) => numberIn(raw, 1, 86_400), rule: "it must be seconds, from 1 to 86400." },
};

/** Reads ?mode=practice&level=numbers&sound=0&mirror=1&threshold=0.85&roi=0.3,0.3,0.4,0.4&pin=1234&practice=7%2B8&seed=42&attract=60. */
export function settingsFromUrl(query: string | URLSearchParams): UrlSettings {
  const { values, problems } = urlParams(query, URL_FIELDS);
  const { practice, seed, attract, ...settings } = values;
  return {
    // A fixed practice question means practice mode, unless the link says otherwise.
    settings: practice === undefined ? settings : { mode: "practice", ...settings },
    session: { practiceQuestion: practice ?? null, seed: seed ?? null, attractSeconds: attract ?? DEFAULT_SESSION.attractSeconds },
    problems,
  };
}

/** Reads what serializeSettings wrote; anything missing, invalid or from another version is left out. */
export function settingsFromStorage(text: string | null): Partial<KioskSettings> {
  const stored = storedObject(text);
  const settings: Mutable<KioskSettings> = storedLiveSettings(stored);
  if (typeof stored.mode === "string" && isMode(stored.mode)) settings.mode = stored.mode;
  if (typeof stored.level === "string" && isLevel(stored.level)) settings.level = stored.level;
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
  if (settings.level !== DEFAULT_SETTINGS.level) params.set("level", settings.level);
  if (settings.maxDigits !== DEFAULT_SETTINGS.maxDigits) params.set("maxDigits", String(settings.maxDigits));
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

function isLevel(value: string): value is PracticeLevel {
  return (LEVELS as readonly string[]).includes(value);
}
