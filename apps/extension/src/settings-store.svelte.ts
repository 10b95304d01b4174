// The popup's settings as reactive state, kept in chrome.storage.local: loaded once the
// popup opens, saved on every change.
import { DEFAULT_SETTINGS, type ExtensionSettings } from "./settings.js";
import { loadSettings, saveSettings } from "./storage.js";

export class ExtensionSettingsStore {
  value = $state.raw<ExtensionSettings>(DEFAULT_SETTINGS);

  /** Replaces the defaults by what was saved. */
  async load(): Promise<void> {
    this.value = await loadSettings();
  }

  update(patch: Partial<ExtensionSettings>): void {
    this.value = { ...this.value, ...patch };
    void saveSettings(this.value);
  }
}
