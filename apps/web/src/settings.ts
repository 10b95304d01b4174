// The page's settings, from three layers: defaults, what was saved in localStorage,
// and URL parameters (which win, so a link can set up a kiosk or a demo).
import type { PolarityOption } from "@livedigits/core";
import { BACKEND_OPTIONS, type BackendOption } from "@livedigits/core/backends";
import { formatRoi, isValidRoi, type NormalisedRoi } from "@livedigits/ui/roi-geometry";
import {
  choiceField,
  DEFAULT_THRESHOLD,
  isPolarityOption,
  isSavedCameraId,
  isThreshold,
  polarityField,
  POLARITIES,
  roiField,
  switchField,
  thresholdField,
  urlParams,
  type UrlFields,
} from "@livedigits/ui/settings-fields";

export interface Settings {
  /** Minimum confidence to show a digit, within THRESHOLD_RANGE. */
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
  threshold: DEFAULT_THRESHOLD,
  polarity: "auto",
  smoothing: true,
  mirror: false,
  roi: null,
  cameraId: null,
};

export const STORAGE_KEY = "livedigits.settings.v1";

export { POLARITIES };

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

/** The parameters a link may set, each read the same way as in every other app. */
const URL_FIELDS: UrlFields<Pick<Settings, "threshold" | "polarity" | "smoothing" | "mirror" | "roi"> & { backend: BackendOption }> = {
  threshold: thresholdField,
  polarity: polarityField,
  smoothing: switchField,
  mirror: switchField,
  roi: roiField,
  backend: choiceField(BACKEND_OPTIONS),
};

/** Reads ?threshold=0.9&polarity=auto&smoothing=1&mirror=0&roi=0.3,0.3,0.4,0.4&backend=wasm. */
export function settingsFromUrl(query: string | URLSearchParams): UrlSettings {
  const { values, problems } = urlParams(query, URL_FIELDS);
  const { backend = "auto", ...settings } = values;
  return { settings, backend, problems };
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
