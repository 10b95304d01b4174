// The page's settings, from three layers: defaults, what was saved in localStorage,
// and URL parameters (which win, so a link can set up a kiosk or a demo).
import type { BackendOption, PolarityOption } from "@livedigits/core";
import { formatRoi, isValidRoi, parseRoi, type NormalisedRoi } from "@livedigits/ui/roi-geometry";
import { isPolarityOption, isSavedCameraId, isThreshold, parseSwitch, parseThreshold, POLARITIES } from "@livedigits/ui/settings-fields";

export interface Settings {
  /** Minimum confidence to show a digit, 0…1. */
  readonly threshold: number;
  readonly polarity: PolarityOption;
  /** Show a digit only once it is steady over several frames. */
  readonly smoothing: boolean;
  /** Show the camera picture mirrored. */
  readonly mirror: boolean;
  /** The reading box; null means the default box for the camera's frame size. */
  readonly roi: NormalisedRoi | null;
  /** The camera chosen last time; null lets the browser choose. */
  readonly cameraId: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  threshold: 0.8,
  polarity: "auto",
  smoothing: true,
  mirror: false,
  roi: null,
  cameraId: null,
};

export const STORAGE_KEY = "livedigits.settings.v1";

export { POLARITIES };

/**
 * The TF.js backends a link may ask for; auto picks the fastest that starts. Spelled
 * out rather than imported from core, which would pull TF.js into the page's own bundle.
 */
export const BACKEND_OPTIONS: readonly BackendOption[] = ["auto", "webgpu", "webgl", "wasm", "cpu"];

export interface UrlSettings {
  readonly settings: Partial<Settings>;
  /**
   * Link-only, never saved: the TF.js backend to run (for benchmarks and for trying
   * a device's alternatives); a backend that cannot start here shows the reader's error.
   */
  readonly backend: BackendOption;
  /** One sentence per parameter that was ignored, to show the person who followed the link. */
  readonly problems: readonly string[];
}

/** Reads ?threshold=0.9&polarity=auto&smoothing=1&mirror=0&roi=0.3,0.3,0.4,0.4&backend=wasm. */
export function settingsFromUrl(query: string | URLSearchParams): UrlSettings {
  const params = typeof query === "string" ? new URLSearchParams(query) : query;
  const settings: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  const problems: string[] = [];
  const ignore = (name: string, raw: string, rule: string) => problems.push(`Ignored ${name}=${raw}: ${rule}`);

  const threshold = params.get("threshold");
  if (threshold !== null) {
    const value = parseThreshold(threshold);
    if (value === null) ignore("threshold", threshold, "it must be a number from 0 to 1, e.g. 0.8.");
    else settings.threshold = value;
  }
  const polarity = params.get("polarity");
  if (polarity !== null) {
    if (isPolarityOption(polarity)) settings.polarity = polarity;
    else ignore("polarity", polarity, `it must be one of ${POLARITIES.join(", ")}.`);
  }
  for (const name of ["smoothing", "mirror"] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = parseSwitch(raw);
    if (value === null) ignore(name, raw, "it must be 1 or 0 (on/off, true/false also work).");
    else settings[name] = value;
  }
  const roi = params.get("roi");
  if (roi !== null) {
    const value = parseRoi(roi);
    if (value === null) ignore("roi", roi, "it must be x,y,width,height as shares of the picture inside it, e.g. 0.3,0.3,0.4,0.4.");
    else settings.roi = value;
  }
  let backend: BackendOption = "auto";
  const rawBackend = params.get("backend");
  if (rawBackend !== null) {
    if (isBackendOption(rawBackend)) backend = rawBackend;
    else ignore("backend", rawBackend, `it must be one of ${BACKEND_OPTIONS.join(", ")}.`);
  }
  return { settings, backend, problems };
}

function isBackendOption(value: string): value is BackendOption {
  return (BACKEND_OPTIONS as readonly string[]).includes(value);
}

/** Reads what saveSettings wrote; anything missing, invalid or from another version is left out. */
export function settingsFromStorage(text: string | null): Partial<Settings> {
  if (!text) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof stored !== "object" || stored === null) return {};
  const value = stored as Record<string, unknown>;
  const settings: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (isThreshold(value.threshold)) settings.threshold = value.threshold;
  if (isPolarityOption(value.polarity)) settings.polarity = value.polarity;
  if (typeof value.smoothing === "boolean") settings.smoothing = value.smoothing;
  if (typeof value.mirror === "boolean") settings.mirror = value.mirror;
  if (value.roi === null || isValidRoi(value.roi)) settings.roi = value.roi;
  if (isSavedCameraId(value.cameraId)) settings.cameraId = value.cameraId;
  return settings;
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings);
}

/** Later layers win. */
export function resolveSettings(...layers: readonly Partial<Settings>[]): Settings {
  return Object.assign({}, DEFAULT_SETTINGS, ...layers) as Settings;
}

/** The URL query that reproduces these settings (without the camera, which differs per device). */
export function settingsToUrl(settings: Settings): URLSearchParams {
  const params = new URLSearchParams({
    threshold: String(settings.threshold),
    polarity: settings.polarity,
    smoothing: settings.smoothing ? "1" : "0",
  });
  if (settings.mirror) params.set("mirror", "1");
  if (settings.roi) params.set("roi", formatRoi(settings.roi));
  return params;
}
