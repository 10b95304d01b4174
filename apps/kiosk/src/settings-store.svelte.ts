// The kiosk's settings as reactive state, saved to localStorage whenever the teacher changes one.
import { resolveSettings, serializeSettings, settingsFromStorage, settingsFromUrl, STORAGE_KEY, type KioskSettings, type SessionOptions } from "./settings.js";

export class KioskSettingsStore {
  value = $state.raw<KioskSettings>(resolveSettings());
  /** Link-only options for this visit. */
  readonly session: SessionOptions;
  /** URL parameters that were ignored, with the reason (shown in the teacher settings). */
  readonly urlProblems: readonly string[];
  readonly #storage: Storage | null;

  constructor(storage: Storage | null, query: string) {
    this.#storage = storage;
    const url = settingsFromUrl(query);
    this.session = url.session;
    this.urlProblems = url.problems;
    this.value = resolveSettings(settingsFromStorage(this.#read()), url.settings);
  }

  update(patch: Partial<KioskSettings>): void {
    this.value = { ...this.value, ...patch };
    try {
      this.#storage?.setItem(STORAGE_KEY, serializeSettings(this.value));
    } catch {
      // Storage full or forbidden: the settings still apply to this visit.
    }
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }
}

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
