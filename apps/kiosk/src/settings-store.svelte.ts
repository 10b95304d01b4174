// The kiosk's settings as reactive state, saved to localStorage whenever the teacher changes one.
import { PersistedSettings } from "@livedigits/ui";
import {
  resolveSettings,
  serializeSettings,
  settingsFromStorage,
  settingsFromUrl,
  STORAGE_KEY,
  type KioskSettings,
  type SessionOptions,
  type UrlSettings,
} from "./settings.js";

export { browserStorage } from "@livedigits/ui";

export class KioskSettingsStore extends PersistedSettings<KioskSettings, UrlSettings> {
  constructor(storage: Storage | null, query: string) {
    super(
      { storageKey: STORAGE_KEY, fromUrl: settingsFromUrl, fromStorage: settingsFromStorage, resolve: resolveSettings, serialize: serializeSettings },
      storage,
      query,
    );
  }

  /** Link-only options for this visit (never saved). */
  get session(): SessionOptions {
    return this.url.session;
  }
}
