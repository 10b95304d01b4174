// The page's settings as reactive state, saved to localStorage whenever the person changes one.
import { PersistedSettings } from "@livedigits/ui";
import { resolveSettings, serializeSettings, settingsFromStorage, settingsFromUrl, STORAGE_KEY, type Settings, type UrlSettings } from "./settings.js";

export { browserStorage } from "@livedigits/ui";

export class SettingsStore extends PersistedSettings<Settings, UrlSettings> {
  constructor(storage: Storage | null, query: string) {
    super(
      { storageKey: STORAGE_KEY, fromUrl: settingsFromUrl, fromStorage: settingsFromStorage, resolve: resolveSettings, serialize: serializeSettings },
      storage,
      query,
    );
  }
}
