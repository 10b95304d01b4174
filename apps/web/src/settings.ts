// The page's settings, from three layers: defaults, what was saved in localStorage,
// and URL parameters (which win, so a link can set up a kiosk or a demo).
import { BACKEND_OPTIONS, type BackendOption } from "@livedigits/core/backends";
import type { SettingsCodec } from "@livedigits/ui";
import { formatRoi } from "@livedigits/ui/roi-geometry";
import { choiceField, DEFAULT_LIVE_SETTINGS, LIVE_URL_FIELDS, storedLiveSettings, storedObject, urlParams, type LiveSettings } from "@livedigits/ui/settings-fields";

/** The page's saved settings are exactly what a live view reads. */
export type Settings = LiveSettings;

export const DEFAULT_SETTINGS: Settings = DEFAULT_LIVE_SETTINGS;

export const STORAGE_KEY = "livedigits.settings.v1";

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

/** The parameters a link may set: the live settings, read as in every app, and the backend. */
const URL_FIELDS = { ...LIVE_URL_FIELDS, backend: choiceField(BACKEND_OPTIONS) };

/** Reads ?threshold=0.9&polarity=auto&smoothing=1&maxDigits=4&mirror=0&roi=0.3,0.3,0.4,0.4&backend=wasm. */
export function settingsFromUrl(query: string | URLSearchParams): UrlSettings {
  const { values, problems } = urlParams(query, URL_FIELDS);
  const { backend = "auto", ...settings } = values;
  return { settings, backend, problems };
}

/** Reads what serializeSettings wrote; anything missing, invalid or from another version is left out. */
export function settingsFromStorage(text: string | null): Partial<Settings> {
  return storedLiveSettings(storedObject(text));
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
  if (settings.maxDigits !== DEFAULT_SETTINGS.maxDigits) params.set("maxDigits", String(settings.maxDigits));
  if (settings.mirror) params.set("mirror", "1");
  if (settings.roi) params.set("roi", formatRoi(settings.roi));
  return params;
}

/** How the page's settings are named, read, layered and saved: what PersistedSettings needs. */
export const SETTINGS_CODEC: SettingsCodec<Settings, UrlSettings> = {
  storageKey: STORAGE_KEY,
  fromUrl: settingsFromUrl,
  fromStorage: settingsFromStorage,
  resolve: resolveSettings,
  serialize: serializeSettings,
};
