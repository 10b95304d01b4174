// The settings every app shares, and the one way each app reads its URL parameters:
// an app declares its fields once (name, parse, rule) and `urlParams` reads them all.
// Pure (no Svelte), so each app's settings module and its tests can use them directly.
import type { PolarityOption } from "@livedigits/core";
import { DEFAULT_THRESHOLD } from "@livedigits/core/defaults";
import { isValidRoi, parseRoi, type NormalisedRoi } from "./roi-geometry.js";

/** The confidence a digit needs before it is shown, unless a person chose another: the reader's own default. */
export { DEFAULT_THRESHOLD };

/** The thresholds a person may choose, on every slider and in every link. */
export const THRESHOLD_RANGE = { min: 0.5, max: 0.99, step: 0.01 } as const;

/** A confidence threshold: a finite number within THRESHOLD_RANGE. */
export function isThreshold(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= THRESHOLD_RANGE.min && value <= THRESHOLD_RANGE.max;
}

/**
 * A threshold from a URL parameter, or null when it is not one: a share (0.9) or, as the
 * sliders show it, a percentage (90 or 90%).
 */
export function parseThreshold(raw: string): number | null {
  const text = raw.trim();
  const percent = text.endsWith("%");
  const number = percent ? text.slice(0, -1).trim() : text;
  if (number === "") return null;
  const value = Number(number);
  // No threshold is above 1, so a number above 1 can only be a percentage.
  const share = percent || value > 1 ? Number((value / 100).toFixed(6)) : value;
  return isThreshold(share) ? share : null;
}

/** An on/off switch from a URL parameter (1/0, true/false, on/off, yes/no), or null. */
export function parseSwitch(raw: string): boolean | null {
  const value = raw.trim().toLowerCase();
  if (["1", "true", "on", "yes"].includes(value)) return true;
  if (["0", "false", "off", "no"].includes(value)) return false;
  return null;
}

/** A saved camera choice: null (let the browser choose) or a non-empty device id. */
export function isSavedCameraId(value: unknown): value is string | null {
  return value === null || (typeof value === "string" && value !== "");
}

/** How many digits a number may have, in every app and link: 1 reads one digit at a time. */
export const MAX_DIGITS_RANGE = { min: 1, max: 6 } as const;

/** Numbers of up to six digits, unless an app or a person chose otherwise. */
export const DEFAULT_MAX_DIGITS = MAX_DIGITS_RANGE.max;

/** A longest number, in digits: a whole number within MAX_DIGITS_RANGE. */
export function isMaxDigits(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= MAX_DIGITS_RANGE.min && value <= MAX_DIGITS_RANGE.max;
}

/** The polarity choices a person can make, in the order menus show them. */
export const POLARITIES: readonly PolarityOption[] = ["auto", "dark-on-light", "light-on-dark"];

export function isPolarityOption(value: unknown): value is PolarityOption {
  return typeof value === "string" && (POLARITIES as readonly string[]).includes(value);
}

/** The settings a live view reads (LiveSession); an app's own settings carry those it lets people change. */
export interface LiveSettings {
  /** Minimum confidence to show a digit, within THRESHOLD_RANGE. */
  readonly threshold: number;
  readonly polarity: PolarityOption;
  /** Show a digit only once it is steady over several frames. */
  readonly smoothing: boolean;
  /** The longest number read, in digits (MAX_DIGITS_RANGE); 1 reads one digit at a time. */
  readonly maxDigits: number;
  /** Show the camera picture mirrored. */
  readonly mirror: boolean;
  /** The reading box on the camera picture; null means the default box for the camera's frame size. */
  readonly roi: NormalisedRoi | null;
  /** The camera chosen last time; null lets the browser choose. */
  readonly cameraId: string | null;
}

export const DEFAULT_LIVE_SETTINGS: LiveSettings = {
  threshold: DEFAULT_THRESHOLD,
  polarity: "auto",
  smoothing: true,
  maxDigits: DEFAULT_MAX_DIGITS,
  mirror: false,
  roi: null,
  cameraId: null,
};

/** What was saved as JSON, as an object to check field by field; {} when it is missing, corrupt or not an object. */
export function storedObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {};
  }
  return typeof stored === "object" && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}

/** The live settings among what was saved, each checked alone: a missing or invalid one is left out. */
export function storedLiveSettings(stored: Record<string, unknown>): Partial<LiveSettings> {
  const settings: { -readonly [K in keyof LiveSettings]?: LiveSettings[K] } = {};
  if (isThreshold(stored.threshold)) settings.threshold = stored.threshold;
  if (isPolarityOption(stored.polarity)) settings.polarity = stored.polarity;
  if (typeof stored.smoothing === "boolean") settings.smoothing = stored.smoothing;
  if (isMaxDigits(stored.maxDigits)) settings.maxDigits = stored.maxDigits;
  if (typeof stored.mirror === "boolean") settings.mirror = stored.mirror;
  if (stored.roi === null || isValidRoi(stored.roi)) settings.roi = stored.roi;
  if (isSavedCameraId(stored.cameraId)) settings.cameraId = stored.cameraId;
  return settings;
}

/** One URL parameter: how to read it, and what to tell the person whose link had something else. */
export interface UrlField<T> {
  /** The value in the link, or undefined when `raw` is not one (null may be a value, e.g. "no PIN"). */
  readonly parse: (raw: string) => T | undefined;
  /** Completes "Ignored name=raw: …", e.g. "it must be 1 or 0.". */
  readonly rule: string;
  /** The refused value is not repeated back (e.g. a PIN on a classroom screen). */
  readonly secret?: boolean;
}

/** An app's URL parameters: each key is the parameter's name and the setting it fills. */
export type UrlFields<T> = { readonly [K in keyof T]-?: UrlField<T[K]> };

export interface UrlParams<T> {
  /** The parameters that were present and valid. */
  readonly values: Partial<T>;
  /**
   * One sentence per parameter that was ignored, to show the person who followed the link:
   * refused values in the order of `fields`, then parameters that are no setting (misspelled?).
   */
  readonly problems: readonly string[];
}

/** Reads every field of `fields` from a query string; a parameter absent from the link is left out. */
export function urlParams<T>(query: string | URLSearchParams, fields: UrlFields<T>): UrlParams<T> {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const values: Partial<T> = {};
  const problems: string[] = [];
  for (const name of Object.keys(fields) as (keyof T & string)[]) {
    const raw = params.get(name);
    if (raw === null) continue;
    const field = fields[name];
    const value = field.parse(raw);
    if (value === undefined) problems.push(`Ignored ${name}=${field.secret ? "…" : raw}: ${field.rule}`);
    else values[name] = value;
  }
  const names = Object.keys(fields);
  for (const name of new Set(params.keys())) {
    if (Object.hasOwn(fields, name)) continue;
    const meant = closestName(name, names);
    const secret = meant !== null && fields[meant as keyof T].secret;
    const raw = secret ? "…" : params.get(name);
    problems.push(
      meant !== null
        ? `Ignored ${name}=${raw}: there is no such setting. Did you mean ${meant}?`
        : `Ignored ${name}=${raw}: there is no such setting (a link can set ${names.join(", ")}).`,
    );
  }
  return { values, problems };
}

/** The field name a misspelled parameter most likely meant (case, or one or two letters off), or null. */
function closestName(name: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of names) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance: letters inserted, removed or changed. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A field whose value must be one of `choices`, spelled exactly. */
export function choiceField<T extends string>(choices: readonly T[]): UrlField<T> {
  return {
    parse: (raw) => (choices as readonly string[]).includes(raw) ? (raw as T) : undefined,
    rule: `it must be one of ${choices.join(", ")}.`,
  };
}

/** The fields every app reads the same way; an app spreads the ones it has into its own table. */
export const switchField: UrlField<boolean> = {
  parse: (raw) => parseSwitch(raw) ?? undefined,
  rule: "it must be 1 or 0 (on/off, true/false also work).",
};

export const thresholdField: UrlField<number> = {
  parse: (raw) => parseThreshold(raw) ?? undefined,
  rule: `it must be a number from ${THRESHOLD_RANGE.min} to ${THRESHOLD_RANGE.max} or a percentage from ${THRESHOLD_RANGE.min * 100} to ${THRESHOLD_RANGE.max * 100}, e.g. ${DEFAULT_THRESHOLD} or ${DEFAULT_THRESHOLD * 100}.`,
};

export const polarityField: UrlField<PolarityOption> = choiceField(POLARITIES);

export const maxDigitsField: UrlField<number> = {
  parse: (raw) => (/^\s*\d+\s*$/.test(raw) && isMaxDigits(Number(raw)) ? Number(raw) : undefined),
  rule: `it must be a whole number from ${MAX_DIGITS_RANGE.min} to ${MAX_DIGITS_RANGE.max}, the longest number to read (1 reads one digit at a time).`,
};

export const roiField: UrlField<NormalisedRoi> = {
  parse: (raw) => parseRoi(raw) ?? undefined,
  rule: "it must be x,y,width,height as shares of the picture inside it, e.g. 0.3,0.3,0.4,0.4.",
};

/** The live settings a link may set, as every app reads them; an app spreads these into its own table. */
export const LIVE_URL_FIELDS: UrlFields<Pick<LiveSettings, "threshold" | "polarity" | "smoothing" | "maxDigits" | "mirror" | "roi">> = {
  threshold: thresholdField,
  polarity: polarityField,
  smoothing: switchField,
  maxDigits: maxDigitsField,
  mirror: switchField,
  roi: roiField,
};
