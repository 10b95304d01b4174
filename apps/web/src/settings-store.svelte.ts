// The settings as reactive state, saved to localStorage whenever the person changes one.
import { resolveSettings, serializeSettings, settingsFromStorage, settingsFromUrl, STORAGE_KEY, type Settings } from "./settings.js";

export class SettingsStore {
  value = $state.raw<Settings>(resolveSettings());
  /** URL parameters that were ignored, with the reason. */
  readonly urlProblems: readonly string[];
  readonly #storage: Storage | null;

  constructor(storage: Storage | null, query: string) {
    this.#storage = storage;
    const url = settingsFromUrl(query);
    this.urlProblems = url.problems;
    this.value = resolveSettings(settingsFromStorage(this.#read()), url.settings);
  }

  update(patch: Partial<Settings>): void {
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

/** localStorage, or null where the browser forbids it (e.g. cookies blocked). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
